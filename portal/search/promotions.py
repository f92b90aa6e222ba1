"""Editors' picks for a query (Wagtail's search promotions), shown above the ranked results."""

from dataclasses import dataclass

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from ..caching.fragments import cached
from ..caching.tags import model_tag
from ..pages.queries import public
from .entries import Result, type_name
from .highlight import marked_snippet


@dataclass(frozen=True)
class Promotion:
    """A pick ready to show, and the page it stands for (None for an external link)."""

    result: object
    page_id: int | None


def promoted_results(request, query, language):
    """The picks for this exact query, in the editors' order.

    A picked page shows in the reader's language: its live, public translation, or nothing.
    No query for the many searches without picks; two at most, however many picks there are.
    """
    query_string = normalise_query_string(query)
    if query_string not in promoted_query_strings():
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    keys = [pick.page.translation_key for pick in picks if pick.page is not None]
    translations = {}
    if keys:
        pages = public(Page.objects.filter(translation_key__in=keys, locale__language_code=language))
        translations = {page.translation_key: page for page in pages}
    promotions = []
    for pick in picks:
        if pick.page is None:
            if pick.external_link_url:
                result = Result(
                    title=pick.external_link_text or pick.external_link_url,
                    url=pick.external_link_url,
                    type_name="",
                    snippet=marked_snippet(pick.description),
                    promoted=True,
                )
                promotions.append(Promotion(result, None))
            continue
        page = translations.get(pick.page.translation_key)
        if page is None:
            continue
        result = Result(
            title=page.title,
            url=page.get_url(request),
            type_name=type_name(page.content_type_id),
            date=page.last_published_at,
            snippet=marked_snippet(pick.description or page.search_description),
            promoted=True,
        )
        promotions.append(Promotion(result, page.pk))
    return promotions


def promoted_query_strings():
    """Every query string with picks, cached until a pick changes (portal registers picks as reader-facing)."""

    def build():
        return frozenset(Query.objects.filter(editors_picks__isnull=False).values_list("query_string", flat=True))

    return cached("search:promoted-queries", build, tags=[model_tag(SearchPromotion)], per_language=False)
