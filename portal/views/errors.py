"""The server-error view: the static error page, or the outage page when the database is gone."""

import sys

from django.views.decorators.csrf import requires_csrf_token

from ..serving.error_page import error_page
from ..serving.resilience import database_unavailable, is_database_outage


@requires_csrf_token
def server_error(request):
    # A database outage raised outside a view (in a middleware) bypasses
    # DatabaseOutageMiddleware and lands here: answer it the same way.
    if is_database_outage(sys.exception()):
        return database_unavailable(request)
    return error_page(request, 500)
