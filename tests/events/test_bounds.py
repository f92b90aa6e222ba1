"""The calendar's costs are bounded: the feed holds a window of dates and a capped number of
events, built from entries cached apart; the listing counts its dates once per change; the
venue list names only this language's venues with dates ahead."""

import datetime

import pytest
from icalendar import Calendar

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from events import calendars, venue_map
from tests.events.builders import category, event, events_index, venue

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def days(number):
    return TODAY + datetime.timedelta(days=number)


def feed_titles(client, path="/en/events/calendar/"):
    response = client.get(path)
    assert response.status_code == 200
    return [str(component["SUMMARY"]) for component in Calendar.from_ical(response.content).walk("VEVENT")]


def test_the_feed_holds_the_month_gone_and_the_twelve_months_ahead(client):
    event("Ten days ago", start=days(-10))
    event("Forty days ago", start=days(-40))
    event("In ten months", start=days(300))
    event("In two years", start=days(730))
    event("Under way", start=days(-45), end_date=days(3))
    event("Weekly since spring", start=days(-120), recurrence_rule="FREQ=WEEKLY")
    event("Weekly, over long ago", start=days(-120), recurrence_rule="FREQ=WEEKLY;COUNT=3")
    assert set(feed_titles(client)) == {"Ten days ago", "In ten months", "Under way", "Weekly since spring"}
    # The listing itself still shows what is further ahead.
    assert "In two years" in client.get("/en/events/?from=" + days(700).isoformat()).content.decode()


def test_with_the_cap_lowered_the_feed_keeps_the_soonest_events(client, monkeypatch):
    culture = category("en", "Culture")
    event("Tomorrow", start=days(1), categories=[culture])
    event("Weekly, next in two days", start=days(-12), recurrence_rule="FREQ=WEEKLY", categories=[culture])
    event("In three weeks", start=days(21), categories=[culture])
    event("Five days ago", start=days(-5), categories=[culture])
    monkeypatch.setattr(calendars, "FEED_MAX_EVENTS", 2)
    # Ranked by their next date, not their first: the weekly event started twelve days ago.
    assert feed_titles(client) == ["Tomorrow", "Weekly, next in two days"]
    assert feed_titles(client, "/en/events/category/culture/calendar/") == ["Tomorrow", "Weekly, next in two days"]
    monkeypatch.setattr(calendars, "FEED_MAX_EVENTS", 4)
    event("Publication", start=days(200))  # a publication rebuilds it, with the new cap
    # The dates to come outrank those just gone: the past one goes first when the cap bites.
    assert feed_titles(client) == ["Tomorrow", "Weekly, next in two days", "In three weeks", "Publication"]


def test_a_publication_rebuilds_only_the_feed_entry_it_changed(client, monkeypatch):
    pages = [event(f"Event {number}", start=days(number + 1)) for number in range(5)]
    assert len(feed_titles(client)) == 5
    built = []
    real_vevent = calendars.vevent

    def counting_vevent(page, request):
        built.append(page.pk)
        return real_vevent(page, request)

    monkeypatch.setattr(calendars, "vevent", counting_vevent)
    changed = pages[2]
    changed.title = "Event 2, moved indoors"
    changed.save_revision().publish()
    titles = feed_titles(client)
    assert built == [changed.pk]
    assert sorted(titles) == ["Event 0", "Event 1", "Event 2, moved indoors", "Event 3", "Event 4"]


def test_the_feed_reads_the_site_root_once_however_many_events_it_holds(client, monkeypatch):
    real = Site.get_site_root_paths
    calls = []

    def counting():
        calls.append(1)
        return real()

    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(counting))
    counts = {}
    for total, added in ((2, 2), (8, 6)):
        for number in range(added):
            event(f"Event {total}-{number}", start=days(3))
        calls.clear()
        assert len(feed_titles(client)) == total
        counts[total] = len(calls)
    assert counts[2] == counts[8]


@pytest.mark.usefixtures("uncached_pages")
def test_the_listing_counts_its_dates_once_until_something_changes(client):
    event("Walk", start=days(1), recurrence_rule="FREQ=WEEKLY;COUNT=3")
    assert "3 dates" in client.get("/en/events/").content.decode()
    with CaptureQueriesContext(connection) as warm:
        assert "3 dates" in client.get("/en/events/").content.decode()
    assert not [query for query in warm.captured_queries if "COUNT(" in query["sql"].upper()]
    event("Talk", start=days(2))
    assert "4 dates" in client.get("/en/events/").content.decode()


def test_the_venue_list_names_this_languages_venues_with_dates_ahead(client):
    hall = venue("en", "Congress hall")
    cellar = venue("en", "Old cellar")
    saal = venue("de", "Kongresssaal", translation_key=hall.translation_key)
    unused = venue("en", "Empty barn")
    event("Forum", start=days(4), venue=hall)
    event("Jazz, long ago", start=days(-20), venue=cellar)
    event("Forum (de)", language="de", start=days(4), venue=saal)
    html = client.get("/en/events/").content.decode()
    venues = html[html.index('class="venue-list"') :]
    assert f'id="venue-{hall.pk}"' in venues
    for absent in (cellar, saal, unused):
        assert f'id="venue-{absent.pk}"' not in venues


def test_the_venue_map_is_drawn_again_only_when_other_venues_have_dates_ahead(client, monkeypatch):
    hall = venue("en", "Congress hall")
    cellar = venue("en", "Old cellar")
    event("Forum", start=days(4), venue=hall)
    assert f'id="venue-{hall.pk}"' in client.get("/en/events/").content.decode()
    drawn = []
    real_render = venue_map.render

    def counting_render(venues, *args, **kwargs):
        drawn.append([place.pk for place in venues])
        return real_render(venues, *args, **kwargs)

    monkeypatch.setattr(venue_map, "render", counting_render)
    event("Second forum", start=days(6), venue=hall)
    assert "Second forum" in client.get("/en/events/").content.decode()
    assert drawn == []  # the same venues as before: the drawn part is reused
    event("Jazz night", start=days(8), venue=cellar)
    html = client.get("/en/events/").content.decode()
    assert f'id="venue-{cellar.pk}"' in html[html.index('class="venue-list"') :]
    assert drawn == [[hall.pk, cellar.pk]]


def test_a_listing_in_another_language_shows_what_is_published_in_it(client):
    hall = venue("pl", "Sala kongresowa")
    event("Koncert", language="pl", start=days(3))
    url = events_index("pl").url
    assert "Koncert" in client.get(url).content.decode()
    event("Wykład", language="pl", start=days(4), venue=hall)
    html = client.get(url).content.decode()
    assert "Wykład" in html
    assert f'id="venue-{hall.pk}"' in html
