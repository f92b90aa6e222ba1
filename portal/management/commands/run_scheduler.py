"""Publish and unpublish scheduled pages every half minute, for setups without cron."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections


class Command(BaseCommand):
    help = "Run Wagtail's publish_scheduled in a loop (make run starts it beside the server)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=30, help="Seconds between runs.")

    def handle(self, *args, interval, **options):
        self.stdout.write(f"Scheduler: publishing scheduled pages every {interval} s")
        while True:
            try:
                call_command("publish_scheduled", verbosity=0)
            except DatabaseError as error:
                # A database restart must not end the loop: try again next round.
                self.stderr.write(f"Scheduler: database unavailable ({error}); retrying")
            finally:
                close_old_connections()
            time.sleep(interval)
