"""Middleware of the portal's own."""

from django.core.cache import cache
from django.http.request import split_domain_port
from django.middleware.locale import LocaleMiddleware

from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from .content_version import current_version, read_once_per_request
from .routing import remember_route


class ContentVersionMiddleware:
    """Read the content version once per request, however many cached parts the page uses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with read_once_per_request():
            return self.get_response(request)


class CachedRoutingMiddleware:
    """Resolve the Wagtail site and the page of a page request from the cache, not the database.

    The site is keyed by host, port and the content version, which every page, site and
    settings change bumps, so a renamed or re-rooted site is seen on the next request; the
    page's route likewise (portal.routing). Only page requests look them up: health checks
    and static files never touch the database here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve:
            return None
        hostname = split_domain_port(request._get_raw_host())[0]
        key = f"portal:site:{hostname}:{request.get_port()}:{current_version()}"
        site = cache.get(key)
        if site is None:
            site = Site.find_for_request(request)
            cache.set(key, site or 0, 3600)
        request._wagtail_site = site or None
        remember_route(request, view_kwargs.get("path", view_args[0] if view_args else ""))
        return None


# Endpoints outside the language prefixes: their 404s are final, not a hint to add /pl/.
LANGUAGE_NEUTRAL_PREFIXES = ("/api/", "/admin/", "/documents/", "/static/", "/media/")


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that language-neutral endpoints are never redirected
    to a language prefix (an unknown API id is a 404 in JSON, not a Polish HTML page)."""

    def process_response(self, request, response):
        if request.path.startswith(LANGUAGE_NEUTRAL_PREFIXES):
            return response
        return super().process_response(request, response)
