"""Forget a user's authenticator app and recovery codes, e.g. after a lost phone."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from ...policy import forget_second_factor, second_factor_required


class Command(BaseCommand):
    help = "Remove a user's two-factor devices; their next sign-in sets up a new authenticator app."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist as error:
            raise CommandError(f"No user called {username!r}.") from error
        removed = forget_second_factor(user)
        if not removed:
            self.stdout.write(f"{username} had no two-factor devices.")
            return
        then = (
            "must set up a new app at the next sign-in"
            if second_factor_required(user)
            else "signs in with the password only"
        )
        self.stdout.write(self.style.SUCCESS(f"Removed the two-factor devices of {username}; they {then}."))
