"""Which site and page a URL leads to, remembered until that page or the site changes.

Wagtail finds a page by walking the tree from the site's root: the active locale, the
translated root, each step down and the specific page, then the view restrictions above it,
about seven queries before anything is rendered. A route is cached with the page's tag, which
its publication, move, renaming, deletion or restriction invalidates (a section's move or
restriction invalidates everything), so a repeated URL costs one cache read.

Two private parts of Wagtail are relied on, and tests/test_routing.py pins both: the serve
view takes a route found in advance from `request._wagtail_route_for_request`, and a page's
`get_view_restrictions` may be replaced on the instance by the remembered list.
"""

import contextlib
import pickle

from django.core.cache import cache
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from .fragments import cached
from .keys import key
from .tags import add_tags, is_fresh, page_tag, versions

TIMEOUT = 24 * 60 * 60
SITES_TAG = "sites"


def remember_route(request, path):
    """Give Wagtail's serve view the cached route of this path, or find it and cache it.

    Only routes that exist are cached: unknown addresses are cheap to refuse and unbounded
    in number. The page's view restrictions travel with it, so the check Wagtail runs before
    serving needs no query either.
    """
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        return
    route_key = key("route", site.pk, translation.get_language(), path)
    stored = cache.get(route_key)
    if stored is not None and is_fresh(stored[0]):
        stored_versions, route, restrictions = stored
        add_tags(*stored_versions)
    else:
        route = Page.route_for_request(request, path)
        if route is None:
            return
        tags = {page_tag(route.page.pk)}
        stored_versions = versions(tags)
        restrictions = list(route.page.get_view_restrictions())
        # A route with unpicklable arguments is simply not cached.
        with contextlib.suppress(pickle.PicklingError, TypeError, AttributeError):
            cache.set(route_key, (stored_versions, route, restrictions), TIMEOUT)
        add_tags(*tags)
    # The route's page belongs to this request alone (unpickled, or just found): answering the
    # restriction check from the remembered list changes nothing for any other request.
    route.page.get_view_restrictions = restrictions.copy
    request._wagtail_route_for_request = route


def remember_site(request):
    """Resolve the Wagtail site from the cache: Wagtail's own lookup is a query per request."""
    hostname = split_domain_port(request._get_raw_host())[0]
    site = cached(
        f"site:{hostname}:{request.get_port()}",
        lambda: Site.find_for_request(request) or 0,
        tags=[SITES_TAG],
        per_language=False,
    )
    request._wagtail_site = site or None
    return request._wagtail_site


class CachedRoutingMiddleware:
    """Resolve the site and the page of a page request from the cache, not the database.

    Only page requests look them up: health checks and static files never touch the
    database here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve:
            return None
        remember_site(request)
        remember_route(request, view_kwargs.get("path", view_args[0] if view_args else ""))
        return None
