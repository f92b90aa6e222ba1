"""An editor puts a weekly event in the calendar, then calls off one of its dates.

Editors publish through the moderators (the "Moderators approval" workflow on the whole tree),
so each change is submitted by the editor and approved by a moderator, each in a tab of their
own. Residents and their calendar programs see the result: the event page and the listing's
subscribed calendar feed.
"""

import datetime
import re
import zoneinfo
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar
from playwright.sync_api import expect

from django.conf import settings
from django.utils import timezone, translation
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext

from events.models import EventOccurrence, EventPage
from tests.editors import user_in
from tests.events.builders import events_index

from .admin_ui import (
    admin_message,
    choose_page_action,
    enter_in_picker,
    log_in,
    script_errors,
    wait_for_autosave,
    wait_until_edits_are_watched,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
CITY_TIME = zoneinfo.ZoneInfo(settings.TIME_ZONE)
TITLE = "Spacer po Kazimierzu z przewodnikiem"
WEEKS = 5
CALLED_OFF = 2  # the third date
# Where the page editor posts its form, new page or existing one.
EDITOR_FORM = re.compile(r"/admin/pages/(add/events/eventpage/\d+|\d+/edit)/")
REFUSED_LOAD = "Failed to load resource: the server responded with a status of 400 (Bad Request)"


def weekly_starts(first_day):
    """The local start of each weekly date, at 17:00 Kraków time."""
    return [
        datetime.datetime.combine(first_day + datetime.timedelta(weeks=week), datetime.time(17), tzinfo=CITY_TIME)
        for week in range(WEEKS)
    ]


def record_refusals(tab):
    """Keep (method, path) of every request the server refuses with a 400 in this tab."""
    tab.refusals = []

    def note(response):
        if response.status == 400:
            tab.refusals.append((response.request.method, urlsplit(response.url).path))

    tab.on("response", note)


def errors_besides_refused_autosaves(tab):
    """Script errors, less the browser's note of each autosave the server refused.

    Wagtail autosaves the form as the editor types. Until the start date and time are both in
    (or while a skipped date just added is still empty) the event is invalid: the server
    refuses the draft with a 400 and Wagtail shows "Autosave is paused" until a later one
    succeeds. Any other refused request stays an error.
    """
    autosaves = [(method, path) for method, path in tab.refusals if method == "POST" and EDITOR_FORM.fullmatch(path)]
    assert autosaves == tab.refusals, f"refused besides autosaves: {tab.refusals}"
    errors = script_errors(tab)
    for _autosave in autosaves:
        errors.remove(REFUSED_LOAD)
    return errors


def iso(moment):
    return moment.isoformat()


def shown_times(container):
    """The `datetime` of every <time> in a list of dates, as the page gives them."""
    return [time.get_attribute("datetime") for time in container.locator("time").all()]


def help_text_of(tab, field):
    """The field's help text, above it: a click there closes its picker and does nothing else
    (a section's heading would fold the section)."""
    return tab.locator(f"#{field.get_attribute('aria-describedby')}")


def submit_for_moderation(editor):
    wait_for_autosave(editor)
    choose_page_action(editor, "Submit to Moderators approval")
    expect(admin_message(editor)).to_contain_text(f"Page '{TITLE}' has been submitted for moderation")


def approve(moderator, live_server):
    """Approve the event from the moderator's dashboard, as the news journey does."""
    moderator.goto(f"{live_server.url}/admin/")
    review = moderator.locator("#awaiting-review-section")
    row = review.get_by_role("row").filter(has_text=TITLE)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    expect(review.get_by_role("row").filter(has_text=TITLE)).to_have_count(0)


def feed_event(reader, live_server, listing):
    """The event's VEVENT in the listing's subscribed calendar, found from the link residents follow."""
    reader.goto(f"{live_server.url}{listing.url}")
    with translation.override("pl"):
        link_text = gettext("Subscribe to this calendar (iCalendar)")
    href = reader.get_by_role("link", name=link_text).get_attribute("href")
    response = reader.request.get(f"{live_server.url}{href}")
    assert response.ok
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    matching = [item for item in Calendar.from_ical(response.body()).walk("VEVENT") if str(item["SUMMARY"]) == TITLE]
    assert len(matching) == 1, f"{len(matching)} entries of {TITLE} in the feed"
    return matching[0]


def calendar_starts(component):
    """The starts a calendar program shows for a VEVENT: its RRULE less its EXDATEs."""
    start = component.decoded("DTSTART")
    skipped = {moment.dt for group in exdates(component) for moment in group.dts}
    rule = rrulestr(component["RRULE"].to_ical().decode(), dtstart=start)
    return [moment for moment in rule if moment not in skipped]


def exdates(component):
    found = component.get("EXDATE", [])
    return found if isinstance(found, list) else [found]


def test_an_editor_schedules_a_weekly_walk_and_calls_off_one_date_which_calendars_drop(live_server, tabs):
    listing = events_index("pl")
    first_day = timezone.localdate() + datetime.timedelta(days=2)
    starts = weekly_starts(first_day)
    called_off = starts[CALLED_OFF]
    moderator = tabs()
    log_in(moderator, live_server, user_in("Moderators"))

    editor = tabs()
    record_refusals(editor)
    log_in(editor, live_server, user_in("Editors"))
    editor.goto(f"{live_server.url}/admin/pages/{listing.pk}/")
    editor.get_by_role("link", name="Add child page").first.click()
    wait_until_edits_are_watched(editor)
    editor.get_by_role("textbox", name="Title*").fill(TITLE)
    editor.get_by_role("textbox", name="Title*").press("Tab")  # Wagtail derives the slug on leaving
    editor.get_by_role("textbox", name="Lead").fill("Co tydzień przewodnik miejski prowadzi po Kazimierzu.")
    when = editor.get_by_role("region", name="When")
    for label, value in (("Start date*", first_day.isoformat()), ("Start time", "17:00"), ("End time", "19:00")):
        field = when.get_by_role("textbox", name=label)
        enter_in_picker(editor, field, value, then_click=help_text_of(editor, field))
        expect(field).to_have_value(value)
    when.get_by_role("textbox", name="Repetition rule").fill(f"FREQ=WEEKLY;COUNT={WEEKS}")
    submit_for_moderation(editor)

    event = EventPage.objects.get(title=TITLE)
    assert not event.live
    assert event.get_latest_revision_as_object().recurrence_rule == f"FREQ=WEEKLY;COUNT={WEEKS}"
    editor.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
    next_dates = editor.locator("[data-events-next-dates]")
    expect(next_dates.locator("time")).to_have_count(WEEKS)
    assert shown_times(next_dates) == [iso(start) for start in starts]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    next_dates.screenshot(path=SCREENSHOTS / "6-editor-sees-the-next-dates.png")

    approve(moderator, live_server)
    event.refresh_from_db()
    assert event.live
    reader = tabs("pl-PL")
    reader.goto(f"{live_server.url}{event.url}")
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.locator(".event__dates time")).to_have_count(WEEKS)
    assert shown_times(reader.locator(".event__dates")) == [iso(start) for start in starts]
    before = feed_event(reader, live_server, listing)
    assert calendar_starts(before) == starts
    assert str(before["STATUS"]) == "CONFIRMED"

    editor.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
    wait_until_edits_are_watched(editor)
    when = editor.get_by_role("region", name="When")
    when.get_by_role("button", name="Add Skipped date").click()
    skipped_field = when.get_by_role("textbox", name="Date*", exact=True)
    day_off = called_off.date().isoformat()
    enter_in_picker(editor, skipped_field, day_off, then_click=help_text_of(editor, skipped_field))
    expect(skipped_field).to_have_value(day_off)
    submit_for_moderation(editor)
    submitted = EventPage.objects.get(pk=event.pk).get_latest_revision_as_object()
    assert [item.date for item in submitted.skipped_dates.all()] == [called_off.date()]
    approve(moderator, live_server)

    assert list(EventPage.objects.get(pk=event.pk).skipped_dates.values_list("date", flat=True)) == [called_off.date()]
    remaining = [start for start in starts if start != called_off]
    reader = tabs("pl-PL")  # browsers may keep a page a minute (Cache-Control), so a new reader
    reader.goto(f"{live_server.url}{event.url}")
    expect(reader.locator(".event__dates time")).to_have_count(WEEKS - 1)
    assert shown_times(reader.locator(".event__dates")) == [iso(start) for start in remaining]
    with translation.override("pl"):
        day_off_in_words = date_format(called_off.date(), "j E Y")
    expect(reader.locator(".event__facts")).to_contain_text(day_off_in_words)  # under "Not on"
    stored = EventOccurrence.objects.filter(event_id=event.pk).order_by("start").values_list("start", flat=True)
    assert list(stored) == remaining  # the listing and its filters read these
    after = feed_event(reader, live_server, listing)
    assert after["UID"] == before["UID"]
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert [moment.dt for group in exdates(after) for moment in group.dts] == [called_off]
    assert calendar_starts(after) == remaining
    assert str(after["STATUS"]) == "CONFIRMED"  # the series goes on; only that date is off
    editor.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
    expect(editor.locator("[data-events-next-dates] time")).to_have_count(WEEKS - 1)
    assert errors_besides_refused_autosaves(editor) == script_errors(moderator) == script_errors(reader) == []
