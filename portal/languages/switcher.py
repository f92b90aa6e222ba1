"""Which URL each language leads to from the page a reader is on."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from ..caching.fragments import cached
from ..caching.tags import translations_tag
from ..pages.queries import public


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher and one hreflang alternate."""

    code: str
    name: str
    url: str
    is_current: bool
    # False when the page has no live translation and the link falls back to that language's home.
    has_page: bool


def home_url(language_code):
    """The home page of a language: always the bare language prefix."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def language_links(request, page=None, alternates=None):
    """A link per configured language: the page's translation, else that language's home page.

    `alternates` ({language code: URL}) names them for a view of a page that has its own
    translations, such as a news category; non-page views (search) keep their own path under
    the other prefix.
    """
    current = translation.get_language()
    if alternates is not None:
        translated_urls = alternates
    else:
        translated_urls = translation_urls(page, request) if page is not None and page.pk else {}

    links = []
    for code, name in settings.LANGUAGES:
        if code in translated_urls:
            url, has_page = translated_urls[code], True
        elif page is None and _is_translatable_view(request):
            url, has_page = translate_url(request.get_full_path(), code), True
        else:
            url, has_page = home_url(code), False
        links.append(LanguageLink(code=code, name=name, url=url, is_current=code == current, has_page=has_page))
    return links


def translation_urls(page, request=None):
    """{language code: URL} of the page's live public translations, itself included; cached
    until one of them is published, unpublished, moved or deleted.

    The URLs are relative on the reader's own site and absolute on another, so the host the
    request came to is part of the key."""

    def build():
        translations = public(page.get_translations(inclusive=True)).select_related("locale")
        # With the request Wagtail reads the sites' root paths once, not once per translation.
        return {translated.locale.language_code: translated.get_url(request) for translated in translations}

    return cached(
        f"translations:{page.translation_key}:{request.get_host() if request else ''}",
        build,
        tags=[translations_tag(page.translation_key)],
        per_language=False,
    )


def _is_translatable_view(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name not in (None, "wagtail_serve")
