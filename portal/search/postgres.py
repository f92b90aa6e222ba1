"""Matching, ranking and highlighting on PostgreSQL, per language.

Polish has no stemmer in PostgreSQL: each word becomes a prefix of its rough stem
(miastem -> miast:*), matched over words folded by the portal_simple configuration. English
and German use their Snowball stemmers behind `unaccent`. When nothing matches, each word is
replaced by the closest word of the vocabulary (pg_trgm), once.
"""

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, TextField, Value
from django.db.models.functions import Concat

from .highlight import MARK_END, MARK_START
from .indexing import configuration
from .models import SearchDocument
from .text import stem

# A correction must look like the word typed, not merely share a few letters with it.
MIN_SIMILARITY = 0.4
# Best first: the title and other names weigh in; ties go to the newest.
ORDER_SQL = "rank DESC, date DESC NULLS LAST, page_id DESC"


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


def counts_and_page(matches, words, language, content_type_id, offset, limit):
    """({content type id: matches}, page ids of one results page), from one pass over the matches.

    The matches are ranked in a narrow CTE (ids, type, date, rank); the type counts and the page
    are both read from it, so the index and table are visited once per search.
    """
    ranked = matches.annotate(rank=SearchRank(F("head_vector"), search_query(words, language)))
    sql, params = ranked.values("page_id", "content_type_id", "date", "rank").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"""WITH matches AS MATERIALIZED ({sql})
            SELECT
              (SELECT coalesce(json_object_agg(content_type_id, total), '{{}}') FROM
                (SELECT content_type_id, count(*) AS total FROM matches GROUP BY content_type_id) AS counts),
              (SELECT coalesce(json_agg(page_id ORDER BY position), '[]') FROM
                (SELECT page_id, row_number() OVER (ORDER BY {ORDER_SQL}) AS position FROM matches
                 WHERE %s::integer IS NULL OR content_type_id = %s ORDER BY position LIMIT %s OFFSET %s) AS chosen)
            """,  # noqa: S608 - the CTE is Django's compiled SQL, everything else is constant
            [*params, content_type_id, content_type_id, limit, offset],
        )
        counts, page_ids = cursor.fetchone()
    return {int(key): value for key, value in counts.items()}, page_ids


def page_ids(matches, words, language, content_type_id, offset, limit):
    """The ids of one results page alone (when the page asked for was out of range)."""
    if content_type_id is not None:
        matches = matches.filter(content_type_id=content_type_id)
    ranked = matches.annotate(rank=SearchRank(F("head_vector"), search_query(words, language)))
    ordered = ranked.order_by(F("rank").desc(), F("date").desc(nulls_last=True), F("page_id").desc())
    return list(ordered.values_list("page_id", flat=True)[offset : offset + limit])


def details(page_ids, words, language):
    """The documents of one results page, in the given order, with their snippets and URLs."""
    documents = (
        SearchDocument.objects.filter(page_id__in=page_ids)
        .select_related("page")
        .only("page_id", "title", "date", "content_type_id", "page__id", "page__url_path")
        .annotate(
            snippet=SearchHeadline(
                Concat("summary", Value(" "), "body", output_field=TextField()),
                search_query(words, language),
                config=configuration(language),
                start_sel=MARK_START,
                stop_sel=MARK_END,
                max_words=30,
                min_words=12,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
    )
    by_id = {document.page_id: document for document in documents}
    return [by_id[page_id] for page_id in page_ids if page_id in by_id]


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
