"""Search without PostgreSQL (the zero-setup SQLite database): simpler, and weaker.

Every word's rough stem must occur somewhere in the folded text; no stemming dictionaries,
no ranking beyond "title first, then newest", no typo correction (see the README).
"""

from django.db.models import Case, F, IntegerField, Value, When

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


def ranked_matches(scope, words, content_type_id=None, limit=100):
    """The best `limit` visible matches (of one type, when given), title matches first, then the
    newest: (page ids, {content type id: count} when at most `limit`, whether there are more,
    the first expiry among them)."""
    first = stems(words, scope.language)[0]
    title_match = Case(When(title__icontains=first, then=Value(1)), default=Value(0), output_field=IntegerField())
    matches = _matches(scope, words)
    if content_type_id:
        matches = matches.filter(content_type_id=content_type_id)
    ordered = matches.order_by(title_match.desc(), F("date").desc(nulls_last=True), F("page_id").desc())
    rows = list(ordered.values_list("page_id", "content_type_id", "expire_at")[: limit + 1])
    counts = {}
    for _page_id, type_id, _expiry in rows:
        counts[type_id] = counts.get(type_id, 0) + 1
    expiries = [expiry for *_row, expiry in rows if expiry is not None]
    return [row[0] for row in rows[:limit]], counts, len(rows) > limit, min(expiries, default=None)


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
