"""Entries of the XML sitemaps: live public pages per language, translations as alternates.

/sitemap.xml is an index of one sitemap per language, each split into chunks of at most
50,000 URLs as the protocol allows. Django's sitemap framework paginates the same way but
derives hreflang alternates by re-rendering one object per UI language; a Wagtail page's
translations are separate pages with their own slugs, so the alternates come from the
pages sharing a translation key instead.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page

URLS_PER_SITEMAP = 50_000


@dataclass
class SitemapEntry:
    location: str
    last_modified: object
    # (language code, absolute URL) of every translation, this page included.
    alternates: list = field(default_factory=list)


def public_pages():
    return (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        # Expired pages stay live until the scheduler's next round; crawlers need not wait for it.
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
        .select_related("locale")
        .only("id", "url_path", "path", "depth", "last_published_at", "translation_key", "locale__language_code")
    )


def sitemap_chunks(language):
    """The paginator of a language's pages: one sitemap per page of it."""
    pages = public_pages().filter(locale__language_code=language).order_by("path")
    return Paginator(pages, URLS_PER_SITEMAP, allow_empty_first_page=True)


def _absolute_url(page, request):
    relative_url = page.get_url(request)
    # Absolute on the canonical host (portal.serving.hosts), so it matches robots.txt and the pages.
    return None if relative_url is None else request.build_absolute_uri(relative_url)


def sitemap_entries(request, pages):
    """Entries of `pages`, each with the URLs of all its public translations."""
    entries, keys = [], set()
    for page in pages:
        url = _absolute_url(page, request)
        if url is None:  # not under any site
            continue
        entries.append((page, SitemapEntry(location=url, last_modified=page.last_published_at)))
        keys.add(page.translation_key)

    translations = defaultdict(list)
    for translation in public_pages().filter(translation_key__in=keys):
        url = _absolute_url(translation, request)
        if url is not None:
            translations[translation.translation_key].append((translation.locale.language_code, url))
    for page, entry in entries:
        group = sorted(translations[page.translation_key])
        if len(group) > 1:
            entry.alternates = group
    return [entry for _page, entry in entries]
