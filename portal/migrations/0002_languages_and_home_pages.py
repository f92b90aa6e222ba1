"""Create the three content languages and a home page in each, replacing Wagtail's welcome page."""

import uuid

from django.db import migrations

HOME_PAGES = [
    # (language, slug, title, intro)
    ("pl", "pl", "Kraków – portal miasta", "Aktualności, współpraca międzynarodowa i sprawy miasta w jednym miejscu."),
    ("en", "en", "Kraków city portal", "News, international partnerships and city matters in one place."),
    ("de", "de", "Krakau – das Stadtportal", "Nachrichten, internationale Partnerschaften und Stadtthemen an einem Ort."),
]


def create_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("portal.HomePage")

    # Wagtail's placeholder page; the site pointing at it goes with it.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()
    if HomePage.objects.exists():
        return

    root = Page.objects.get(depth=1)
    home_type, _created = ContentType.objects.get_or_create(app_label="portal", model="homepage")
    translation_key = uuid.uuid4()
    next_position = Page.objects.filter(depth=2).count() + 1
    polish_home = None
    for offset, (language, slug, title, intro) in enumerate(HOME_PAGES):
        locale, _created = Locale.objects.get_or_create(language_code=language)
        home = HomePage.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            intro=intro,
            content_type=home_type,
            path=f"{root.path}{next_position + offset:04d}",
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=locale,
            translation_key=translation_key,
            live=True,
        )
        polish_home = polish_home or home
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    Site.objects.update(is_default_site=False)
    Site.objects.create(hostname="localhost", port=80, root_page=polish_home, is_default_site=True)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_pages, migrations.RunPython.noop)]
