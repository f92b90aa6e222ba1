"""Users in the portal's editorial groups, for admin tests."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

GROUPS = ("Editors", "Moderators", "Translators", "Emergency publishers")


def user_in(group_name, username=None):
    """A user who belongs to one editorial group only (None: no group at all)."""
    username = username or (group_name or "nobody").lower().replace(" ", "-")
    user = get_user_model().objects.create_user(username, f"{username}@krakow.example", "not-a-real-password-123")
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user
