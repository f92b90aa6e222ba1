"""One base URL for every absolute link: the request's Host header only has to be allowed.

Django accepts a Host with any port, in any case and with a trailing dot as long as the name
is in ALLOWED_HOSTS, and builds absolute URLs (and cache keys) from it verbatim: `Host:
portal.example.org:6666` would put `:6666` into every cached sitemap, feed and canonical link.
With PORTAL_BASE_URL set, this middleware refuses a port other than the base URL's and
otherwise replaces the Host with the base URL's, so links, the Wagtail site lookup and the
page cache see one spelling of the address whatever the client sent.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.http.request import split_domain_port, validate_host

# Load balancers probe nodes by address, not by the public name; the answers hold no links.
PROBE_PREFIX = "/healthz"


def base_url_parts(base_url):
    """(scheme, hostname, port, netloc) of a base URL such as https://www.krakow.pl."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"PORTAL_BASE_URL must be an http(s) URL with a host name, not {base_url!r}")
    default_port = 443 if parts.scheme == "https" else 80
    port = parts.port or default_port
    hostname = parts.hostname.lower().rstrip(".")
    netloc = hostname if port == default_port else f"{hostname}:{port}"
    if ":" in hostname:  # an IPv6 address keeps its brackets in a Host header
        netloc = f"[{hostname}]" if port == default_port else f"[{hostname}]:{port}"
    return parts.scheme, hostname, port, netloc


class CanonicalHostMiddleware:
    """Answer 400 to a Host with a foreign port or name; otherwise serve as the base URL's host."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        base_url = settings.PORTAL_BASE_URL
        if not base_url:  # tests and tools that build their own URLs
            return self.get_response(request)
        scheme, hostname, port, netloc = base_url_parts(base_url)
        if not request.path.startswith(PROBE_PREFIX):
            raw_host = request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME", "")
            domain, raw_port = split_domain_port(raw_host)
            if not domain or not validate_host(domain, settings.ALLOWED_HOSTS):
                return HttpResponseBadRequest("Unknown host.", content_type="text/plain")
            if raw_port and int(raw_port) != port:
                return HttpResponseBadRequest("Unknown port.", content_type="text/plain")
        request.META["HTTP_HOST"] = netloc
        request.META["SERVER_PORT"] = str(port)
        return self.get_response(request)
