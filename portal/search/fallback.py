"""Search without PostgreSQL (the zero-setup SQLite database): simpler, and weaker.

Every word's rough stem must occur somewhere in the folded text; no stemming dictionaries,
no ranking beyond "title first, then newest", no typo correction (see the README).
"""

from django.db.models import Case, Count, IntegerField, Value, When

from .text import stem


def stems(words, language):
    return [stem(word, language) for word in words]


def matching(documents, words, language):
    for prefix in stems(words, language):
        documents = documents.filter(folded__contains=prefix)
    return documents


def type_counts(matches):
    rows = matches.values("content_type_id").annotate(matches=Count("page_id")).order_by()
    return {row["content_type_id"]: row["matches"] for row in rows}


def ranked(matches, words, language):
    first = stems(words, language)[0]
    return (
        matches.select_related("page")
        .only("page_id", "title", "date", "content_type_id", "summary", "body", "page__id", "page__url_path")
        .annotate(rank=Case(When(title__icontains=first, then=Value(1)), default=Value(0), output_field=IntegerField()))
        .order_by("-rank", "-date", "-page_id")
    )
