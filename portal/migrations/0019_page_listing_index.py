"""An index that lets a listing's counts and ids come from indexes alone: Wagtail's own index
on the tree path leads to the rows, then every row is read for `live`, `depth` and expiry, and
the planner prefers reading the whole page table. With those columns in the index, counting the
children of a news index at 10,000 articles per language reads the index only."""

from django.db import migrations

FORWARD = (
    "CREATE INDEX IF NOT EXISTS portal_page_listing ON wagtailcore_page"
    " (path varchar_pattern_ops) INCLUDE (id, live, depth, expire_at, locale_id)"
)
BACKWARD = "DROP INDEX IF EXISTS portal_page_listing"


def _on_postgresql(statement):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0018_search_ranking_indexes"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(_on_postgresql(FORWARD), _on_postgresql(BACKWARD))]
