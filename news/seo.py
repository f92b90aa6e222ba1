"""What search engines and social networks read about an article: share image and NewsArticle data."""

import json

from django.templatetags.static import static
from django.utils.timezone import localtime

from wagtail.images import get_image_model

from portal.caching.fragments import cached
from portal.caching.tags import record_tag
from portal.navigation.header_and_footer import footer

SHARE_IMAGE = "fill-1200x630|format-jpeg"
OPEN_GRAPH_LOCALES = {"pl": "pl_PL", "en": "en_GB", "de": "de_DE"}
# The characters json_script escapes, so the data cannot close its <script> element early.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def share_image(article, request):
    """The article's picture cropped for link previews, with an absolute URL; None without a picture."""
    if article.hero_image_id is None:
        return None
    url, width, height = cached(
        f"news:share-image:{article.hero_image_id}",
        lambda: _share_rendition(article.hero_image),
        tags=[record_tag(get_image_model(), article.hero_image_id)],
        per_language=False,
        request=request,
    )
    return {"url": request.build_absolute_uri(url), "width": width, "height": height, "alt": article.hero_alt}


def _share_rendition(image):
    # get_renditions, unlike get_rendition, does not write prefetched renditions back to the cache.
    rendition = image.get_renditions(SHARE_IMAGE)[SHARE_IMAGE]
    return rendition.url, rendition.width, rendition.height


def article_metadata(article, request, about):
    """Open Graph values and schema.org NewsArticle JSON-LD of an article page."""
    canonical = article.full_url
    language = article.locale.language_code
    publisher_name = footer(request)["settings"].organisation
    published = article.display_date
    modified = article.last_updated or published
    image = share_image(article, request)

    publisher = {
        "@type": "GovernmentOrganization",
        "name": publisher_name,
        "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(static("portal/favicon.svg"))},
    }
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.seo_title or article.title,
        "description": article.search_description or article.lead,
        "datePublished": localtime(published).replace(microsecond=0).isoformat(),
        "dateModified": localtime(modified).replace(microsecond=0).isoformat(),
        "inLanguage": language,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "publisher": publisher,
        "author": {"@type": "Organization", "name": article.responsible_unit or publisher_name},
    }
    if image:
        data["image"] = [image["url"]]
    if about.categories:
        data["articleSection"] = [category.name for category in about.categories]
    if about.tags:
        data["keywords"] = ", ".join(name for name, _url in about.tags)

    return {
        "canonical": canonical,
        "image": image,
        "published": published,
        "modified": modified,
        "og_locale": OPEN_GRAPH_LOCALES.get(language, language),
        "json_ld": json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES),
    }
