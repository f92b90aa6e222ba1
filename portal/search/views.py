"""The results page at /<lang>/search/."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from ..caching.routes import remember_site
from .results import PER_PAGE, run_search
from .suggestions import suggestions


@require_safe
def search(request):
    """Search the reader's language; any input gives a page (never an error), and echoes are escaped."""
    _remember_site(request)
    language = translation.get_language()
    outcome = run_search(request, request.GET.get("q", ""), language, request.GET.get("type", ""))
    page = Paginator(outcome.results, PER_PAGE).get_page(request.GET.get("page"))
    found_nothing = outcome.state == "searched" and not page.object_list and not outcome.promotions
    return TemplateResponse(
        request,
        "portal/search/search_page.html",
        {
            "search": outcome,
            "results": page,
            "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
            "show_promotions": page.number == 1 and bool(outcome.promotions),
            "all_types_url": _url(request, q=outcome.query),
            "corrected_url": _url(request, q=outcome.corrected_query),
            "suggestions": suggestions(request, language) if found_nothing else [],
            "elsewhere": [_elsewhere(code, count, outcome.query) for code, count in outcome.elsewhere],
            "type_urls": [(option, _url(request, q=outcome.query, type=option.code)) for option in outcome.types],
            "page_url_base": _url(request, q=outcome.query, type=outcome.selected_type) + "&page=",
        },
    )


def _elsewhere(code, count, query):
    """(language name in the reader's language, count, URL of the same search in that language)."""
    with translation.override(code):
        url = reverse("portal_search")
    return translation.get_language_info(code)["name_translated"], count, url + "?" + urlencode({"q": query})


def _url(request, **params):
    return request.path + "?" + urlencode({name: value for name, value in params.items() if value})


def _remember_site(request):
    """Resolve the Wagtail site from the cache, as for pages, so the result URLs and the footer
    cost no site query (Wagtail's lookup is a query per request)."""
    remember_site(request)
