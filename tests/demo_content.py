"""Demo content loaded once for many tests that start from it, and rolled back after them."""

from contextlib import contextmanager

from django.core.management import call_command
from django.db import transaction


@contextmanager
def loaded_once(django_db_blocker, command):
    """What a demo command (`load_demo_content`, `demo_news`, ...) makes, inside a transaction
    rolled back at the end; tests inside it roll their own changes back to savepoints."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command(command, verbosity=0)
        yield
        transaction.set_rollback(True)
