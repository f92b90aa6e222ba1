"""An event's languages as JSON on every database.

The field was first a PostgreSQL array, which SQLite cannot create; 0001 now creates JSON.
A PostgreSQL database migrated before that change still has the array column: it is turned
into the same list as JSON in place, so no event loses its languages."""

from django.db import migrations, models

import events.choices

ARRAY_COLUMN = """
    SELECT 1 FROM information_schema.columns
    WHERE table_name = 'events_eventpage' AND column_name = 'event_languages' AND data_type = 'ARRAY'
"""
TO_JSON = (
    "ALTER TABLE events_eventpage ALTER COLUMN event_languages DROP DEFAULT,"
    " ALTER COLUMN event_languages TYPE jsonb USING to_jsonb(event_languages)"
)


def array_to_json(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(ARRAY_COLUMN)
        if cursor.fetchone():
            cursor.execute(TO_JSON)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_occurrence_event_end"),
    ]

    operations = [
        migrations.RunPython(array_to_json, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="eventpage",
            name="event_languages",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="The languages spoken or signed at the event.",
                validators=[events.choices.validate_event_languages],
                verbose_name="Languages of the event",
            ),
        ),
    ]
