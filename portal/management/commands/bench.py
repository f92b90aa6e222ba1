"""Render each public page type through the whole stack and check it against its budget."""

import statistics
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.utils.module_loading import autodiscover_modules

from ... import benchmarking


class Command(BaseCommand):
    help = "Fill a scratch database (its name must end in _bench), render every page type, print figures."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=60, help="Timed renders per page type.")
        parser.add_argument("--keep", action="store_true", help="Reuse the existing bench database.")

    def handle(self, *args, runs, keep, **options):
        database = settings.DATABASES["default"]["NAME"]
        if not str(database).endswith("_bench"):
            raise CommandError(f"Refusing to benchmark in {database!r}: its name must end in _bench.")
        autodiscover_modules("bench")
        if not keep:
            self._recreate_database(database)
            call_command("migrate", verbosity=0)
            call_command("load_demo_content", verbosity=0)
            for populate in benchmarking.populators:
                self.stdout.write(f"Filling: {populate.__doc__ or populate.__name__}")
                populate()

        client = Client()
        failures = []
        self.stdout.write(f"\n{'page type':<28}{'status':>7}{'median ms':>11}{'p95 ms':>9}{'queries':>9}   budget")
        for page in benchmarking.page_budgets:
            url = page.url()
            status, median, p95, queries = self._measure(client, url, runs)
            broken = []
            if status != 200:
                broken.append(f"status {status}")
            if queries > page.max_queries:
                broken.append(f"{queries} queries > {page.max_queries}")
            if median > page.max_median_ms:
                broken.append(f"median {median:.1f} ms > {page.max_median_ms} ms")
            verdict = "ok" if not broken else "OVER: " + ", ".join(broken)
            self.stdout.write(
                f"{page.name:<28}{status:>7}{median:>11.1f}{p95:>9.1f}{queries:>9}   "
                f"<= {page.max_queries} q, <= {page.max_median_ms} ms  {verdict}"
            )
            if broken:
                failures.append(page.name)
        if failures:
            raise CommandError(f"Budget broken for: {', '.join(failures)}")
        self.stdout.write(self.style.SUCCESS("\nAll page types within budget."))

    @staticmethod
    def _measure(client, url, runs):
        for _warm_up in range(3):
            client.get(url)
        queries = []
        with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
            response = client.get(url)
        timings = []
        for _run in range(runs):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        p95 = statistics.quantiles(timings, n=20)[-1]
        return response.status_code, statistics.median(timings), p95, len(queries)

    @staticmethod
    def _recreate_database(database):
        connection.close()
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{database}"')
