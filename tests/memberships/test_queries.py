"""The directory and relation pages cost a fixed number of queries, however big the registry grows.

Counted without the whole-page cache and with the registry's own caches empty; only the site
chrome every page shares (navigation, footer) is warmed first, by a visit to the home page.
"""

import datetime

from django.core.cache import cache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.events.builders import event, venue
from tests.memberships.builders import city, directory, network, news_article, relation

# Twelve for the page and its registry, one for the partnership's events (events.sections).
MAX_QUERIES = 13
D = datetime.date


@override_settings(PAGE_CACHE_ENABLED=False)
class QueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = directory("en")

    def queries_for(self, url):
        # The first round fills what lives for the whole process (content types, site lookups);
        # the second, counted, starts again from an empty cache.
        for _round in range(2):
            cache.clear()
            self.client.get("/en/")
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(url)
        assert response.status_code == 200
        return len(queries)

    def add_relations(self, count, steps=3):
        for number in range(count):
            relation(
                self.index,
                f"City {number}",
                partner_city=city("en", f"City {number}", latitude=40 + number % 15, longitude=-5 + number % 30),
                history=[(D(1990 + step, 1, 1), f"Step {step}") for step in range(steps)],
            )

    def test_the_directory_costs_the_same_with_two_or_forty_relations(self):
        self.add_relations(2)
        small = self.queries_for(self.index.url)
        filtered_small = self.queries_for(self.index.url + "?country=DE&type=city_partnership&q=city")

        self.add_relations(38, steps=6)
        relation(self.index, "Eurocities", partner_network=network("en", "Eurocities"))
        large = self.queries_for(self.index.url)
        filtered_large = self.queries_for(self.index.url + "?country=DE&type=city_partnership&q=city")

        assert small == large <= MAX_QUERIES
        assert filtered_small == filtered_large <= MAX_QUERIES

    def test_a_relation_page_costs_the_same_with_one_step_or_many_steps_facts_articles_and_events(self):
        today = datetime.date.today()
        logo = Image.objects.create(title="Logo", file=get_test_image_file())
        small = relation(
            self.index,
            "Small network",
            partner_network=network("en", "Small", facts=[("10", "cities", today)], logo=logo),
            history=[(D(2020, 1, 1), "Joined")],
        )
        large = relation(
            self.index,
            "Large network",
            partner_network=network(
                "en", "Large", facts=[(str(n), "things", D(2000 + n, 1, 1)) for n in range(12)], logo=logo
            ),
            history=[(D(1980 + n, 1, 1), f"Step {n}") for n in range(30)],
        )
        for number in range(8):
            news_article([large], f"Article {number}", D(2024, 1, 1 + number))
        hall = venue("en", "City Hall")
        event("Weekly meeting", relations=[large], venue=hall, recurrence_rule="FREQ=WEEKLY;COUNT=30")
        event("Past forum", relations=[large], venue=hall, start=today - datetime.timedelta(days=400))
        event("Coming forum", relations=[large], start=today + datetime.timedelta(days=3))

        assert self.queries_for(small.url) == self.queries_for(large.url) <= MAX_QUERIES

    def test_a_city_relation_page_stays_within_budget(self):
        page = relation(
            self.index,
            "Nuremberg",
            partner_city=city("en"),
            history=[(D(1979 + n, 10, 2), f"Step {n}") for n in range(10)],
        )
        news_article([page], "Twin cities meet", D(2025, 6, 1))

        assert self.queries_for(page.url) <= MAX_QUERIES
