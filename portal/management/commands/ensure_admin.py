"""Make sure an administrator can log in, without a password in the repository."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the 'admin' superuser with a random password stored in var/admin-credentials.txt."

    def handle(self, *args, **options):
        credentials_file = Path(settings.BASE_DIR) / "var" / "admin-credentials.txt"
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            if credentials_file.exists():
                self.stdout.write(f"Admin credentials: {credentials_file}")
            else:
                self.stdout.write("A superuser exists already; its password is not known to this command.")
            return

        password = secrets.token_urlsafe(16)
        User.objects.create_superuser("admin", "admin@localhost", password)
        credentials_file.parent.mkdir(parents=True, exist_ok=True)
        credentials_file.write_text(f"username: admin\npassword: {password}\n")
        credentials_file.chmod(0o600)
        self.stdout.write(self.style.SUCCESS(f"Created user 'admin'; credentials in {credentials_file}"))
