"""Moderators read page feedback, mark it handled and delete it; nobody adds answers in the admin.

The editor-in-chief's role: Moderators already approve what is published. Editors,
Translators and Emergency publishers get nothing: comments may carry what residents should not
have written (names, addresses), so they go to the fewest people, who also sign in with two
factors. Superusers see everything anyway.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Moderators"]
CODENAMES = ["view_feedbackanswer", "change_feedbackanswer", "delete_feedbackanswer"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs them now.
    app_config = apps.get_app_config("portal")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="portal", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="portal", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0021_feedback_answers"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
