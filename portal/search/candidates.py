"""The newest documents that satisfy a search condition, read at a cost that does not grow with
the number of documents a language has, nor, for a common word, with the number of its matches.

PostgreSQL finds a word's documents through its GIN index, but not in date order, and that costs
about half a microsecond for every document that has the word (17 ms for a word in 50,000). It
reads documents in date order along the B-tree, but then checks each one it passes. Left to
choose, the planner guesses from statistics, and at 100,000 documents a language it guesses wrong
where it matters: its estimates are for the whole table, so a word of one language looks three
times rarer than it is, and a word found in bodies but not titles looks common when every body
that has it has it in its title too. It then reads every match, or every document of the
language (a third of a second). So each tier of the ranking reads in bounded steps:

1. The newest documents of the language in date order, each checked, stopping at the `limit`-th
   match: a common word has its newest matches there. A short first look, then a longer one only
   when the first found some matches but not enough; a rare word, the usual query, finds none.
2. Only when those hold fewer than `limit` matches: at most SAMPLE_ROWS matches in any order,
   through the text index. The word is then rare among the newest documents, so its documents
   are few; fewer than SAMPLE_ROWS are all of them, and the newest of all are exact.

What still grows: a word in a few per cent of a language's documents is read through the text
index (3 ms for 6,000 documents), and so is a query that finds nothing but holds a common word
matched by prefix (an unknown Polish word: the index gathers every document of the prefix). A word
with more than SAMPLE_ROWS matches but fewer than `limit` among the newest documents gets those,
then some older matches, not necessarily the next newest.
"""

SAMPLE_ROWS = 200
# How many of the newest documents are checked in date order, as (first look, further look):
# checking one costs about 1.5 µs with the head vector and up to 5 µs with the whole one (stored
# apart from the row when the row is long). The first look is short, because a rare word, the
# usual query, finds nothing there; only a word it finds is looked for further.
RECENT_HEAD_ROWS = (200, 2000)
RECENT_BODY_ROWS = (100, 600)

_NEWEST = "document.date DESC NULLS LAST, document.page_id DESC"


def newest_matches(name, match, where, limit, recent_rows, keep=("TRUE", []), gate=("TRUE", [])):
    """(SQL, params) of common table expressions that end in `name`: (page_id, date) of the newest
    `limit` documents that satisfy `where` (visibility), `match` (a condition its text index
    answers) and `keep` (checked on the documents `match` finds).

    `recent_rows` is (first look, further look). Each of `match`, `where`, `keep` and `gate` is
    (SQL, params) over `portal_searchdocument document`; `gate` may name earlier expressions:
    when it is false nothing is read.
    """
    (match_sql, match_params), (where_sql, where_params) = match, where
    (keep_sql, keep_params), (gate_sql, gate_params) = keep, gate
    first_look, further_look = recent_rows

    def recent(step, rows_gate):
        # The inner LIMIT keeps the date-ordered reading inside the newest documents, whatever
        # the planner expects of the filter outside it.
        return (
            f"{name}_{step} AS MATERIALIZED (SELECT page_id, date FROM ("  # noqa: S608 - constants
            f"   SELECT page_id, date, head_vector, vector FROM portal_searchdocument document"
            f"   WHERE {where_sql} AND {gate_sql} AND {rows_gate} ORDER BY {_NEWEST} LIMIT %s"
            f" ) document WHERE {keep_sql} AND {match_sql} LIMIT %s)"
        )

    found_first = f"(SELECT count(*) FROM {name}_first)"  # noqa: S608 - a constant
    sql = ", ".join(
        [
            recent("first", "TRUE"),
            recent("further", f"{found_first} BETWEEN 1 AND %s"),
            # Planned for all its rows, so through the text index; read only as far as the
            # sample needs, and not at all when the newest documents held enough.
            f"{name}_matches AS MATERIALIZED (SELECT page_id, date, {keep_sql} AS kept"  # noqa: S608
            f" FROM portal_searchdocument document WHERE {match_sql} AND {where_sql} AND {gate_sql})",
            f"{name}_sample AS MATERIALIZED (SELECT page_id, date, kept FROM {name}_matches"  # noqa: S608
            f" WHERE {found_first} < %s AND (SELECT count(*) FROM {name}_further) < %s LIMIT %s)",
            f"{name} AS MATERIALIZED (SELECT page_id, date FROM ("  # noqa: S608
            f"   SELECT page_id, date FROM {name}_first UNION SELECT page_id, date FROM {name}_further"
            f"   UNION SELECT page_id, date FROM {name}_sample WHERE kept"
            f" ) document ORDER BY {_NEWEST} LIMIT %s)",
        ]
    )
    params = [
        *[*where_params, *gate_params, first_look, *keep_params, *match_params, limit],
        *[*where_params, *gate_params, limit - 1, further_look, *keep_params, *match_params, limit],
        *[*keep_params, *match_params, *where_params, *gate_params],
        *[limit, limit, max(SAMPLE_ROWS, limit)],
        limit,
    ]
    return sql, params
