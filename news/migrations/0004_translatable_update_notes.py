import uuid

import django.db.models.deletion
from django.db import migrations, models


def take_locale_from_article(apps, schema_editor):
    """Existing notes belong to their article's language; each gets its own translation key."""
    note_model = apps.get_model("news", "NewsUpdateNote")
    for note in note_model.objects.select_related("page"):
        note.locale_id = note.page.locale_id
        note.translation_key = uuid.uuid4()
        note.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):

    dependencies = [
        ("news", "0003_newsroom"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="newsupdatenote",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="newsupdatenote",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(take_locale_from_article, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="newsupdatenote",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="newsupdatenote",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="newsupdatenote",
            unique_together={("translation_key", "locale")},
        ),
    ]
