"""/sitemap.xml with hreflang alternates between translations."""

from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from ..sitemap import sitemap_entries


@require_safe
def sitemap_xml(request):
    return TemplateResponse(
        request,
        "portal/sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )
