"""iCalendar (RFC 5545): an event's .ics and the subscribable feeds of a listing and its categories.

Written with the `icalendar` library, which also adds the VTIMEZONE of every time zone used.
An event keeps its UID for life (its translation key and language), SEQUENCE counts its
published changes, a cancelled event stays in the feed with STATUS:CANCELLED so subscribed
calendars drop it, and a repeating event is one VEVENT with its RRULE and EXDATEs.
"""

import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vDuration, vRecur

from django.apps import apps
from django.db.models import Exists, OuterRef, Prefetch
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.caching.fragments import cached
from portal.caching.tags import model_tag, page_tag, pages_tag

from .choices import EventStatus
from .recurrence import YEARS_AHEAD, parse_rule

PRODUCT_ID = "-//City of Krakow//Events calendar//EN"
UID_DOMAIN = "events.krakow.pl"
CONTENT_TYPE = "text/calendar; charset=utf-8"
# A subscribed calendar asks again about twice a day; RFC 7986's REFRESH-INTERVAL says so.
REFRESH_INTERVAL = datetime.timedelta(hours=12)
ICAL_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.RESCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def event_uid(event):
    """The same for every version of an event in one language, whatever its title or address."""
    return f"{event.translation_key}-{event.locale.language_code}@{UID_DOMAIN}"


def sequence(event):
    return max(event.publication_count - 1, 0)


def _rule_for_calendar(event, schedule):
    """The event's rule with UNTIL as RFC 5545 wants it: a date for all-day events, else UTC."""
    rule = parse_rule(event.recurrence_rule)
    until = rule.get("UNTIL", [None])[0]
    if until is not None and not event.all_day:
        local_end_of_day = datetime.datetime.combine(until, schedule.first_start.time(), tzinfo=schedule.zone)
        rule["UNTIL"] = [local_end_of_day.astimezone(datetime.UTC)]
    return vRecur(rule)


def _start_value(schedule, day=None):
    start = schedule.first_start if day is None else datetime.datetime.combine(day, schedule.first_start.time())
    if schedule.all_day:
        return start.date()
    return start.replace(tzinfo=ZoneInfo(schedule.time_zone))


def vevent(event, request):
    """The VEVENT of one event (with venue, categories and skipped dates already fetched)."""
    schedule = event.schedule
    url = request.build_absolute_uri(event.url)
    component = Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", event.last_published_at or timezone.now())
    if event.first_published_at:
        component.add("created", event.first_published_at)
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    component.add("sequence", sequence(event))
    component.add("summary", event.title)
    status_note = "" if event.status == EventStatus.SCHEDULED else f"{event.get_status_display()}. "
    description = f"{status_note}{event.lead}".strip()
    if event.organiser:
        description += "\n\n" + _("Organiser: %(organiser)s") % {"organiser": event.organiser}
    if not event.is_free and event.price:
        description += "\n" + _("Price: %(price)s") % {"price": event.price}
    component.add("description", f"{description}\n\n{url}".strip())
    component.add("url", url)
    component.add("status", ICAL_STATUS[event.status])
    component.add("dtstart", _start_value(schedule))
    first_end = schedule.first_end
    component.add(
        "dtend", first_end.date() if schedule.all_day else first_end.replace(tzinfo=ZoneInfo(schedule.time_zone))
    )
    if event.recurrence_rule:
        component.add("rrule", _rule_for_calendar(event, schedule))
        skipped = sorted(schedule.skipped)
        if skipped:
            component.add("exdate", [_start_value(schedule, day) for day in skipped])
    venue = event.venue
    if venue is not None:
        component.add("location", f"{venue.name}, {venue.address_line}")
        component.add("geo", (float(venue.latitude), float(venue.longitude)))
    elif event.online_url:
        component.add("location", event.online_url)
    categories = [category.name for category in event.categories.all()]
    if categories:
        component.add("categories", categories)
    if event.organiser:
        organiser = vCalAddress(f"mailto:events@{UID_DOMAIN}")
        organiser.params["cn"] = event.organiser
        component.add("organizer", organiser)
    return component


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH_INTERVAL))
    return calendar


def _add_time_zones(calendar, start_dates):
    """The VTIMEZONE of each zone used, with its transitions from the first event to the horizon."""
    first = min(start_dates, default=timezone.localdate()) - datetime.timedelta(days=1)
    last = max(timezone.localdate(), *start_dates) + datetime.timedelta(days=366 * (YEARS_AHEAD + 1))
    calendar.add_missing_timezones(first_date=first, last_date=last)


def for_calendar(events):
    """What a VEVENT shows, in three queries however many events there are."""
    skipped = apps.get_model("events", "EventSkippedDate").objects.order_by("date")
    return events.select_related("venue", "locale").prefetch_related(
        "categories", Prefetch("skipped_dates", queryset=skipped)
    )


def event_response(event, request):
    """The .ics of one event."""

    def build():
        full = for_calendar(type(event).objects.filter(pk=event.pk)).first() if not _is_preview(request) else event
        calendar = _calendar(event.title)
        calendar.add_component(vevent(full, request))
        _add_time_zones(calendar, [full.start_date])
        return calendar.to_ical()

    if _is_preview(request):
        content = build()
    else:
        content = cached(
            f"events:ics:{event.pk}:{request.get_host()}", build, tags=[page_tag(event.pk)], per_language=False
        )
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


def _is_preview(request):
    return getattr(request, "is_preview", False)


def upcoming(events, now=None):
    """Events with an occurrence that has not ended, soonest first."""
    now = now or timezone.now()
    ahead = apps.get_model("events", "EventOccurrence").objects.filter(event_id=OuterRef("pk"), end__gt=now)
    return events.filter(Exists(ahead)).order_by("start_date", "start_time", "pk")


def feed_response(index, request, events, *, name, category=""):
    """The subscribable calendar of an index (or one category of it): every event still ahead."""
    language = translation.get_language()

    def build():
        calendar = _calendar(name)
        listed = list(for_calendar(upcoming(events)))
        for event in listed:
            calendar.add_component(vevent(event, request))
        _add_time_zones(calendar, [event.start_date for event in listed])
        return calendar.to_ical()

    tags = [
        page_tag(index.pk),
        pages_tag(events.model, language),
        *(model_tag(apps.get_model("events", name)) for name in ("Venue", "EventCategory")),
    ]
    day = timezone.localdate().isoformat()
    content = cached(
        f"events:feed:{index.pk}:{category}:{day}:{request.get_host()}", build, tags=tags, per_language=False
    )
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    filename = index.slug + (f"-{category}" if category else "")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response
