"""The site search tables, and on PostgreSQL what makes them fast and language-aware.

PostgreSQL ships no Polish stemmer, and its stock configurations keep diacritics. Three text
search configurations fold diacritics with `unaccent` before anything else: portal_simple
(Polish and anything else: words as written), portal_english and portal_german (stemmed).
pg_trgm indexes the vocabulary for typo hints. SQLite skips all of it (see the README).
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

CONFIGURATIONS = {"portal_simple": "simple", "portal_english": "english_stem", "portal_german": "german_stem"}
BASES = {"portal_simple": "simple", "portal_english": "english", "portal_german": "german"}

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    *[
        f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN
                CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {BASES[name]});
                ALTER TEXT SEARCH CONFIGURATION {name}
                    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary};
            END IF;
        END $$
        """
        for name, dictionary in CONFIGURATIONS.items()
    ],
    "CREATE INDEX portal_searchdocument_vector ON portal_searchdocument USING gin (vector)",
    "CREATE INDEX portal_searchterm_word_trgm ON portal_searchterm USING gin (word gin_trgm_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS portal_searchterm_word_trgm",
    "DROP INDEX IF EXISTS portal_searchdocument_vector",
    *[f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in CONFIGURATIONS],
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
        ("contenttypes", "0002_remove_content_type_name"),
        ("portal", "0004_editorial_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        help_text="The page.",
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                ("language", models.CharField(db_index=True, help_text="The page's language code.", max_length=8)),
                ("title", models.CharField(help_text="The page title.", max_length=255)),
                (
                    "terms",
                    models.TextField(
                        blank=True,
                        help_text="Names the page is also known by, e.g. a partner city's names in every language.",
                    ),
                ),
                ("summary", models.TextField(blank=True, help_text="Short texts: search description, lead, intro.")),
                ("body", models.TextField(blank=True, help_text="The long texts of the page, as plain text.")),
                ("date", models.DateTimeField(blank=True, help_text="The date shown with the result.", null=True)),
                (
                    "folded",
                    models.TextField(
                        blank=True, help_text="All text in lower case without diacritics; used only on SQLite."
                    ),
                ),
                (
                    "head_vector",
                    django.contrib.postgres.search.SearchVectorField(
                        help_text="Title, names and summary; ranks results.", null=True
                    ),
                ),
                (
                    "vector",
                    django.contrib.postgres.search.SearchVectorField(help_text="Everything; finds results.", null=True),
                ),
                (
                    "content_type",
                    models.ForeignKey(
                        help_text="The page's type, for the filter.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="contenttypes.contenttype",
                    ),
                ),
            ],
            options={"verbose_name": "search document"},
        ),
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "language",
                    models.CharField(help_text="The language code of the documents it occurs in.", max_length=8),
                ),
                ("word", models.CharField(help_text="The word in lower case without diacritics.", max_length=60)),
            ],
            options={
                "verbose_name": "search term",
                "constraints": [
                    models.UniqueConstraint(fields=("language", "word"), name="portal_searchterm_unique_word")
                ],
            },
        ),
        migrations.RunPython(_run_on_postgresql(FORWARD), _run_on_postgresql(BACKWARD)),
    ]
