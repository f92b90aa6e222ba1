"""/sitemap.xml (an index) and /sitemap-<language>.xml?p=<n> with hreflang alternates."""

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from ..caching.tags import SITEMAP_TAG, add_tags
from ..pages.sitemap import sitemap_chunks, sitemap_entries

XML = "application/xml; charset=utf-8"


@require_safe
def sitemap_index(request):
    add_tags(SITEMAP_TAG)  # its number of chunks follows the number of pages
    sitemaps = []
    for code, _name in settings.LANGUAGES:
        url = request.build_absolute_uri(reverse("sitemap_language", args=[code]))
        sitemaps.append(url)
        sitemaps.extend(f"{url}?p={number}" for number in sitemap_chunks(code).page_range[1:])
    return TemplateResponse(request, "portal/sitemap_index.xml", {"sitemaps": sitemaps}, content_type=XML)


@require_safe
def sitemap_language(request, language):
    if language not in dict(settings.LANGUAGES):
        raise Http404("No sitemap for this language.")
    chunks = sitemap_chunks(language)
    number = request.GET.get("p", "1")
    if not number.isdigit() or not 1 <= int(number) <= chunks.num_pages:
        raise Http404("No such sitemap page.")
    add_tags(SITEMAP_TAG)
    pages = chunks.page(int(number)).object_list
    return TemplateResponse(
        request, "portal/sitemap.xml", {"entries": sitemap_entries(request, pages)}, content_type=XML
    )
