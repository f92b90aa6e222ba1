"""Who must sign in with a second factor, and who has one."""

from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.utils import timezone

APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
RECOVERY_CODE_COUNT = 10


def second_factor_required(user):
    """Superusers and members of SECOND_FACTOR_REQUIRED_GROUPS may not use the admin without one."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name__in=settings.SECOND_FACTOR_REQUIRED_GROUPS).exists()


def app_device(user):
    """The user's confirmed authenticator app, or None."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def recovery_device(user):
    """The user's recovery codes, or None."""
    return StaticDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_app_device(user):
    """The authenticator app being set up: one secret per user until it is confirmed."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def new_recovery_codes(user):
    """Replace the user's recovery codes with fresh ones and return them (shown once)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [device.token_set.model.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    device.token_set.bulk_create([device.token_set.model(device=device, token=code) for code in codes])
    return codes


def forget_second_factor(user):
    """Remove every device of the user and end their sessions; the next sign-in enrols anew.

    Ending the sessions matters: whoever holds a session of the lost phone's owner could
    otherwise enrol an app of their own in it.
    """
    end_sessions(user)
    removed = 0
    for model in (TOTPDevice, StaticDevice):
        devices = model.objects.filter(user=user)
        removed += devices.count()
        devices.delete()
    return removed


def end_sessions(user):
    """Delete the user's sessions in the database session store."""
    if settings.SESSION_ENGINE != "django.contrib.sessions.backends.db":
        return
    from_user = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get(SESSION_KEY) == str(user.pk)
    ]
    Session.objects.filter(pk__in=from_user).delete()
