"""Degrade gracefully when the database is unreachable: a fast, friendly 503 instead of a 500."""

import logging

from django.db import InterfaceError, OperationalError
from django.utils.cache import add_never_cache_headers

from .error_page import error_page

logger = logging.getLogger(__name__)

# How long clients and crawlers should wait: about one database restart or failover.
RETRY_AFTER_SECONDS = 30


def is_database_outage(error):
    """The database is unreachable or gave up (refused or dropped connection, timeout).

    A bad query (ProgrammingError, IntegrityError, DataError) is a bug and stays a 500.
    """
    return isinstance(error, (OperationalError, InterfaceError))


def database_unavailable(request):
    """The static error page as a 503 that tells clients when to retry and caches nowhere."""
    response = error_page(request, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    """Answer a request whose view hit a dead database connection with a 503 page.

    The connect timeout in the database settings keeps that answer fast; Django's
    connection health checks reconnect on the next request once the database is back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_outage(exception):
            return None
        logger.warning("Database unavailable, answered %s with 503: %s", request.path, exception)
        return database_unavailable(request)
