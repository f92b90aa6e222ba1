"""The parts around every page (main navigation, footer), cached until what they show changes."""

from django.utils import translation

from wagtail.models import Page, Site

from ..caching.fragments import cached
from ..caching.tags import add_tags, menu_tag, model_tag, page_tag, translations_tag
from ..models import FooterSettings, ImprintSettings
from ..pages.queries import public


def main_navigation():
    """(title, url, tree path) of the current language's top-level pages that are shown in menus.

    The portal runs one site, so its home pages sit at depth 2 and their children at 3.
    """
    language = translation.get_language()

    def build():
        homes = Page.objects.filter(depth=2, locale__language_code=language).values_list("pk", flat=True)
        add_tags(*(menu_tag(pk) for pk in homes))
        pages = public(Page.objects.in_menu()).filter(depth=3, locale__language_code=language).order_by("path")
        return [(page.title, page.url, page.path) for page in pages]

    return cached("navigation", build)


def footer(request):
    """The footer's settings and the legal pages translated into the current language."""
    site = Site.find_for_request(request)

    def build():
        site_footer = FooterSettings.for_site(site)
        legal_pages, roles = [], {}
        if site_footer.legal_page_ids:
            originals = dict(
                Page.objects.filter(pk__in=site_footer.legal_page_ids).values_list("translation_key", "pk")
            )
            add_tags(*(translations_tag(key) for key in originals))
            translated = (
                public(Page.objects.all())
                .filter(translation_key__in=list(originals), locale__language_code=translation.get_language())
                .order_by("path")
            )
            role_of = site_footer.legal_page_roles
            for page in translated:
                add_tags(page_tag(page.pk))
                legal_pages.append((page.title, page.url))
                roles[role_of[originals[page.translation_key]]] = page.url
        imprint = ImprintSettings.for_site(site)
        return {"settings": site_footer, "legal_pages": legal_pages, "urls": roles, "bip_url": imprint.bip_url}

    return cached(
        f"footer:{site.pk if site else 0}", build, tags=[model_tag(FooterSettings), model_tag(ImprintSettings)]
    )
