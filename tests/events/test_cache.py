"""Cached listings, calendars and sections change as soon as what they show is published or edited."""

import datetime

import pytest
from icalendar import Calendar

from events.cache_tags import dates_tag
from portal.caching.tags import versions
from tests.builders import home
from tests.events.builders import category, event, venue

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def test_a_newly_published_event_reaches_the_cached_listing_feed_and_home_page(client):
    event("First", start=TODAY + datetime.timedelta(days=3))
    home("en")
    for path in ("/en/events/", "/en/events/calendar/", "/en/"):
        assert "Second" not in client.get(path).content.decode()
    event("Second", start=TODAY + datetime.timedelta(days=4))
    for path in ("/en/events/", "/en/events/calendar/", "/en/"):
        assert "Second" in client.get(path).content.decode(), path


def test_editing_a_venue_changes_the_step_free_filter_and_the_event_page(client):
    place = venue("en", "Old cellar", step_free=False)
    page = event("Jazz night", venue=place)
    assert "Jazz night" not in client.get("/en/events/?step_free=1").content.decode()
    assert "Step-free entrance: no" in client.get(page.url).content.decode()
    place.step_free_entrance = True
    place.save()
    assert "Jazz night" in client.get("/en/events/?step_free=1").content.decode()
    assert "Step-free entrance: yes" in client.get(page.url).content.decode()


def test_cancelling_a_published_event_reaches_its_cached_ics(client):
    page = event("Concert", start=TODAY + datetime.timedelta(days=5))
    first = Calendar.from_ical(client.get(page.url + "calendar/").content).walk("VEVENT")[0]
    page.status = "cancelled"
    page.save_revision().publish()
    second = Calendar.from_ical(client.get(page.url + "calendar/").content).walk("VEVENT")[0]
    assert (str(first["STATUS"]), str(second["STATUS"])) == ("CONFIRMED", "CANCELLED")
    assert second["SEQUENCE"] > first["SEQUENCE"]


def test_skipping_one_date_of_a_repeating_event_reaches_listing_and_feed(client):
    page = event("Walk", start=TODAY + datetime.timedelta(days=1), recurrence_rule="FREQ=WEEKLY;COUNT=3")
    skipped = TODAY + datetime.timedelta(days=8)
    assert len(client.get("/en/events/").context["results"].items) == 3
    page = page.specific
    page.skipped_dates.add(type(page).skipped_dates.rel.related_model(date=skipped))
    page.save_revision().publish()
    days = [occurrence.local_start.date() for occurrence, _e in client.get("/en/events/").context["results"].items]
    assert skipped not in days and len(days) == 2
    feed = Calendar.from_ical(client.get("/en/events/calendar/").content).walk("VEVENT")[0]
    assert [item.dt.date() for item in feed["EXDATE"].dts] == [skipped]


def listing_titles(client, path="/en/events/"):
    return [listed.title for _occurrence, listed in client.get(path).context["results"].items]


def feed_summaries(client, path="/en/events/calendar/"):
    return [str(entry["SUMMARY"]) for entry in Calendar.from_ical(client.get(path).content).walk("VEVENT")]


def test_a_correction_keeps_the_cached_choice_of_dates_and_still_shows_the_new_title(client):
    soon = event("Lecture", start=TODAY + datetime.timedelta(days=2))
    event("Concert", start=TODAY + datetime.timedelta(days=6))
    assert listing_titles(client) == ["Lecture", "Concert"]
    assert feed_summaries(client) == ["Lecture", "Concert"]
    before = versions([dates_tag("en")])

    soon.refresh_from_db()
    soon.title = "Public lecture"
    soon.save_revision().publish()
    assert versions([dates_tag("en")]) == before  # the order of dates is not chosen again
    assert listing_titles(client) == ["Public lecture", "Concert"]
    assert feed_summaries(client) == ["Public lecture", "Concert"]


@pytest.mark.parametrize(
    "change",
    [
        {"start_date": TODAY + datetime.timedelta(days=9), "end_date": TODAY + datetime.timedelta(days=9)},
        {"recurrence_rule": "FREQ=DAILY;COUNT=2"},
        {"is_free": False, "price": "20 zł"},
    ],
)
def test_a_change_of_dates_or_of_what_the_filters_read_chooses_the_dates_again(client, change):
    soon = event("Lecture", start=TODAY + datetime.timedelta(days=2))
    event("Concert", start=TODAY + datetime.timedelta(days=6))
    listing_titles(client)
    before = versions([dates_tag("en")])
    soon.refresh_from_db()
    for name, value in change.items():
        setattr(soon, name, value)
    soon.save_revision().publish()
    assert versions([dates_tag("en")]) != before
    if "start_date" in change:
        assert listing_titles(client) == ["Concert", "Lecture"]
        assert feed_summaries(client) == ["Concert", "Lecture"]
    if "is_free" in change:
        assert listing_titles(client, "/en/events/?free=1") == ["Concert"]


def test_an_unpublished_event_leaves_listing_feed_and_category_feed_at_once(client):
    talks = category("en", "Talks")
    soon = event("Lecture", start=TODAY + datetime.timedelta(days=2), categories=[talks])
    event("Concert", start=TODAY + datetime.timedelta(days=6))
    category_feed = f"/en/events/category/{talks.slug}/calendar/"
    assert feed_summaries(client, category_feed) == ["Lecture"]
    assert "Lecture" in listing_titles(client)
    soon.unpublish()
    assert listing_titles(client) == ["Concert"]
    assert feed_summaries(client) == ["Concert"]
    assert feed_summaries(client, category_feed) == []
