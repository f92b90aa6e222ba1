"""What a search needs to rank only its best matches, at a cost that does not grow with the
number of matches: each document's names in the form an exact query is compared in (a GIN
index finds the page titled or named exactly as the query), a GIN index on the head vector per
language (the title-matching documents of a rare word), and a B-tree on the date per language
(the newest matches of a common word are read in order and the reading stops)."""

from django.db import migrations, models

LANGUAGES = ["pl", "en", "de"]

# The same expression as portal.search.indexing writes: folded, punctuation as spaces.
NAME_KEYS_SQL = (
    "array_to_string(ARRAY(SELECT trim(regexp_replace(lower(unaccent(name)), '[^[:alnum:]]+', ' ', 'g'))"
    " FROM unnest(array_prepend(title, string_to_array(terms, ' · '))) name), E'\\n')"
)

FORWARD = [
    f"UPDATE portal_searchdocument SET name_keys = {NAME_KEYS_SQL}",  # noqa: S608 - a constant
    *[
        statement
        for code in LANGUAGES
        for statement in (
            f"CREATE INDEX portal_searchdocument_names_{code} ON portal_searchdocument"
            f" USING gin (string_to_array(name_keys, E'\\n')) WHERE language = '{code}'",
            f"CREATE INDEX portal_searchdocument_head_{code} ON portal_searchdocument USING gin (head_vector)"
            f" WHERE language = '{code}'",
        )
    ],
    "CREATE INDEX portal_searchdocument_newest ON portal_searchdocument (language, date DESC NULLS LAST, page_id DESC)",
]
BACKWARD = [
    *[f"DROP INDEX IF EXISTS portal_searchdocument_names_{code}" for code in LANGUAGES],
    *[f"DROP INDEX IF EXISTS portal_searchdocument_head_{code}" for code in LANGUAGES],
    "DROP INDEX IF EXISTS portal_searchdocument_newest",
]


def _run_on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0017_autosaved_page_label"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="name_keys",
            field=models.TextField(
                blank=True,
                default="",
                help_text="The title and other names, folded, one a line: what an exact query is compared with.",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(_run_on_postgresql(FORWARD), _run_on_postgresql(BACKWARD)),
    ]
