"""Search without PostgreSQL (the zero-setup SQLite database): simpler, and weaker.

Every word's rough stem must occur somewhere in the folded text; no stemming dictionaries,
no ranking beyond "title first, then newest", no typo correction (see the README).
"""

from django.db.models import Case, Count, F, IntegerField, Value, When

from .models import SearchDocument
from .text import stem


def stems(words, language):
    return [stem(word, language) for word in words]


def matching(documents, words, language):
    for prefix in stems(words, language):
        documents = documents.filter(folded__contains=prefix)
    return documents


def counts_and_page(matches, words, language, content_type_id, offset, limit):
    rows = matches.values("content_type_id").annotate(matches=Count("page_id")).order_by()
    counts = {row["content_type_id"]: row["matches"] for row in rows}
    return counts, page_ids(matches, words, language, content_type_id, offset, limit)


def page_ids(matches, words, language, content_type_id, offset, limit):
    """Title matches first, then the newest."""
    if content_type_id is not None:
        matches = matches.filter(content_type_id=content_type_id)
    first = stems(words, language)[0]
    title_match = Case(When(title__icontains=first, then=Value(1)), default=Value(0), output_field=IntegerField())
    ordered = matches.order_by(title_match.desc(), F("date").desc(nulls_last=True), F("page_id").desc())
    return list(ordered.values_list("page_id", flat=True)[offset : offset + limit])


def details(page_ids, words, language):
    documents = (
        SearchDocument.objects.filter(page_id__in=page_ids)
        .select_related("page")
        .only("page_id", "title", "date", "content_type_id", "summary", "body", "page__id", "page__url_path")
    )
    by_id = {document.page_id: document for document in documents}
    return [by_id[page_id] for page_id in page_ids if page_id in by_id]
