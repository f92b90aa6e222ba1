"""Whole public pages for anonymous readers, kept until something they show changes.

A page is stored with the tags of everything rendered into it (portal.caching.tags) and
served until one of them changes; the alert banners showing now are part of its key, so a
banner appears on every page the moment it starts. Public responses name their tags in
`Surrogate-Key` and `Cache-Tag` for a CDN to purge by (portal.caching.purge).

A page's key holds only the query parameters its view reads: the names a view reads are
recorded as it renders, and parameters no view reads (unknown ones, and tracking parameters,
which are removed before the view sees them) neither create entries nor change the page.

Anyone with a session (editors), the admin, documents (they check privacy), and any response
that sets a cookie, carries a CSRF token or says private is served fresh. Responses say
"Vary: Cookie" because logged-in editors see the userbar; requests with a session cookie
never reach the cache, so that is honoured.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpResponse, QueryDict
from django.utils.cache import patch_cache_control

from ..alerts.showing import active_alerts
from .keys import key
from .purge import tag_headers
from .tags import API_TAG, collecting, is_fresh, versions

UNCACHED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/static/", "/media/")
# The content API lists any page and document: its answers carry this tag (see invalidation).
API_PREFIX = "/api/"
PAGE_SECONDS = 10 * 60
# Shared caches (a CDN) may keep a page a minute: long enough to absorb a rush, short enough
# that an alert banner shows within a minute even without a purge.
SHARED_CACHE_SECONDS = 60
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "Link", "X-Frame-Options")
TRACKING_PREFIXES = ("utm_", "mc_", "_ga", "pk_")
TRACKING_PARAMETERS = {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "_hsenc", "_hsmi", "ref_src"}
# Recorded when a view reads the whole query (iterates it): every parameter then counts.
ALL_PARAMETERS = "*"


def is_tracking(name):
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


class ReadRecordingQueryDict(QueryDict):
    """request.GET that notes which parameter names the view reads."""

    def __init__(self, *args, **kwargs):
        # QueryDict's own __init__ already asks `in` while it fills the dict.
        self.read_names = set()
        super().__init__(*args, **kwargs)

    def _note(self, name):
        self.read_names.add(name)

    def __getitem__(self, name):
        self._note(name)
        return super().__getitem__(name)

    def get(self, name, default=None):
        self._note(name)
        return super().get(name, default)

    def getlist(self, name, default=None):
        self._note(name)
        return super().getlist(name, default)

    def __contains__(self, name):
        self._note(name)
        return super().__contains__(name)

    def _whole(method):  # noqa: N805 (a decorator for the methods below)
        def reading_everything(self, *args, **kwargs):
            self._note(ALL_PARAMETERS)
            return method(self, *args, **kwargs)

        return reading_everything

    items = _whole(QueryDict.items)
    lists = _whole(QueryDict.lists)
    keys = _whole(QueryDict.keys)
    values = _whole(QueryDict.values)
    dict = _whole(QueryDict.dict)
    urlencode = _whole(QueryDict.urlencode)
    copy = _whole(QueryDict.copy)
    __iter__ = _whole(QueryDict.__iter__)
    __len__ = _whole(QueryDict.__len__)


def _without_tracking(request):
    """Remove tracking parameters from the request before any view sees them."""
    query = QueryDict(request.META.get("QUERY_STRING", ""), mutable=True)
    for name in [name for name in query if is_tracking(name)]:
        del query[name]
    query_string = query.urlencode()
    request.META["QUERY_STRING"] = query_string
    recording = ReadRecordingQueryDict(query_string)
    recording.read_names = set()
    request.GET = recording
    return recording


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


def _page_key(request, query, read_names):
    if ALL_PARAMETERS in read_names:
        wanted = sorted(query.lists())
    else:
        # Only parameters present: a view that reads `page` on a request without it is the
        # same page as the bare address.
        wanted = [(name, query.getlist(name)) for name in sorted(read_names) if dict.__contains__(query, name)]
    alerts = ",".join(str(alert.pk) for alert in active_alerts())
    return key("page", request.scheme, request.get_host(), request.path, repr(wanted), alerts)


class PageCacheMiddleware:
    """Serve anonymous GETs of public pages from the cache; store what is safe to share."""

    def __init__(self, get_response):
        if not settings.PAGE_CACHE_ENABLED:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        if not _is_cacheable_request(request):
            return self.get_response(request)
        query = _without_tracking(request)
        reads_key = key("reads", request.get_host(), request.path)
        has_query = bool(request.META["QUERY_STRING"])
        known_reads = cache.get(reads_key) if has_query else set()
        page_key = _page_key(request, query, known_reads) if known_reads is not None else None
        stored = cache.get(page_key) if page_key else None
        if stored is not None and is_fresh(stored[0]):
            stored_versions, status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers.items():
                response[name] = value
            response["X-Cache"] = "hit"
            return response

        with collecting() as tags:
            if request.path.startswith(API_PREFIX):
                tags.add(API_TAG)
            before = versions(tags)
            query.read_names = set()
            response = self.get_response(request)
        if not _is_cacheable_response(request, response):
            return response
        read_names = query.read_names
        # Learnt on every stored miss, with or without a query string, so the first request
        # carrying an unknown parameter already finds the page its address has.
        learnt = known_reads if has_query else cache.get(reads_key)
        if learnt is None or not read_names <= learnt:
            cache.set(reads_key, read_names | (learnt or set()), None)
        patch_cache_control(response, public=True, max_age=SHARED_CACHE_SECONDS)
        stored_versions = {**versions(tags), **before}
        headers = {name: response[name] for name in (*KEPT_HEADERS, "Cache-Control") if name in response}
        headers.update(tag_headers(stored_versions))
        # A page built from parameters nobody reads might still show them (a link to the full
        # address): such pages are served but not shared.
        unread = set(dict.keys(query)) - read_names if ALL_PARAMETERS not in read_names else set()
        if not unread:
            entry = (stored_versions, response.status_code, headers, response.content)
            cache.set(_page_key(request, query, read_names), entry, PAGE_SECONDS)
        for name, value in headers.items():
            response[name] = value
        response["X-Cache"] = "miss"
        return response
