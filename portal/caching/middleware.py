"""One request's cache reads: each tag's version read once, and every entry in few round trips."""

from . import request_memo
from .tags import read_once_per_request


class TagVersionsMiddleware:
    """Remember each tag's version and each entry read for the rest of the request; a GET reads
    at once what the previous visit of its address read (portal.caching.request_memo)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        address = (request.get_host(), request.get_full_path()) if request.method in ("GET", "HEAD") else None
        with read_once_per_request(), request_memo.one_request(address):
            return self.get_response(request)
