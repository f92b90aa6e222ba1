"""The server-error page: static, in the reader's language, with no database behind it."""

import sys

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token


def error_page(request, status=500):
    """The static "temporary problem" page in the language of the address, with `status`."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        # Rendered without a request so no context processor (and no query) can run.
        body = loader.get_template("500.html").render({"language": language})
    return HttpResponse(body, status=status)


@requires_csrf_token
def server_error(request):
    from ..resilience import database_unavailable, is_database_outage

    # A database outage raised outside a view (in a middleware) bypasses
    # DatabaseOutageMiddleware and lands here: answer it the same way.
    if is_database_outage(sys.exception()):
        return database_unavailable(request)
    return error_page(request, 500)
