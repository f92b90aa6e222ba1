"""The calendar's pages cost the same number of SQL queries with few events as with many."""

import datetime

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.events.builders import category, event, events_index, venue

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12
PATHS = {
    "listing": "/en/events/",
    "filtered": "/en/events/?step_free=1&category=culture",
    "event": None,  # the first event written
    "event calendar": "calendar",
    "feed": "/en/events/calendar/",
    "category feed": "/en/events/category/culture/calendar/",
    "home": "/en/",
}


def add_events(culture, place, start, count):
    today = datetime.date.today()
    for number in range(start, start + count):
        event(
            f"Event {number}",
            start=today + datetime.timedelta(days=1 + number % 40),
            categories=[culture],
            venue=place,
            recurrence_rule="FREQ=WEEKLY;COUNT=6" if number % 3 == 0 else "",
        )


def queries(client, path):
    """(queries with empty caches, queries once the cached parts are filled) of one page."""
    client.get(path)
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        response = client.get(path)
    assert response.status_code == 200
    with CaptureQueriesContext(connection) as warm:
        client.get(path)
    return len(cold), len(warm)


@pytest.mark.parametrize("page", PATHS)
@pytest.mark.usefixtures("uncached_pages")
def test_queries_do_not_grow_with_the_number_of_events_and_dates(client, page):
    culture = category("en", "Culture")
    place = venue("en")
    events_index("en")
    counts = {}
    for total, added in ((4, 4), (30, 26)):
        add_events(culture, place, total - added, added)
        first = events_index("en").get_children().order_by("path").first().specific
        path = {None: first.url, "calendar": first.url + "calendar/"}.get(PATHS[page], PATHS[page])
        counts[total] = queries(client, path)

    assert counts[4] == counts[30]
    assert counts[30][1] <= MAX_QUERIES
