"""Make sure an administrator can log in, without a password or secret in the repository."""

import secrets
from pathlib import Path

from django_otp.oath import TOTP

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from ...signin.policy import app_device, new_recovery_codes, pending_app_device

USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Create the 'admin' superuser with a random password and an authenticator secret stored in "
        "var/admin-credentials.txt; --code prints the current sign-in code for it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--code", action="store_true", help="Print the admin's current six-digit sign-in code.")

    def handle(self, *args, code, **options):
        credentials_file = Path(settings.BASE_DIR) / "var" / "admin-credentials.txt"
        if code:
            self.stdout.write(current_code(credentials_file))
            return
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            if credentials_file.exists():
                self.enrol_if_needed(User.objects.filter(username=USERNAME).first(), credentials_file)
                self.stdout.write(f"Admin credentials: {credentials_file}")
            else:
                self.stdout.write("A superuser exists already; its password is not known to this command.")
            return

        password = secrets.token_urlsafe(16)
        User.objects.create_superuser(USERNAME, "admin@localhost", password)
        credentials_file.parent.mkdir(parents=True, exist_ok=True)
        credentials_file.write_text(f"username: {USERNAME}\npassword: {password}\n")
        credentials_file.chmod(0o600)
        self.enrol_if_needed(User.objects.get(username=USERNAME), credentials_file)
        self.stdout.write(self.style.SUCCESS(f"Created user '{USERNAME}'; credentials in {credentials_file}"))

    def enrol_if_needed(self, user, credentials_file):
        """Give the demo admin an authenticator secret, so signing in needs no enrolment step."""
        if user is None or app_device(user) or "otpauth:" in credentials_file.read_text():
            return
        device = pending_app_device(user)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = new_recovery_codes(user)
        with credentials_file.open("a") as credentials:
            credentials.write(
                f"authenticator key: {device.key}\n"
                f"authenticator URI (scan or open in an app): {device.config_url}\n"
                f"recovery codes (each works once): {' '.join(codes)}\n"
                "current code: .venv/bin/python manage.py ensure_admin --code\n"
            )
        self.stdout.write(f"Sign-in code for '{USERNAME}': .venv/bin/python manage.py ensure_admin --code")


def current_code(credentials_file):
    """The six-digit code of the key in the credentials file (never read from the database)."""
    lines = credentials_file.read_text().splitlines() if credentials_file.exists() else []
    keys = [line.split(":", 1)[1].strip() for line in lines if line.startswith("authenticator key:")]
    if not keys:
        raise CommandError(f"No authenticator key in {credentials_file}: run `manage.py ensure_admin` first.")
    return f"{TOTP(bytes.fromhex(keys[0])).token():06d}"
