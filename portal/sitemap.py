"""Entries of the XML sitemap: every live public page, with its translations as alternates."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page


@dataclass
class SitemapEntry:
    location: str
    last_modified: object
    # (language code, absolute URL) of every translation, this page included.
    alternates: list = field(default_factory=list)


def sitemap_entries(request):
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        # Expired pages stay live until the scheduler's next round; crawlers need not wait for it.
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
        .select_related("locale")
        .only("id", "url_path", "path", "depth", "last_published_at", "translation_key", "locale__language_code")
        .order_by("path")
    )
    entries, by_translation = [], defaultdict(list)
    for page in pages:
        relative_url = page.get_url(request)
        if relative_url is None:  # not under any site
            continue
        # Absolute on the host the crawler asked for, so it matches robots.txt and the pages.
        url = request.build_absolute_uri(relative_url)
        entry = SitemapEntry(location=url, last_modified=page.last_published_at)
        entries.append(entry)
        by_translation[page.translation_key].append((page.locale.language_code, url, entry))

    for group in by_translation.values():
        if len(group) < 2:
            continue
        alternates = sorted((code, url) for code, url, _entry in group)
        for _code, _url, entry in group:
            entry.alternates = alternates
    return entries
