"""Which site and page a URL leads to, remembered until that page or the site changes.

Wagtail finds a page by walking the tree from the site's root: the active locale, the
translated root, each step down and the specific page, then the view restrictions above it,
about ten queries before anything is rendered. A route is cached with two tags: the page's
address tag, which its move, renaming, unpublishing, deletion or restriction invalidates (a
section's move or restriction invalidates everything), and the page's own tag, which any
publication invalidates. A repeated URL costs one cache read; after a correction to the page
only the page itself is read again, in one query, not the whole walk.

Two private parts of Wagtail are relied on, and tests/portal/caching/test_routing.py pins both: the serve
view takes a route found in advance from `request._wagtail_route_for_request`, and a page's
`get_view_restrictions` may be replaced on the instance by the remembered list.
"""

import contextlib
import pickle

from django.http.request import split_domain_port
from django.utils import translation

from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from . import request_memo
from .fragments import cached
from .keys import key
from .tags import add_tags, address_tag, is_fresh, page_tag, versions

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
    stored = request_memo.get(route_key)
    if stored is not None and is_fresh(stored[0]):
        address_versions, page_versions, route, restrictions = stored
        if not is_fresh(page_versions):
            page_versions, route = _with_fresh_page(route)
            _store(route_key, address_versions, page_versions, route, restrictions)
    else:
        route = Page.route_for_request(request, path)
        if route is None:
            return
        address_versions = versions({address_tag(route.page.pk)})
        page_versions = versions({page_tag(route.page.pk)})
        restrictions = list(route.page.get_view_restrictions())
        _store(route_key, address_versions, page_versions, route, restrictions)
    add_tags(*address_versions, *page_versions)
    # The route's page belongs to this request alone (unpickled, or just found): answering the
    # restriction check from the remembered list changes nothing for any other request.
    route.page.get_view_restrictions = restrictions.copy
    request._wagtail_route_for_request = route


def _store(route_key, address_versions, page_versions, route, restrictions):
    # A route with unpicklable arguments is simply not cached.
    with contextlib.suppress(pickle.PicklingError, TypeError, AttributeError):
        request_memo.set(route_key, (address_versions, page_versions, route, restrictions), TIMEOUT)


def _with_fresh_page(route):
    """(page versions, the same route with its page read again, as published now). A page type
    whose queryset offers `for_display()` (what its page shows, fetched with it) is read so."""
    page = route.page
    queryset = type(page)._default_manager.filter(pk=page.pk).select_related("locale")
    if hasattr(queryset, "for_display"):
        queryset = queryset.for_display()
    page_versions = versions({page_tag(page.pk)})  # read before the page: a change meanwhile leaves it stale
    fresh = queryset.first()
    if fresh is None:  # deleted meanwhile: its address tag says so on the next request
        return page_versions, route
    return page_versions, RouteResult(fresh, args=route.args, kwargs=route.kwargs)


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
