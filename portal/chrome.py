"""The parts around every page (main navigation, footer), cached until an editor changes them."""

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Page, Site

from .content_version import bump_version, current_version
from .models import FooterSettings
from .queries import public

TIMEOUT = 24 * 60 * 60

__all__ = ["bump_version", "cached_part", "footer", "main_navigation"]


def cached_part(name, build, per_language=True):
    """The value `build()` returns, cached until the content version changes."""
    language = translation.get_language() if per_language else "all"
    key = f"portal:chrome:{name}:{language}:{current_version()}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, TIMEOUT)
    return value


def main_navigation():
    """(title, url, tree path) of the current language's top-level pages that are shown in menus.

    The portal runs one site, so its home pages sit at depth 2 and their children at 3.
    """

    def build():
        pages = (
            public(Page.objects.in_menu())
            .filter(depth=3, locale__language_code=translation.get_language())
            .order_by("path")
        )
        return [(page.title, page.url, page.path) for page in pages]

    return cached_part("navigation", build)


def footer(request):
    """The footer's settings and the legal pages translated into the current language."""
    site = Site.find_for_request(request)

    def build():
        site_footer = FooterSettings.for_site(site)
        legal_pages = []
        if site_footer.legal_page_ids:
            originals = Page.objects.filter(pk__in=site_footer.legal_page_ids).values("translation_key")
            legal_pages = [
                (page.title, page.url)
                for page in public(Page.objects.all())
                .filter(translation_key__in=originals, locale__language_code=translation.get_language())
                .order_by("path")
            ]
        return {"settings": site_footer, "legal_pages": legal_pages}

    return cached_part(f"footer:{site.pk if site else 0}", build)
