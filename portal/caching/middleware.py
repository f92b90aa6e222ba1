"""Tag versions are read once per request, however many cached parts carry the same tag."""

from .tags import read_once_per_request


class TagVersionsMiddleware:
    """Remember each tag's version for the rest of the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with read_once_per_request():
            return self.get_response(request)
