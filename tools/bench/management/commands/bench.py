"""Render each public page type through the whole stack and check it against its budget."""

import statistics
import time

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client

from portal.caching.tags import invalidate_everything_in

from ... import editors_at_work, registry, throughput
from ...budgets import discover
from ...sitemaps import check_sitemaps


class Command(BaseCommand):
    help = "Fill a scratch database (its name must end in _bench), render every page type, print figures."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=60, help="Timed renders per page type.")
        parser.add_argument("--keep", action="store_true", help="Reuse the existing bench database.")
        parser.add_argument("--no-throughput", action="store_true", help="Skip the gunicorn + wrk part.")
        parser.add_argument("--no-editors", action="store_true", help="Skip the editors-at-work scenarios.")

    def handle(self, *args, runs, keep, no_throughput, no_editors, **options):
        database = settings.DATABASES["default"]["NAME"]
        if not str(database).endswith("_bench"):
            raise CommandError(f"Refusing to benchmark in {database!r}: its name must end in _bench.")
        discover()
        if not keep:
            self._recreate_database(database)
            # Cached pages and parts of an earlier bench database would answer for this one.
            cache.clear()
            call_command("migrate", verbosity=0)
            call_command("load_demo_content", verbosity=0)
            for populate in registry.populators:
                self.stdout.write(f"Filling: {populate.__doc__ or populate.__name__}")
                populate()

        client = Client()
        failures = []
        self.stdout.write(
            f"\n{'page type':<28}{'status':>7}{'median ms':>11}{'p95 ms':>9}{'cold ms':>9}{'queries':>9}   budget"
        )
        for page in registry.page_budgets:
            url = page.url()
            status, median, p95, queries = self._measure(client, url, runs, cold=page.cold)
            # What the first reader after a change everything shows waits, for every page type.
            cold_median = self._measure(client, url, max(5, runs // 4), cold=True)[1]
            broken = []
            if status != 200:
                broken.append(f"status {status}")
            if queries > page.max_queries:
                broken.append(f"{queries} queries > {page.max_queries}")
            if median > page.max_median_ms:
                broken.append(f"median {median:.1f} ms > {page.max_median_ms} ms")
            if page.max_p95_ms is not None and p95 > page.max_p95_ms:
                broken.append(f"p95 {p95:.1f} ms > {page.max_p95_ms} ms")
            verdict = "ok" if not broken else "OVER: " + ", ".join(broken)
            p95_budget = f", p95 <= {page.max_p95_ms} ms" if page.max_p95_ms is not None else ""
            self.stdout.write(
                f"{page.name:<28}{status:>7}{median:>11.1f}{p95:>9.1f}{cold_median:>9.1f}{queries:>9}   "
                f"<= {page.max_queries} q, <= {page.max_median_ms} ms{p95_budget}  {verdict}"
            )
            if broken:
                failures.append(page.name)
        failures += self._sitemaps(client)
        failures += self._after_publication(client, runs)
        if not no_throughput:
            failures += self._throughput()
        if not no_editors:
            failures += self._editors_at_work()
        if failures:
            raise CommandError(f"Budget broken for: {', '.join(failures)}")
        self.stdout.write(self.style.SUCCESS("\nAll page types within budget."))

    def _after_publication(self, client, runs):
        """The first reader of a page after a publication it shows: the page's latest revision
        is published again before each timed render, so exactly what a correction invalidates
        (portal.caching.invalidation) is rebuilt and the rest is served from the cache."""
        pages = [page for page in registry.page_budgets if page.published is not None]
        self.stdout.write(f"\n{'first reader after a publication':<36}{'median ms':>11}{'p95 ms':>9}   budget")
        failures = []
        for page in pages:
            published = page.published()
            _status, median, p95, _queries = self._measure(
                client, page.url(), max(5, runs // 4), prepare=lambda published=published: publish_again(published)
            )
            over = median > page.max_after_publication_ms
            self.stdout.write(
                f"{page.name + ' (' + published.title[:20] + ')':<36}{median:>11.1f}{p95:>9.1f}   "
                f"<= {page.max_after_publication_ms} ms  " + (f"OVER: median {median:.1f} ms" if over else "ok")
            )
            if over:
                failures.append(f"{page.name} after a publication")
        return failures

    def _sitemaps(self, client):
        """The sitemap index and every sitemap it lists, valid by the protocol's schemas."""
        checked = check_sitemaps(client)
        self.stdout.write(
            f"\nSitemaps: {checked.urls:,} URLs in {checked.sitemaps} sitemaps listed by /sitemap.xml, "
            f"checked against the sitemap protocol's schemas: "
            + ("valid" if not checked.problems else "INVALID: " + "; ".join(checked.problems))
        )
        return ["sitemaps"] if checked.problems else []

    def _throughput(self):
        """Serve with gunicorn, load with wrk, and compare each page with the ceiling."""
        targets = {page.name: page for page in registry.page_budgets if page.min_uncached_share is not None}
        self.stdout.write(
            f"\nThroughput: gunicorn (2 workers, production settings) on loopback, wrk with "
            f"{throughput.CONNECTIONS} connections for {throughput.DURATION_SECONDS} s per URL"
        )
        results = throughput.measure([(name, page.url()) for name, page in targets.items()])
        ceilings = {result.cached: result.requests_per_second for result in results if result.name not in targets}
        self.stdout.write(
            f"{'page':<28}{'cache':>8}{'req/s':>9}{'share':>8}{'p50 ms':>8}{'p99 ms':>8}{'errors':>8}   budget"
        )
        failures = []
        for result in results:
            share = result.requests_per_second / ceilings[result.cached]
            broken = []
            if result.name in targets:
                needed = throughput.CACHED_MIN_SHARE if result.cached else targets[result.name].min_uncached_share
                if share < needed:
                    broken.append(f"share {share:.0%} < {needed:.0%}")
                if result.cached and result.p99_ms > throughput.MAX_P99_MS:
                    broken.append(f"p99 {result.p99_ms:.0f} ms > {throughput.MAX_P99_MS:.0f} ms")
                budget_text = f">= {needed:.0%}" + (f", p99 <= {throughput.MAX_P99_MS:.0f} ms" if result.cached else "")
            else:
                budget_text = "(ceiling)"
            if result.errors:
                broken.append(f"{result.errors} errors")
            self.stdout.write(
                f"{result.name:<28}{'cached' if result.cached else 'none':>8}{result.requests_per_second:>9.0f}"
                f"{share:>8.0%}{result.p50_ms:>8.1f}{result.p99_ms:>8.1f}{result.errors:>8}   {budget_text}"
                + ("  OVER: " + ", ".join(broken) if broken else "  ok")
            )
            if broken:
                failures.append(f"{result.name} ({'cached' if result.cached else 'uncached'})")
        return failures

    def _editors_at_work(self):
        """Readers over the long tail while an editor saves drafts, then publishes."""
        pages = [page for pages_of in registry.long_tails for page in pages_of()]
        paths = [page.url for page in pages]
        self.stdout.write(
            f"\nEditors at work: gunicorn (2 workers), wrk with {throughput.CONNECTIONS} connections over "
            f"{len(paths)} URLs at random, {editors_at_work.DURATION_SECONDS} s per scenario"
        )
        results = editors_at_work.measure(paths, pages[0].pk)
        self.stdout.write(f"{'scenario':<28}{'req/s':>9}{'share':>8}{'p50 ms':>8}{'p99 ms':>8}{'errors':>8}   budget")
        failures = []
        for result, share, broken in editors_at_work.verdicts(results):
            budget_text = (
                f">= {result.scenario.min_share_of_quiet:.0%} of quiet, p99 <= {editors_at_work.MAX_P99_MS:.0f} ms"
            )
            self.stdout.write(
                f"{result.scenario.name:<28}{result.requests_per_second:>9.0f}{share:>8.0%}{result.p50_ms:>8.1f}"
                f"{result.p99_ms:>8.1f}{result.errors:>8}   {budget_text}"
                + ("  OVER: " + ", ".join(broken) if broken else "  ok")
            )
            if broken:
                failures.append(f"editors at work: {result.scenario.name}")
        return failures

    @staticmethod
    def _measure(client, url, runs, cold=False, prepare=None):
        """(status, median ms, p95 ms, queries); `prepare()` runs before each timed render,
        by default invalidating everything cached when `cold`."""
        if prepare is None:
            prepare = invalidate_everything_in if cold else lambda: None

        for _warm_up in range(3):
            client.get(url)
        queries = []
        prepare()
        with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
            response = client.get(url)
        timings = []
        for _run in range(runs):
            prepare()
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


def publish_again(page):
    """A correction as an editor makes it: a new revision of the page, published."""
    page.refresh_from_db()
    page.save_revision().publish()
