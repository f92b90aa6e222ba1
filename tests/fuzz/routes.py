"""The public surface, derived from the site: URL patterns, the page tree and routable sub-routes."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

LANGUAGE_PREFIXES = tuple(f"{code}/" for code, _ in settings.LANGUAGES)
# The admin has its own fuzzer (tests/fuzz/admin.py): these prefixes are not public routes.
PRIVATE_PREFIXES = ("^admin/",)


@dataclass(frozen=True)
class Route:
    """A URL pattern as the regexes that lead to it; None stands for a language prefix."""

    name: str
    parts: tuple


def url_routes():
    """Every public URL pattern of the project's URL configuration."""
    return [route for route in _walk(get_resolver(), ()) if not route.parts[0] or not _private(route.parts[0])]


def _private(part):
    return part.startswith(PRIVATE_PREFIXES)


def _walk(resolver, prefix):
    for entry in resolver.url_patterns:
        pattern = entry.pattern
        part = None if isinstance(pattern, LocalePrefixPattern) else pattern.regex.pattern
        if isinstance(entry, URLResolver):
            yield from _walk(entry, (*prefix, part))
        else:
            name = entry.name or getattr(entry.callback, "__name__", "view")
            yield Route(name, (*prefix, part))


def page_paths():
    """The address of every page in the tree, whatever its state (hidden ones must stay hidden)."""
    return sorted(page.url for page in Page.objects.filter(depth__gt=1).specific() if page.url)


def routable_routes():
    """The sub-routes of every routable page, as routes under that page's address."""
    routes = []
    for page in Page.objects.filter(depth__gt=1).specific():
        if isinstance(page, RoutablePageMixin) and page.url:
            for pattern in page.get_subpage_urls():
                routes.append(Route(f"{page.url} {pattern.name}", (_literal(page.url), pattern.pattern.regex.pattern)))
    return routes


def _literal(path):
    return "^" + re.escape(path.lstrip("/")) + r"\Z"
