"""A form posted without the keys its own page always sends is a bad request, not a server error.

Wagtail's StreamField and list blocks read their item counts (`body-count`) straight from the
posted data, so an edit or create form with one of them missing raised `MultiValueDictKeyError`
deep inside the form's validation: a 500 for what is the client's mistake. Raising Django's
`BadRequest` instead gives the usual 400 page and a warning in the log.
"""

from django.core.exceptions import BadRequest
from django.utils.datastructures import MultiValueDictKeyError


class MalformedFormMiddleware:
    """Answers 400 when a view needed a key the request did not carry."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, MultiValueDictKeyError):
            raise BadRequest(f"The request lacks the field {exception}.") from exception
        return None
