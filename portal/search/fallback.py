"""Search without PostgreSQL (the zero-setup SQLite database): simpler, and weaker.

Every word's rough stem must occur somewhere in the folded text; no stemming dictionaries,
no ranking beyond "title first, then newest", no typo correction (see the README).
"""

from django.db.models import Case, Count, F, IntegerField, Value, When

from .entries import Row
from .highlight import snippet_around
from .models import SearchDocument
from .text import stem
from .visibility import visible


def stems(words, language):
    return [stem(word, language) for word in words]


def _matches(scope, words):
    documents = visible(SearchDocument.objects.all(), scope)
    for prefix in stems(words, scope.language):
        documents = documents.filter(folded__contains=prefix)
    return documents


def counts_and_page(scope, words, content_type_id, offset, limit):
    rows = _matches(scope, words).values("content_type_id").annotate(matches=Count("page_id")).order_by()
    counts = {row["content_type_id"]: row["matches"] for row in rows}
    return counts, page_ids(scope, words, content_type_id, offset, limit)


def page_ids(scope, words, content_type_id, offset, limit):
    """Title matches first, then the newest."""
    matches = _matches(scope, words)
    if content_type_id is not None:
        matches = matches.filter(content_type_id=content_type_id)
    first = stems(words, scope.language)[0]
    title_match = Case(When(title__icontains=first, then=Value(1)), default=Value(0), output_field=IntegerField())
    ordered = matches.order_by(title_match.desc(), F("date").desc(nulls_last=True), F("page_id").desc())
    return list(ordered.values_list("page_id", flat=True)[offset : offset + limit])


def details(page_ids, words, language):
    prefixes = stems(words, language)
    documents = SearchDocument.objects.filter(page_id__in=page_ids).select_related("page")
    by_id = {document.page_id: document for document in documents}
    return [
        Row(
            page_id=document.page_id,
            title=document.title,
            content_type_id=document.content_type_id,
            date=document.date,
            url_path=document.page.url_path,
            snippet=snippet_around(f"{document.summary} {document.body}".strip(), prefixes),
        )
        for document in (by_id[page_id] for page_id in page_ids if page_id in by_id)
    ]
