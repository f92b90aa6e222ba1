"""Which page a URL leads to, remembered until the content changes.

Wagtail finds a page by walking the tree from the site's root: the active locale, the
translated root, each step down and the specific page, then the view restrictions above it,
about seven queries before anything is rendered. Routes only change when pages are
published, moved, renamed, deleted or restricted, and every one of those bumps the content
version, so the outcome is cached under that version and a repeated URL costs one cache read.
"""

import contextlib
import hashlib
import pickle

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Page

from .content_version import current_version

TIMEOUT = 24 * 60 * 60


def _key(request, path):
    site = request._wagtail_site
    digest = hashlib.sha256(path.encode()).hexdigest()[:32]
    return f"portal:route:{site.pk}:{translation.get_language()}:{digest}:{current_version()}"


def remember_route(request, path):
    """Give Wagtail's serve view the cached route of this path, or find it and cache it.

    Only routes that exist are cached: unknown addresses are cheap to refuse and unbounded
    in number. The page's view restrictions travel with it, so the check Wagtail runs before
    serving needs no query either.
    """
    if getattr(request, "_wagtail_site", None) is None:
        return
    key = _key(request, path)
    cached = cache.get(key)
    if cached is not None:
        route, restrictions = cached
    else:
        route = Page.route_for_request(request, path)
        if route is None:
            return
        restrictions = list(route.page.get_view_restrictions())
        # A route with unpicklable arguments is simply not cached.
        with contextlib.suppress(pickle.PicklingError, TypeError, AttributeError):
            cache.set(key, (route, restrictions), TIMEOUT)
    # The route's page belongs to this request alone (unpickled, or just found): answering the
    # restriction check from the remembered list changes nothing for any other request.
    route.page.get_view_restrictions = restrictions.copy
    request._wagtail_route_for_request = route
