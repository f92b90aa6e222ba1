"""The events listing: occurrences on their dates, upcoming first, filters, the archive and bad input."""

import datetime

import pytest

from django.test import TestCase

from events.filters import EventFilter
from tests.builders import make_private
from tests.events.builders import category, event, events_index, venue

TODAY = datetime.date.today()


def days(number):
    return TODAY + datetime.timedelta(days=number)


def coming_saturday():
    return TODAY if TODAY.weekday() == 5 else days((5 - TODAY.weekday()) % 7 or 7) if TODAY.weekday() != 6 else TODAY


def listed_titles(response):
    return [title for _occurrence, title in listed(response)]


def listed(response):
    """[(local start date, event title)] of the listing page, in order."""
    return [(occurrence.local_start.date(), page.title) for occurrence, page in response.context["results"].items]


class ListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        index = events_index("en")
        cls.culture = category("en", "Culture")
        cls.step_free = venue("en", "ICE Congress Centre", step_free=True)
        cls.stairs = venue("en", "Old cellar", step_free=False)
        event("Forum", start=days(20), venue=cls.step_free, categories=[cls.culture], index=index)
        event("Book fair", start=days(5), venue=cls.stairs, is_free=False, price="20 zł", index=index)
        event(
            "Language cafe",
            start=days(1),
            recurrence_rule="FREQ=WEEKLY;COUNT=4",
            skipped=[days(8)],
            venue=cls.step_free,
            index=index,
        )
        event("Last year's meeting", start=days(-30), index=index)
        event("Cancelled concert", start=days(3), status="cancelled", index=index)
        event("Draft plan", start=days(2), publish=False, index=index)
        make_private(event("Staff party", start=days(2), index=index))

    def test_upcoming_occurrences_come_soonest_first_each_on_its_date(self):
        response = self.client.get("/en/events/", HTTP_HOST="localhost")
        assert response.status_code == 200
        assert listed(response) == [
            (days(1), "Language cafe"),
            (days(3), "Cancelled concert"),
            (days(5), "Book fair"),
            (days(15), "Language cafe"),
            (days(20), "Forum"),
            (days(22), "Language cafe"),
        ]

    def test_a_cancelled_event_is_listed_and_marked_cancelled(self):
        content = self.client.get("/en/events/", HTTP_HOST="localhost").content.decode()
        assert "Cancelled concert" in content
        assert 'event-status--cancelled"><strong>Cancelled</strong>' in content

    def test_drafts_and_private_events_are_not_listed(self):
        content = self.client.get("/en/events/", HTTP_HOST="localhost").content.decode()
        assert "Draft plan" not in content
        assert "Staff party" not in content

    def test_the_past_archive_lists_what_has_ended_newest_first(self):
        response = self.client.get("/en/events/?when=past", HTTP_HOST="localhost")
        assert listed_titles(response) == ["Last year's meeting"]

    def test_free_and_step_free_filters(self):
        free = listed_titles(self.client.get("/en/events/?free=1", HTTP_HOST="localhost"))
        assert "Book fair" not in free and "Forum" in free
        step_free = listed_titles(self.client.get("/en/events/?step_free=1", HTTP_HOST="localhost"))
        assert set(step_free) == {"Forum", "Language cafe"}

    def test_category_filter(self):
        response = self.client.get("/en/events/?category=culture", HTTP_HOST="localhost")
        assert listed_titles(response) == ["Forum"]

    def test_date_range_and_month_filters(self):
        response = self.client.get(f"/en/events/?from={days(4)}&to={days(16)}", HTTP_HOST="localhost")
        assert listed(response) == [(days(5), "Book fair"), (days(15), "Language cafe")]
        month = days(20)
        response = self.client.get(f"/en/events/?month={month:%Y-%m}", HTTP_HOST="localhost")
        assert (month, "Forum") in listed(response)
        assert all(day.month == month.month for day, _title in listed(response))

    def test_today_and_weekend_cover_their_days(self):
        start, end = EventFilter(when="weekend").window()
        assert start.weekday() == 5 or (TODAY.weekday() == 6 and start.date() == TODAY)
        assert (end - start).days <= 2
        start, end = EventFilter(when="today").window()
        assert start.date() == TODAY and (end - start).days == 1
        assert self.client.get("/en/events/?when=today", HTTP_HOST="localhost").status_code == 200
        assert self.client.get("/en/events/?when=weekend&step_free=1", HTTP_HOST="localhost").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "when=tomorrow",
        "month=2026-13",
        "month=May",
        "from=yesterday",
        "to=2026-02-30",
        "from=2026-05-02&to=2026-05-01",
        "category=nope",
        "free=maybe",
        "step_free=2",
        "from=1066-10-14",
    ],
)
@pytest.mark.django_db
def test_a_filter_that_means_nothing_is_a_400_with_a_message(client, query):
    events_index("en")
    response = client.get(f"/en/events/?{query}")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1.5", ""])
@pytest.mark.django_db
def test_a_page_number_that_is_not_one_gives_the_first_page(client, page):
    event("Forum")
    response = client.get(f"/en/events/?page={page}")
    assert response.status_code == 200
    assert response.context["occurrences"].number == 1


@pytest.mark.django_db
def test_twelve_dates_a_page(client):
    event("Daily workshop", start=days(1), recurrence_rule="FREQ=DAILY;COUNT=30")
    first = client.get("/en/events/")
    second = client.get("/en/events/?page=3")
    assert len(first.context["results"].items) == 12
    assert first.context["occurrences"].paginator.count == 30
    assert [day for day, _title in listed(second)] == [days(number) for number in range(25, 31)]


@pytest.mark.django_db
def test_a_long_listing_counts_its_dates_only_so_far_and_says_there_are_more(client, monkeypatch):
    monkeypatch.setattr("events.listing.COUNTED_AT_MOST", 3)
    events_index("en")
    for number in range(3):
        event(f"Talk {number}", start=days(number + 1))
    assert "3 dates" in client.get("/en/events/").content.decode()

    event("Talk 3", start=days(4))
    body = client.get("/en/events/").content.decode()
    assert "More than 3 dates" in body
    assert "4 dates" not in body
