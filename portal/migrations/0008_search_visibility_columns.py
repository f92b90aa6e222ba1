"""Search documents carry their page's tree path and expiry, so a query needs no join to the
page tree to apply view restrictions and expiry; the ranking vector holds title and names only."""

from django.db import migrations, models

import django.contrib.postgres.search

COPY_FROM_PAGES = """
    UPDATE portal_searchdocument SET
        path = (SELECT path FROM wagtailcore_page WHERE wagtailcore_page.id = portal_searchdocument.page_id),
        expire_at = (SELECT expire_at FROM wagtailcore_page WHERE wagtailcore_page.id = portal_searchdocument.page_id)
"""
HEAD_VECTORS = """
    UPDATE portal_searchdocument SET head_vector =
        setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, terms), 'A')
    FROM (SELECT page_id AS id, (CASE language WHEN 'pl' THEN 'portal_simple' WHEN 'en' THEN 'portal_english'
          WHEN 'de' THEN 'portal_german' ELSE 'portal_simple' END)::regconfig AS config
          FROM portal_searchdocument) AS configs
    WHERE configs.id = portal_searchdocument.page_id
"""


def fill(apps, schema_editor):
    schema_editor.execute(COPY_FROM_PAGES)
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(HEAD_VECTORS)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0007_accessibilitystatementpage"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="expire_at",
            field=models.DateTimeField(blank=True, help_text="When the page expires, if ever.", null=True),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="path",
            field=models.CharField(
                blank=True,
                help_text="The page's tree path, so view restrictions are checked at query time without the page.",
                max_length=255,
            ),
        ),
        migrations.AlterField(
            model_name="searchdocument",
            name="head_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                help_text="Title and other names; ranks results.", null=True
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
