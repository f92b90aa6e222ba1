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


def ranked_matches(scope, words):
    """Every visible document matching all words, best first: (page ids, their content type ids,
    the first expiry among them). One narrow query; counts, the type filter and pages are cut
    from its result."""
    query, query_params = tsquery(words, scope.language)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT page_id, content_type_id, expire_at FROM portal_searchdocument document"  # noqa: S608
            f" WHERE vector @@ {query} AND {VISIBLE_SQL}"
            f" ORDER BY ts_rank(head_vector, {query}) DESC, date DESC NULLS LAST, page_id DESC",
            [*query_params, *visible_sql_params(scope), *query_params],
        )
        rows = cursor.fetchall()
    expiries = [expiry for _page_id, _type, expiry in rows if expiry is not None]
    return [row[0] for row in rows], [row[1] for row in rows], min(expiries, default=None)


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
