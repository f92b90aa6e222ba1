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

from .candidates import RECENT_BODY_ROWS, RECENT_HEAD_ROWS, newest_matches
from .entries import Row
from .highlight import MARK_END, MARK_START, marked_snippet
from .indexing import configuration
from .morphology import polish_lemmas
from .query import SearchQuery
from .text import fold, stem
from .visibility import RESTRICTED_PATTERNS_SQL, VISIBLE_SQL, visible_against_sql, visible_sql_params

HEADLINE_OPTIONS = (
    f'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
)
# A title or one of the page's names equal to the whole query, compared folded and without
# punctuation (the names as migration 0018 indexes them).
_EXACT_SQL = "string_to_array(document.name_keys, E'\\n') @> ARRAY[%s]::text[]"
_NEWEST = "document.date DESC NULLS LAST, document.page_id DESC"
# The query's tsquery, computed once per statement in a common table expression of that name:
# built in every place it is used, it cost more to plan than the search cost to run.
_QUERY = "(SELECT query FROM search_query)"


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


def ranked_matches(scope, search_query, content_type_id=None, limit=100):
    """The best `limit` visible matches (of one type, when given), best first, and how many there
    are when that is at most `limit`: (page ids, {content type id: count}, whether there are more
    than `limit`, the first expiry among them).

    Exact titles and names come first, then pages whose head (title, names, short texts) matches,
    by its rank, then the others, newest first. Only candidates are ranked and counted: the exact
    ones (from their index), the newest `limit` + 1 head matches, and only when those are fewer,
    the newest `limit` + 1 other matches; each is read at a bounded cost (see `candidates`). So
    once there are more than `limit` head matches, the rank orders the newest of them, not all.

    Without `require_all`, documents that match more terms come first; that fallback runs only
    when no document has every word.
    """
    if not search_query.require_all:
        return _ranked_by_terms_matched(scope, search_query, content_type_id, limit)
    query, query_params = tsquery(search_query, scope.language)
    where = _where(scope, content_type_id)
    head_sql, head_params = newest_matches("head", (f"head_vector @@ {_QUERY}", []), where, limit + 1, RECENT_HEAD_ROWS)
    # Body matches are read only when the head matches do not fill the page: they rank below them.
    body_sql, body_params = newest_matches(
        "body",
        (f"vector @@ {_QUERY}", []),
        where,
        limit + 1,
        RECENT_BODY_ROWS,
        keep=(f"NOT head_vector @@ {_QUERY}", []),
        gate=("(SELECT count(*) FROM head) <= %s", [limit]),
    )
    tiers = (
        f"(SELECT page_id, 0 tier FROM portal_searchdocument document WHERE {_EXACT_SQL}"  # noqa: S608 - constants
        f"   AND vector @@ {_QUERY} AND {where[0]} LIMIT %s)"
        " UNION ALL (SELECT page_id, 1 FROM head) UNION ALL (SELECT page_id, 2 FROM body)"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH search_query AS MATERIALIZED (SELECT {query} AS query, {RESTRICTED_PATTERNS_SQL} AS restricted),"  # noqa: S608
            f" {head_sql}, {body_sql}"
            " SELECT row_number() OVER ("
            f"  ORDER BY {_EXACT_SQL} DESC, ts_rank(head_vector, {_QUERY}) DESC, {_NEWEST}),"
            "  document.page_id, content_type_id, expire_at, tiers.tier"
            f" FROM ({tiers}) tiers JOIN portal_searchdocument document ON document.page_id = tiers.page_id",
            [
                *query_params,
                *head_params,
                *body_params,
                _phrase(search_query),
                *[_phrase(search_query), *where[1], limit + 1],
            ],
        )
        rows = cursor.fetchall()
    # An exact match is also a head match.
    return _distinct_outcome(rows, limit, 3)


def _ranked_by_terms_matched(scope, search_query, content_type_id, limit):
    """The fallback's ranking, on the newest `limit` + 1 matches of each term: the pages of a
    rare word are all among them, and a common word costs no more than a rare one."""
    query, query_params = tsquery(search_query, scope.language)
    pieces = [term_tsquery(term, scope.language) for term in search_query.terms]
    numbers = range(len(pieces))
    computed = ", ".join(
        [
            f"{query} AS query",
            f"{RESTRICTED_PATTERNS_SQL} AS restricted",
            *(f"{sql} AS term_{number}" for number, (sql, _params) in enumerate(pieces)),
        ]
    )
    computed_params = [*query_params, *(value for _sql, params in pieces for value in params)]
    matched = " + ".join(f"(vector @@ {_term(number)})::int" for number in numbers)
    where = _where(scope, content_type_id)
    terms = [
        newest_matches(
            f"term_{number}",
            (f"vector @@ {_term(number)}", []),
            where,
            limit + 1,
            RECENT_BODY_ROWS,
        )
        for number in numbers
    ]
    tiers = " UNION ALL ".join(
        f"(SELECT page_id, {number} tier FROM term_{number})"  # noqa: S608 - constants
        for number in numbers
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH search_query AS MATERIALIZED (SELECT {computed}), {', '.join(sql for sql, _params in terms)}"  # noqa: S608
            " SELECT row_number() OVER ("
            f"  ORDER BY ({matched}) DESC, {_EXACT_SQL} DESC, ts_rank(head_vector, {_QUERY}) DESC, {_NEWEST}),"
            "  document.page_id, content_type_id, expire_at, tiers.tier"
            f" FROM ({tiers}) tiers JOIN portal_searchdocument document ON document.page_id = tiers.page_id",
            [*computed_params, *(value for _sql, params in terms for value in params), _phrase(search_query)],
        )
        rows = cursor.fetchall()
    return _distinct_outcome(rows, limit, len(pieces))


def _term(number):
    return f"(SELECT term_{number} FROM search_query)"  # noqa: S608 - a constant


def _where(scope, content_type_id):
    """(SQL, params): the documents this search may return, in a statement with `search_query`."""
    visible = visible_against_sql("(SELECT restricted FROM search_query)::text[]")
    if content_type_id:
        return f"{visible} AND document.content_type_id = %s", [*visible_sql_params(scope), content_type_id]
    return visible, visible_sql_params(scope)


def _distinct_outcome(rows, limit, tiers):
    """The outcome of candidate rows (position, page id, type, expiry, tier): a page found by
    several tiers counts once, and there are more when a tier found more than `limit`."""
    more = any(sum(1 for row in rows if row[4] == tier) > limit for tier in range(tiers))
    seen, unique = set(), []
    for row in sorted(rows):
        if row[1] not in seen:
            seen.add(row[1])
            unique.append(row[:4])
    return _outcome(unique, limit, more)


def _outcome(rows, limit, more):
    """(the first `limit` page ids, {content type id: count}, more, first expiry) from ranked
    rows of (position, page id, content type id, expiry)."""
    counts = {}
    for _position, _page_id, content_type_id, _expiry in rows:
        counts[content_type_id] = counts.get(content_type_id, 0) + 1
    expiries = [expiry for *_row, expiry in rows if expiry is not None]
    return [row[1] for row in rows[:limit]], counts, more, min(expiries, default=None)


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
    """The single-word terms that match no visible document of the language, in one query.

    Asked only when the whole query matched nothing, so a query of one word needs no query.
    """
    candidates = [term[0][0] for term in search_query.terms if len(term) == 1 and len(term[0]) == 1]
    if len(search_query.terms) == 1:
        return candidates
    if not candidates:
        return []
    pieces = [word_tsquery(word, scope.language) for word in candidates]
    # A common word is found among the newest documents at once. Otherwise each word's matches
    # come from a CTE planned on its own, through the text index: an EXISTS would be planned for
    # its first row, and for a word that matches nothing that plan reads every document.
    ctes = [
        f"recent AS MATERIALIZED (SELECT vector FROM portal_searchdocument document WHERE {VISIBLE_SQL}"  # noqa: S608
        f" ORDER BY {_NEWEST} LIMIT %s)",
        *(
            f"word_{number} AS MATERIALIZED (SELECT 1 FROM portal_searchdocument document"  # noqa: S608
            f" WHERE vector @@ {sql} AND {VISIBLE_SQL})"
            for number, (sql, _params) in enumerate(pieces)
        ),
    ]
    checks = [
        f"(EXISTS (SELECT 1 FROM recent WHERE vector @@ {sql}) OR EXISTS (SELECT 1 FROM word_{number}))"  # noqa: S608
        for number, (sql, _params) in enumerate(pieces)
    ]
    params = [
        *visible_sql_params(scope),
        RECENT_BODY_ROWS[1],
        *(value for _sql, piece in pieces for value in [*piece, *visible_sql_params(scope)]),
        *(value for _sql, piece in pieces for value in piece),
    ]
    with connection.cursor() as cursor:
        cursor.execute("WITH " + ", ".join(ctes) + " SELECT " + ", ".join(checks), params)  # noqa: S608
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
