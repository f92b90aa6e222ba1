"""Users in the portal's editorial groups, and their sign-in, for admin tests."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP, hotp

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.test.client import ClientMixin

from portal.signin.policy import app_device, pending_app_device, second_factor_required

GROUPS = ("Editors", "Moderators", "Translators", "Emergency publishers")
PASSWORD = "not-a-real-password-123"

# Django's own force_login: the password step only (tests/conftest.py makes `force_login` do both).
password_only_login = ClientMixin.force_login


def user_in(group_name, username=None):
    """A user who belongs to one editorial group only (None: no group at all)."""
    username = username or (group_name or "nobody").lower().replace(" ", "-")
    user = get_user_model().objects.create_user(username, f"{username}@krakow.example", PASSWORD)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def enrolled_app(user):
    """The user's confirmed authenticator app, enrolled on the spot if they have none."""
    device = app_device(user)
    if device is None:
        device = pending_app_device(user)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    return device


def current_code(device):
    """The code the app shows now, or the next one if this one was used already (no replays)."""
    device.refresh_from_db()
    step = max(TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).t(), device.last_t + 1)
    return f"{hotp(device.bin_key, step, digits=device.digits):0{device.digits}d}"


def signed_in_with_both_factors(client, user, backend=None):
    """A finished sign-in: the password and, for a user who needs one, the second factor."""
    password_only_login(client, user, backend)
    if second_factor_required(user) or app_device(user):
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = enrolled_app(user).persistent_id
        session.save()


def client_for(role):
    """A test client signed in as one of the editorial groups, "superuser" or "anonymous"."""
    client = Client(HTTP_HOST="localhost")
    if role == "superuser":
        client.force_login(get_user_model().objects.create_superuser("root-user", "root@krakow.example", "x" * 16))
    elif role != "anonymous":
        client.force_login(user_in(role))
    return client
