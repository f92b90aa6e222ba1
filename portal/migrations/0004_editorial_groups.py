"""Least-privilege groups for the city's editorial roles.

Wagtail's own migrations create "Editors" and "Moderators" (page rights on the whole tree,
with a "Moderators approval" workflow on the root page, which every page inherits). Here
editors lose the right to delete media, and two groups are added: translators, who work
only in the English and German trees, and emergency publishers, who post alert banners only.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRANSLATED_LANGUAGES = ["en", "de"]


def _ensure_permissions(apps):
    # Permissions are normally created after all migrations; groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def _permission(apps, label):
    app_label, codename = label.split(".")
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def set_up_groups(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")

    editors, _created = Group.objects.get_or_create(name="Editors")
    for label in ("wagtailimages.delete_image", "wagtaildocs.delete_document"):
        editors.permissions.remove(_permission(apps, label))

    moderators, _created = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(_permission(apps, "portal.change_footersettings"))

    translators, _created = Group.objects.get_or_create(name="Translators")
    translators.permissions.add(
        *(
            _permission(apps, label)
            for label in (
                "wagtailadmin.access_admin",
                "wagtail_localize.submit_translation",
                "wagtailimages.choose_image",
                "wagtaildocs.choose_document",
            )
        )
    )
    root_collection = Collection.objects.get(depth=1)
    for label in ("wagtailimages.choose_image", "wagtaildocs.choose_document"):
        GroupCollectionPermission.objects.get_or_create(
            group=translators, collection=root_collection, permission=_permission(apps, label)
        )
    for home in Page.objects.filter(depth=2, locale__language_code__in=TRANSLATED_LANGUAGES):
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=translators, page=home, permission=_permission(apps, f"wagtailcore.{codename}")
            )

    emergency, _created = Group.objects.get_or_create(name="Emergency publishers")
    emergency.permissions.add(
        *(
            _permission(apps, label)
            for label in (
                "wagtailadmin.access_admin",
                "portal.add_alertbanner",
                "portal.change_alertbanner",
                "portal.delete_alertbanner",
                "portal.view_alertbanner",
            )
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_alert_banner"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(set_up_groups, migrations.RunPython.noop)]
