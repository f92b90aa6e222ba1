"""Publish and unpublish scheduled pages every half minute, for setups without cron, and run
the jobs apps register (portal.scheduling.jobs), such as sending e-mail alerts.

Every app node may run it: on PostgreSQL an advisory lock lets exactly one of them publish at a
time, and another takes over within one interval when that node stops. Registered jobs run on
every node; each is safe to run in several processes at once.
"""

import time
from contextlib import contextmanager

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections, connection

from ...scheduling.jobs import run_scheduled_jobs

# Any fixed number identifies the lock; this one spells "KRK" in ASCII.
SCHEDULER_LOCK_ID = 0x4B524B


@contextmanager
def scheduler_lock():
    """True while this process holds the cluster-wide scheduler lock (always True on SQLite)."""
    if connection.vendor != "postgresql":
        yield True
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [SCHEDULER_LOCK_ID])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [SCHEDULER_LOCK_ID])


def publish_due_pages():
    """Run one round; returns False when another node holds the lock."""
    with scheduler_lock() as acquired:
        if acquired:
            call_command("publish_scheduled", verbosity=0)
        return acquired


class Command(BaseCommand):
    help = "Run Wagtail's publish_scheduled and the apps' scheduled jobs in a loop (make run starts it)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=30, help="Seconds between runs.")

    def handle(self, *args, interval, **options):
        self.stdout.write(f"Scheduler: publishing scheduled pages every {interval} s")
        while True:
            try:
                publish_due_pages()
                run_scheduled_jobs()
            except DatabaseError as error:
                # A database restart must not end the loop: try again next round.
                self.stderr.write(f"Scheduler: database unavailable ({error}); retrying")
            finally:
                close_old_connections()
            time.sleep(interval)
