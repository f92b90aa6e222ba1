"""A resident looks for something step-free to do this weekend, opens it and adds it to a calendar.

The demo calendar is dated from the day it loads, and none of its step-free events falls on
the coming weekend, so this module serves its own copy of the demo with a few weekend events
added (one step-free, one repeating and step-free, one up three steps). The shared demo site
of `demo_site/` is read-only; this one is emptied again when the module ends.
"""

import datetime
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from django.utils import timezone, translation
from django.utils.translation import gettext

from events.models import EventIndexPage, EventOccurrence, EventPage, Venue
from tests.events.builders import event

from .public_pages import AUDIT_DB, served_demo_content

pytestmark = AUDIT_DB

# Where the screenshot tests put their pictures (git-ignored).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SINGLE_EVENT = "Spacer z przewodnikiem: Rynek bez barier"
REPEATING_EVENT = "Czytanie bajek w Pałacu Krzysztofory"
UP_THE_STEPS = "Warsztaty pieczenia pierników norymberskich"


def weekend_days(today):
    """The days of "this weekend" as a resident means it: the coming Saturday and Sunday, or
    the rest of the weekend once it has begun."""
    days = []
    day = today
    while not days or days[-1].weekday() != 6:
        if day.weekday() >= 5:
            days.append(day)
        day += datetime.timedelta(days=1)
    return days


def polish_venue(name):
    return Venue.objects.get(locale__language_code="pl", name=name)


def add_weekend_events(days):
    """Events the demo lacks: on the weekend, at a step-free venue and at one with steps."""
    index = EventIndexPage.objects.get(locale__language_code="pl")
    palace = polish_venue("Pałac Krzysztofory")
    event(
        SINGLE_EVENT,
        language="pl",
        index=index,
        start=days[-1],
        start_time=datetime.time(11),
        end_time=datetime.time(13),
        venue=palace,
        lead="Przewodnik prowadzi trasą bez schodów i krawężników.",
    )
    event(
        REPEATING_EVENT,
        language="pl",
        index=index,
        start=days[0] - datetime.timedelta(weeks=2),
        start_time=datetime.time(10),
        end_time=datetime.time(11),
        recurrence_rule="FREQ=WEEKLY;COUNT=6",
        venue=palace,
        lead="Co sobotę bajki czytane na głos dla dzieci i rodziców; sala na parterze.",
    )
    event(
        UP_THE_STEPS,
        language="pl",
        index=index,
        start=days[0],
        start_time=datetime.time(15),
        end_time=datetime.time(17),
        venue=polish_venue("Dom Norymberski"),
    )


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The demo with the weekend events, committed and served for this module only."""
    with served_demo_content(django_db_blocker) as server:
        add_weekend_events(weekend_days(timezone.localdate()))
        yield server


def titles_on(days, **conditions):
    """Titles of the live Polish events with a date on `days`, in the order of their dates."""
    start = timezone.make_aware(datetime.datetime.combine(days[0], datetime.time(0)))
    end = timezone.make_aware(datetime.datetime.combine(days[-1] + datetime.timedelta(days=1), datetime.time(0)))
    events = EventPage.objects.live().public().filter(locale__language_code="pl", **conditions)
    occurrences = EventOccurrence.objects.filter(event__in=events, start__lt=end, end__gt=start)
    return list(occurrences.order_by("start", "id").values_list("event__title", flat=True))


def polish(text):
    with translation.override("pl"):
        return gettext(text)


def test_resident_finds_step_free_events_this_weekend_and_adds_one_to_a_calendar(site, page):
    days = weekend_days(timezone.localdate())
    expected = titles_on(days, venue__step_free_entrance=True)
    assert SINGLE_EVENT in expected and REPEATING_EVENT in expected
    # The filter has something to leave out: an event up some steps that weekend.
    assert UP_THE_STEPS in titles_on(days, venue__step_free_entrance=False)
    listing = EventIndexPage.objects.get(locale__language_code="pl")

    page.goto(site.url + "/pl/")
    page.get_by_role("navigation", name=polish("Main")).get_by_role("link", name=listing.title).click()
    expect(page).to_have_url(site.url + listing.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(listing.title)
    cards = page.locator("ol.event-list .event-card__title")
    form = page.get_by_role("form", name=polish("Find events"))
    form.get_by_role("radio", name=polish("This weekend")).check()
    form.get_by_role("checkbox", name=polish("Step-free venues only")).check()
    form.get_by_role("button", name=polish("Show events")).click()

    expect(page).to_have_url(re.compile(r"\?when=weekend&.*step_free=1"))
    # The form also sends its empty fields (month, from, ...), which the listing ignores.
    assert parse_qs(urlsplit(page.url).query) == {"when": ["weekend"], "step_free": ["1"]}
    expect(cards).to_have_text(expected)
    expect(form.get_by_role("radio", name=polish("This weekend"))).to_be_checked()
    expect(form.get_by_role("checkbox", name=polish("Step-free venues only"))).to_be_checked()
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "pl-events-weekend-step-free-desktop.png", full_page=True)

    card = page.locator("ol.event-list .event-card").filter(has=page.get_by_role("link", name=SINGLE_EVENT))
    listed_start = card.locator("time").get_attribute("datetime")
    card.get_by_role("link", name=SINGLE_EVENT).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(SINGLE_EVENT)
    shown_start = page.locator(".event__facts time").first.get_attribute("datetime")
    assert shown_start == listed_start
    with page.expect_download() as download_info:
        page.get_by_role("link", name=polish("Add to my calendar (.ics)")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(Path(download.path()).read_bytes())
    (component,) = calendar.walk("VEVENT")
    assert str(component["SUMMARY"]) == page.get_by_role("heading", level=1).inner_text()
    assert component.decoded("DTSTART") == datetime.datetime.fromisoformat(shown_start)
    assert page.console_errors == []
