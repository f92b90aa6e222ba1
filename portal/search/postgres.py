"""Matching, ranking and highlighting on PostgreSQL, per language, in hand-written SQL.

Polish has no stemmer in PostgreSQL: documents are indexed with the lemmas of their words next
to the words (see `morphology`), and each query word matches its own form or any of its lemmas;
a word the dictionary does not know (a name, a word typed without diacritics) falls back to a
prefix of its rough stem (miastem -> miast:*). English and German use their Snowball stemmers
behind `unaccent`; German documents also carry the parts of their compounds. A term with
synonyms matches any of its phrases.

Exact titles and a page's own names (a partner city's page for the city's name) rank first.
When some words match nothing, the closest vocabulary word is offered only if it is close
enough to be a typo of it (see `corrections`).

The SQL is written out rather than built with the ORM: this is the hottest query of the site,
and compiling the equivalent queryset cost more than running it.
"""

from django.db import connection

from .entries import Row
from .highlight import MARK_END, MARK_START, marked_snippet
from .indexing import configuration
from .morphology import polish_lemmas
from .query import SearchQuery
from .text import fold, stem
from .visibility import VISIBLE_SQL, visible_sql_params

HEADLINE_OPTIONS = (
    f'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
)
# A title or one of the page's names equal to the whole query, compared folded and without punctuation.
_EXACT_SQL = (
    "(SELECT coalesce(bool_or(trim(regexp_replace(lower(unaccent(name)), '[^[:alnum:]]+', ' ', 'g')) = %s), false)"
    " FROM unnest(array_prepend(document.title, string_to_array(document.terms, ' · '))) name)"
)


def word_tsquery(word, language):
    """(SQL, params) of a tsquery for one word in all the forms it stands for."""
    config = configuration(language)
    if language != "pl":
        return "plainto_tsquery(%s::regconfig, %s)", [config, word]
    lemmas = polish_lemmas(word)
    if not lemmas:
        prefix = stem(fold(word), language)
        return "to_tsquery(%s::regconfig, %s)", [config, f"{prefix}:*" if len(prefix) >= 3 else fold(word)]
    forms = list(dict.fromkeys([word, *lemmas]))
    return "(" + " || ".join(["plainto_tsquery(%s::regconfig, %s)"] * len(forms)) + ")", [
        value for form in forms for value in (config, form)
    ]


def term_tsquery(term, language):
    """(SQL, params) of a tsquery that any alternative of the term satisfies (all its words)."""
    parts, params = [], []
    for alternative in term:
        pieces = [word_tsquery(word, language) for word in alternative]
        parts.append("(" + " && ".join(sql for sql, _params in pieces) + ")")
        params += [value for _sql, piece_params in pieces for value in piece_params]
    return "(" + " || ".join(parts) + ")", params


def tsquery(search_query, language, require_all=None):
    """(SQL, params) of the whole query: every term (AND), or any of them (OR)."""
    require_all = search_query.require_all if require_all is None else require_all
    pieces = [term_tsquery(term, language) for term in search_query.terms]
    joiner = " && " if require_all else " || "
    return "(" + joiner.join(sql for sql, _params in pieces) + ")", [
        value for _sql, params in pieces for value in params
    ]


def _phrase(search_query):
    return " ".join(fold(word) for word in search_query.typed().split())


def ranked_matches(scope, search_query):
    """Every visible document matching the query, best first: (page ids, their content type ids,
    the first expiry among them). One narrow query; counts, the type filter and pages are cut
    from its result. Without `require_all`, documents that match more terms come first."""
    query, query_params = tsquery(search_query, scope.language)
    order, order_params = [], []
    if not search_query.require_all:
        pieces = [term_tsquery(term, scope.language) for term in search_query.terms]
        order.append("(" + " + ".join(f"(vector @@ {sql})::int" for sql, _params in pieces) + ") DESC")
        order_params += [value for _sql, params in pieces for value in params]
    order.append(f"{_EXACT_SQL} DESC")
    order_params.append(_phrase(search_query))
    order.append(f"ts_rank(head_vector, {query}) DESC")
    order_params += query_params
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT page_id, content_type_id, expire_at FROM portal_searchdocument document"  # noqa: S608
            f" WHERE vector @@ {query} AND {VISIBLE_SQL}"
            f" ORDER BY {', '.join(order)}, date DESC NULLS LAST, page_id DESC",
            [*query_params, *visible_sql_params(scope), *order_params],
        )
        rows = cursor.fetchall()
    expiries = [expiry for _page_id, _type, expiry in rows if expiry is not None]
    return [row[0] for row in rows], [row[1] for row in rows], min(expiries, default=None)


def details(page_ids, search_query, language):
    """The documents of one results page, in the given order: title, type, date, URL path, snippet."""
    query, query_params = tsquery(search_query, language, require_all=False)
    if language == "pl":
        # The snippet also marks the forms the lemmas do not list as words (Norymbergi, Norymbergą).
        prefixes = [stem(fold(word), language) for word in search_query.words()]
        prefixes = [prefix for prefix in prefixes if len(prefix) >= 4]
        for prefix in prefixes:
            query += " || to_tsquery(%s::regconfig, %s)"
            query_params += [configuration(language), f"{prefix}:*"]
        query = f"({query})"
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


def unmatched_words(scope, search_query):
    """The single-word terms that match no visible document of the language, in one query."""
    candidates = [term[0][0] for term in search_query.terms if len(term) == 1 and len(term[0]) == 1]
    if not candidates:
        return []
    pieces = [word_tsquery(word, scope.language) for word in candidates]
    checks = [
        f"EXISTS (SELECT 1 FROM portal_searchdocument document WHERE vector @@ {sql} AND {VISIBLE_SQL})"  # noqa: S608
        for sql, _params in pieces
    ]
    params = [value for _sql, piece in pieces for value in [*piece, *visible_sql_params(scope)]]
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(checks), params)  # noqa: S608 - built from constants
        found = cursor.fetchone()
    return [word for word, exists in zip(candidates, found, strict=True) if not exists]


def closest_words(words, language, floor):
    """{word: [(vocabulary word, similarity), ...]} of the likeliest vocabulary words for each."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT typed.word, term.word, similarity(term.word, typed.word) FROM unnest(%s::text[]) typed(word)"
            " CROSS JOIN LATERAL (SELECT term.word FROM portal_searchterm term"
            "   WHERE term.language = %s AND term.word %% typed.word AND similarity(term.word, typed.word) >= %s"
            "   ORDER BY similarity(term.word, typed.word) DESC, term.word LIMIT 5) term",
            [[fold(word) for word in words], language, floor],
        )
        rows = cursor.fetchall()
    by_word = {fold(word): word for word in words}
    closest = {word: [] for word in words}
    for typed, candidate, similarity in rows:
        closest[by_word[typed]].append((candidate, similarity))
    return closest


__all__ = ["SearchQuery", "closest_words", "details", "ranked_matches", "tsquery", "unmatched_words"]
