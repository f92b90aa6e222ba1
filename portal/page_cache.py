"""Whole-page caching of public pages for anonymous readers, never stale.

A cached page is keyed by its URL, the content version (bumped by every change readers
could see, see portal.signals) and the alert banners showing now, so an edit or a banner
reaches every language on the next request. Anyone with a session (editors), the admin,
documents (they check privacy), and any response that sets a cookie, carries a CSRF token
or says private is served fresh. Responses say "Vary: Cookie" because logged-in editors see
the userbar; requests with a session cookie never reach the cache, so that is honoured.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from .alerts import active_alerts
from .content_version import current_version

UNCACHED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/static/", "/media/")
PAGE_SECONDS = 10 * 60
# Shared caches (a CDN) may keep a page a minute: long enough to absorb a rush, short enough
# that an alert banner shows within a minute even without a purge.
SHARED_CACHE_SECONDS = 60
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "Link", "X-Frame-Options")


def _is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(UNCACHED_PREFIXES)
    )


def _is_cacheable_response(request, response):
    cache_control = response.get("Cache-Control", "").lower()
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        # A page with a CSRF token embeds a per-visitor secret.
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
    )


def _key(request):
    alerts = ",".join(str(alert.pk) for alert in active_alerts())
    url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"portal:page:{current_version()}:{alerts}:{url}"


class PageCacheMiddleware:
    """Serve anonymous GETs of public pages from the cache; store what is safe to share."""

    def __init__(self, get_response):
        if not settings.PAGE_CACHE_ENABLED:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        if not _is_cacheable_request(request):
            return self.get_response(request)

        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers.items():
                response[name] = value
            response["X-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if _is_cacheable_response(request, response):
            patch_cache_control(response, public=True, max_age=SHARED_CACHE_SECONDS)
            headers = {name: response[name] for name in (*KEPT_HEADERS, "Cache-Control") if name in response}
            cache.set(key, (response.status_code, headers, response.content), PAGE_SECONDS)
            response["X-Cache"] = "miss"
        return response
