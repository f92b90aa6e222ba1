"""An index on the page tree's depth: the main navigation reads the home pages (depth 2) and
their children (depth 3) of one language, and without it PostgreSQL reads every page of that
language to find them (80 ms each at 100,000 articles a language, on every page whose
navigation part is rebuilt)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0019_page_listing_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS portal_page_depth ON wagtailcore_page (depth)",
            "DROP INDEX IF EXISTS portal_page_depth",
        ),
    ]
