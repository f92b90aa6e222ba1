"""Matching, ranking and highlighting on PostgreSQL, per language, in hand-written SQL.

Polish has no stemmer in PostgreSQL: each word becomes a prefix of its rough stem
(miastem -> miast:*), matched over words folded by the portal_simple configuration. English
and German use their Snowball stemmers behind `unaccent`. When nothing matches, each word is
replaced by the closest word of the vocabulary (pg_trgm), once.

The SQL is written out rather than built with the ORM: this is the hottest query of the site,
and compiling the equivalent queryset cost more than running it.
"""

from django.db import connection

from .entries import Row
from .highlight import MARK_END, MARK_START, marked_snippet
from .indexing import configuration
from .text import stem
from .visibility import VISIBLE_SQL, visible_sql_params

# A correction must look like the word typed, not merely share a few letters with it.
MIN_SIMILARITY = 0.4
# Best first: the title and other names weigh in; ties go to the newest.
ORDER_SQL = "rank DESC, date DESC NULLS LAST, page_id DESC"
HEADLINE_OPTIONS = (
    f'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
)


def tsquery(words, language):
    """(SQL, params) of a tsquery that needs every word (AND); the words are parameters."""
    config = configuration(language)
    parts, params = [], []
    for word in words:
        if language == "pl":
            prefix = stem(word, language)
            parts.append("to_tsquery(%s::regconfig, %s)")
            params += [config, f"{prefix}:*" if len(prefix) >= 3 else word]
        else:
            parts.append("plainto_tsquery(%s::regconfig, %s)")
            params += [config, word]
    return "(" + " && ".join(parts) + ")", params


def _matches(scope, words):
    """(SQL, params): the visible documents matching every word, with their rank."""
    query, query_params = tsquery(words, scope.language)
    sql = (
        f"SELECT page_id, content_type_id, date, ts_rank(head_vector, {query}) AS rank"  # noqa: S608 - no input
        f" FROM portal_searchdocument document WHERE vector @@ {query} AND {VISIBLE_SQL}"
    )
    return sql, [*query_params, *query_params, *visible_sql_params(scope)]


def counts_and_page(scope, words, content_type_id, offset, limit):
    """({content type id: matches}, page ids of one results page), from one pass over the matches.

    The matches are ranked once in a narrow CTE (ids, type, date, rank); the type counts and
    the page are both read from it.
    """
    matches, params = _matches(scope, words)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""WITH matches AS MATERIALIZED ({matches})
            SELECT
              (SELECT coalesce(json_object_agg(content_type_id, total), '{{}}') FROM
                (SELECT content_type_id, count(*) AS total FROM matches GROUP BY content_type_id) AS counts),
              (SELECT coalesce(json_agg(page_id ORDER BY {ORDER_SQL}), '[]') FROM
                (SELECT page_id, rank, date FROM matches WHERE %s::integer IS NULL OR content_type_id = %s
                 ORDER BY {ORDER_SQL} LIMIT %s OFFSET %s) AS chosen)
            """,  # noqa: S608 - every value is a parameter
            [*params, content_type_id, content_type_id, limit, offset],
        )
        counts, page_ids = cursor.fetchone()
    return {int(key): value for key, value in counts.items()}, page_ids


def page_ids(scope, words, content_type_id, offset, limit):
    """The ids of one results page alone (when the page asked for was out of range)."""
    matches, params = _matches(scope, words)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT page_id FROM ({matches}) AS matches"  # noqa: S608 - every value is a parameter
            f" WHERE %s::integer IS NULL OR content_type_id = %s ORDER BY {ORDER_SQL} LIMIT %s OFFSET %s",
            [*params, content_type_id, content_type_id, limit, offset],
        )
        return [row[0] for row in cursor.fetchall()]


def details(page_ids, words, language):
    """The documents of one results page, in the given order: title, type, date, URL path, snippet."""
    query, query_params = tsquery(words, language)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT document.page_id, document.title, document.content_type_id, document.date, page.url_path,"  # noqa: S608
            f" ts_headline(%s::regconfig, concat_ws(' ', document.summary, document.body), {query}, %s)"
            " FROM portal_searchdocument document JOIN wagtailcore_page page ON page.id = document.page_id"
            " WHERE document.page_id = ANY(%s)",
            [configuration(language), *query_params, HEADLINE_OPTIONS, list(page_ids)],
        )
        rows = {row[0]: row for row in cursor.fetchall()}
    return [
        Row(page_id, title, content_type_id, date, url_path, marked_snippet(headline))
        for page_id, title, content_type_id, date, url_path, headline in (rows[key] for key in page_ids if key in rows)
    ]


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
