"""Calendars as calendar programs read them: every .ics parses, and agrees with the listing."""

import datetime

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from tests.events.builders import category, event, events_index, venue

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def days(number):
    return TODAY + datetime.timedelta(days=number)


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    return calendar


def expanded_dates(component):
    """The local start dates a calendar program shows for a VEVENT (RRULE less EXDATE)."""
    start = component.decoded("DTSTART")
    if "RRULE" not in component:
        return [start.date() if isinstance(start, datetime.datetime) else start]
    rule = rrulestr(component["RRULE"].to_ical().decode(), dtstart=start)
    exdates = component.get("EXDATE")
    skipped = set()
    for group in exdates if isinstance(exdates, list) else [exdates] if exdates else []:
        skipped.update(item.dt for item in group.dts)
    return [moment.date() for moment in rule if moment not in skipped]


def test_an_events_ics_has_its_time_zone_dates_place_and_a_stable_uid(client):
    place = venue("en", "Nuremberg House")
    page = event("Days of Nuremberg", start=days(12), venue=place, organiser="Nuremberg House")
    calendar = parse(client, page.url + "calendar/")
    (component,) = calendar.walk("VEVENT")
    (zone,) = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/Warsaw"
    assert component["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert component.decoded("DTSTART").replace(tzinfo=None) == datetime.datetime.combine(days(12), datetime.time(18))
    assert str(component["SUMMARY"]) == "Days of Nuremberg"
    assert "Nuremberg House" in str(component["LOCATION"])
    assert component["GEO"].latitude == pytest.approx(50.06215)
    assert str(component["STATUS"]) == "CONFIRMED"
    assert component["UID"] == f"{page.translation_key}-en@events.krakow.pl"
    assert component["ORGANIZER"].params["CN"] == "Nuremberg House"


def test_each_published_change_raises_the_sequence_and_keeps_the_uid(client):
    page = event("Exchange with Frankfurt", start=days(9))
    first = parse(client, page.url + "calendar/").walk("VEVENT")[0]
    page.title = "Exchange with Frankfurt am Main"
    page.save_revision().publish()
    page.save_revision().publish()
    second = parse(client, page.url + "calendar/").walk("VEVENT")[0]
    assert first["SEQUENCE"] == 0
    assert second["SEQUENCE"] == 2
    assert second["UID"] == first["UID"]


def test_a_draft_change_does_not_raise_the_sequence(client):
    page = event("Forum", start=days(9))
    page.title = "Forum (draft)"
    page.save_revision()
    component = parse(client, page.url + "calendar/").walk("VEVENT")[0]
    assert component["SEQUENCE"] == 0
    assert str(component["SUMMARY"]) == "Forum"


def test_a_cancelled_event_says_so(client):
    page = event("Concert", start=days(4), status="cancelled")
    assert str(parse(client, page.url + "calendar/").walk("VEVENT")[0]["STATUS"]) == "CANCELLED"
    assert str(parse(client, "/en/events/calendar/").walk("VEVENT")[0]["STATUS"]) == "CANCELLED"


def test_an_all_day_event_has_dates_without_times(client):
    page = event("Festival day", start=days(6), end_date=days(7), all_day=True)
    component = parse(client, page.url + "calendar/").walk("VEVENT")[0]
    assert component.decoded("DTSTART") == days(6)
    assert component.decoded("DTEND") == days(8)  # the end of an all-day event is exclusive


def test_a_repeating_events_dates_agree_in_listing_feed_and_ics(client):
    page = event(
        "Language cafe",
        start=days(1),
        recurrence_rule="FREQ=WEEKLY;UNTIL=" + f"{days(40):%Y%m%d}",
        skipped=[days(15)],
    )
    listing = [
        occurrence.local_start.date() for occurrence, _event in client.get("/en/events/").context["results"].items
    ]
    ics = parse(client, page.url + "calendar/").walk("VEVENT")[0]
    feed = parse(client, "/en/events/calendar/").walk("VEVENT")[0]
    expected = [days(number) for number in (1, 8, 22, 29, 36)]
    assert listing == expected
    assert expanded_dates(ics) == expected
    assert expanded_dates(feed) == expected
    assert ics["RRULE"]["UNTIL"][0].tzinfo is not None  # UTC, as RFC 5545 asks with a TZID start


def test_the_feed_holds_the_same_events_as_the_listing_and_those_of_the_last_month(client):
    culture = category("en", "Culture")
    index = events_index("en")
    for number in range(14):
        event(f"Event {number}", start=days(number + 1), categories=[culture] if number % 2 else [], index=index)
    event("Just over", start=days(-3), index=index)
    event("Long over", start=days(-45), index=index)
    event("Draft", start=days(2), publish=False, index=index)
    listed = set()
    for page_number in (1, 2):
        response = client.get(f"/en/events/?page={page_number}")
        listed.update(page.title for _occurrence, page in response.context["results"].items)
    feed = {str(component["SUMMARY"]) for component in parse(client, "/en/events/calendar/").walk("VEVENT")}
    # A subscribed calendar keeps the dates of the month just gone, which the listing no longer shows.
    assert feed == listed | {"Just over"}
    assert len(listed) == 14
    in_category = {
        str(component["SUMMARY"]) for component in parse(client, "/en/events/category/culture/calendar/").walk("VEVENT")
    }
    listed_in_category = {
        page.title for _occurrence, page in client.get("/en/events/?category=culture").context["results"].items
    }
    assert in_category == listed_in_category == {f"Event {number}" for number in range(1, 14, 2)}


def test_pages_announce_their_calendars(client):
    page = event("Forum")
    listing = client.get("/en/events/").content.decode()
    assert 'rel="alternate" type="text/calendar"' in listing
    assert 'href="http://localhost/en/events/calendar/"' in listing
    content = client.get(page.url).content.decode()
    assert f'type="text/calendar" title="Forum" href="http://localhost{page.url}calendar/"' in content


def test_an_unknown_category_has_no_calendar(client):
    events_index("en")
    assert client.get("/en/events/category/nope/calendar/").status_code == 404
