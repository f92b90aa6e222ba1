"""Matching, ranking and highlighting on PostgreSQL, per language.

Polish has no stemmer in PostgreSQL: each word becomes a prefix of its rough stem
(miastem -> miast:*), matched over words folded by the portal_simple configuration. English
and German use their Snowball stemmers behind `unaccent`. When nothing matches, each word is
replaced by the closest word of the vocabulary (pg_trgm), once.
"""

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Count, F, TextField, Value
from django.db.models.functions import Concat

from .highlight import MARK_END, MARK_START
from .indexing import configuration
from .text import stem

# A correction must look like the word typed, not merely share a few letters with it.
MIN_SIMILARITY = 0.4


def search_query(words, language):
    """All words must match (AND)."""
    config = configuration(language)
    parts = []
    for word in words:
        if language == "pl":
            prefix = stem(word, language)
            parts.append(SearchQuery(f"{prefix}:*" if len(prefix) >= 3 else word, search_type="raw", config=config))
        else:
            parts.append(SearchQuery(word, search_type="plain", config=config))
    combined = parts[0]
    for part in parts[1:]:
        combined &= part
    return combined


def matching(documents, words, language):
    return documents.filter(vector=search_query(words, language))


def type_counts(matches):
    """{content type id: number of matches}: the type filter and the total, in one query."""
    rows = matches.values("content_type_id").annotate(matches=Count("page_id")).order_by()
    return {row["content_type_id"]: row["matches"] for row in rows}


def ranked(matches, words, language):
    """Best first: title, names and summary weigh in; ties go to the newest."""
    query = search_query(words, language)
    return (
        matches.select_related("page")
        .only("page_id", "title", "date", "content_type_id", "page__id", "page__url_path")
        .annotate(
            rank=SearchRank(F("head_vector"), query),
            snippet=SearchHeadline(
                Concat("summary", Value(" "), "body", output_field=TextField()),
                query,
                config=configuration(language),
                start_sel=MARK_START,
                stop_sel=MARK_END,
                max_words=30,
                min_words=12,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        .order_by("-rank", F("date").desc(nulls_last=True), "-page_id")
    )


def corrected_words(words, language):
    """The words with each unknown or mistyped one replaced by the closest vocabulary word."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT typed.word, (SELECT term.word FROM portal_searchterm term"
            "   WHERE term.language = %s AND term.word %% typed.word AND similarity(term.word, typed.word) >= %s"
            "   ORDER BY similarity(term.word, typed.word) DESC, term.word LIMIT 1)"
            " FROM unnest(%s::text[]) WITH ORDINALITY AS typed(word, position) ORDER BY typed.position",
            [language, MIN_SIMILARITY, list(words)],
        )
        return [closest or typed for typed, closest in cursor.fetchall()]
