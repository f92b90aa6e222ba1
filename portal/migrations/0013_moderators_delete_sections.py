"""Moderators may delete a page together with its subpages (Wagtail's "bulk delete" right).

Wagtail's migrations give Moderators add, edit, publish, lock and unlock on the root page, so
a Moderator could delete a news section only page by page. Deleting and moving stay with
publishers (see portal.permissions.page_rights); Editors get neither.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs this one now.
    app_config = apps.get_app_config("wagtailcore")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    bulk_delete = Permission.objects.get(content_type__app_label="wagtailcore", codename="bulk_delete_page")
    moderators = Group.objects.filter(name="Moderators").first()
    root = Page.objects.filter(depth=1).first()
    if moderators and root:
        GroupPagePermission.objects.get_or_create(group=moderators, page=root, permission=bulk_delete)


def revoke(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(
        group__name="Moderators", page__depth=1, permission__codename="bulk_delete_page"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0012_field_labels"),
        ("wagtailcore", "0084_add_default_page_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
