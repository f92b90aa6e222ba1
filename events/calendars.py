"""iCalendar (RFC 5545): an event's .ics and the subscribable feeds of a listing and its categories.

Written with the `icalendar` library, which also adds the VTIMEZONE of every time zone used.
An event keeps its UID for life (its translation key and language), SEQUENCE counts its
published changes, a cancelled event stays in the feed with STATUS:CANCELLED so subscribed
calendars drop it, and a repeating event is one VEVENT with its RRULE and EXDATEs.

Each event's VEVENT is built once and cached apart (see `_entries`), so a publication
rebuilds the entries it changed and the feeds are joined from entries already cached, in one
round trip however many events they hold.
"""

import datetime
import hashlib
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from icalendar import Calendar, Event, Timezone, vCalAddress, vDuration, vRecur

from django.apps import apps
from django.db.models import F, Max, Min, Prefetch, Q
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.caching.fragments import cached, cached_each
from portal.caching.tags import model_tag, page_tag, pages_tag, record_tag

from .cache_tags import choice_hour, dates_tag
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
# What a resident subscribing to the city's calendar plans around: the month just gone (so
# dates they attended do not vanish from their calendar at once) and the twelve months ahead,
# events still running included. At most FEED_MAX_EVENTS events, the soonest to come first and
# then the most recent past ones, keep the feed a size calendar programs read at every refresh
# (about 1,000 events are some 700 KB); the listing and each event's own .ics show the rest.
FEED_DAYS_BEHIND = 30
FEED_MONTHS_AHEAD = 12
FEED_MAX_EVENTS = 1000
BLOCK_SIZE = 50  # entries cached together (see _blocks)


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
    # With the request Wagtail reads the site root paths once per request, not once per event.
    url = request.build_absolute_uri(event.get_url(request))
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
    # In the event's language only, as on its page: one not translated yet would read as Polish.
    categories = [category.name for category in event.categories.all() if category.locale_id == event.locale_id]
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


def _time_zones(tzids, start_dates):
    """The VTIMEZONE of each zone used, with its transitions from the first event to the horizon."""
    first = min(start_dates, default=timezone.localdate()) - datetime.timedelta(days=1)
    last = max([timezone.localdate(), *start_dates]) + datetime.timedelta(days=366 * (YEARS_AHEAD + 1))
    return [Timezone.from_tzid(tzid, first_date=first, last_date=last) for tzid in sorted(tzids)]


def for_calendar(events):
    """What a VEVENT shows, in three queries however many events there are."""
    skipped = apps.get_model("events", "EventSkippedDate").objects.order_by("date")
    return events.select_related("venue", "locale").prefetch_related(
        "categories", Prefetch("skipped_dates", queryset=skipped)
    )


def _entry(event, request):
    """(VEVENT text, the time zones it names, (its first date,)): what the calendars join."""
    component = vevent(event, request)
    named = {
        value.params.get("TZID") for _name, value in component.property_items(sorted=False) if hasattr(value, "params")
    }
    return component.to_ical(), tuple(sorted(named - {None, "UTC"})), (event.start_date,)


def _entry_tags(event):
    """What an entry shows besides the event's own fields: its venue and the category names."""
    tags = [model_tag(apps.get_model("events", "EventCategory"))]
    if event.venue_id:
        tags.append(record_tag(apps.get_model("events", "Venue"), event.venue_id))
    return tags


def _entries(event_model, stamps, request):
    """The cached entry of each (pk, publication count, url_path) event, in order.

    An entry is named by what changes it besides its venue and categories: each publication
    counts one more, and a move changes its address. So a publication rebuilds the entry it
    changed and leaves the others valid, and a feed of 1,000 entries carries a handful of tags,
    not one per event, for every cached page around it to check. Only the missing entries are
    built, read in three queries however many they are.
    """
    host = request.get_host()
    found = {}

    def build_missing(missing):
        wanted = {item[0] for item in missing}
        found.update((event.pk, event) for event in for_calendar(event_model.objects.filter(pk__in=wanted)))
        return {item: _builder(found[item[0]], request) for item in missing if item[0] in found}

    return cached_each(
        "events:vevent",
        [(*stamp, host) for stamp in stamps],
        build_missing,
        tags_of=lambda item: _entry_tags(found[item[0]]),
        request=request,
    )


def _builder(event, request):
    return lambda: _entry(event, request)


def _joined(name, pieces):
    """One iCalendar of the header, the time zones the pieces name and the pieces themselves.

    A piece is (VEVENT text, the time zones it names, the first dates of its events): one
    entry, or a block of them."""
    calendar = _calendar(name)
    tzids = {tzid for _text, zones, _dates in pieces for tzid in zones}
    for zone in _time_zones(tzids, [day for _text, _zones, dates in pieces for day in dates]):
        calendar.add_component(zone)
    closing = b"END:VCALENDAR\r\n"  # how icalendar always ends a calendar: the entries go before it
    head = calendar.to_ical().removesuffix(closing)
    return b"".join([head, *(text for text, _zones, _dates in pieces), closing])


def _blocks(event_model, stamps, request):
    """The entries of `stamps` joined in blocks of BLOCK_SIZE, each cached under what it holds.

    A feed holds up to FEED_MAX_EVENTS entries; reading and joining each of them again after
    every publication in the language cost more than the rest of the feed. A block is named by
    the stamps of its events, so a correction renames only the block holding that event, and
    the feed is joined from a score of blocks, all but one found as they were.
    """
    host = request.get_host()
    blocks = {}
    for start in range(0, len(stamps), BLOCK_SIZE):
        block = stamps[start : start + BLOCK_SIZE]
        blocks[hashlib.sha256(repr(block).encode()).hexdigest()[:32]] = block

    def build_missing(missing):
        return {item: _block_builder(event_model, blocks[item[0]], request) for item in missing}

    return cached_each("events:feed-block", [(digest, host) for digest in blocks], build_missing, request=request)


def _block_builder(event_model, block, request):
    def build():
        entries = _entries(event_model, block, request)
        zones = sorted({zone for _text, entry_zones, _dates in entries for zone in entry_zones})
        dates = [day for _text, _zones, entry_dates in entries for day in entry_dates]
        bounds = (min(dates), max(dates)) if dates else ()
        return b"".join(text for text, _zones, _dates in entries), tuple(zones), bounds

    return build


def event_response(event, request):
    """The .ics of one event."""
    if _is_preview(request):
        content = _joined(event.title, [_entry(event, request)])
    else:

        def build():
            return _joined(event.title, [_entry(for_calendar(type(event).objects.filter(pk=event.pk)).get(), request)])

        content = cached(
            f"events:ics:{event.pk}:{request.get_host()}", build, tags=[page_tag(event.pk)], per_language=False
        )
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


def _is_preview(request):
    return getattr(request, "is_preview", False)


def feed_window(now=None):
    """(start, end) of the occurrences a subscribed feed holds, as aware datetimes."""
    today = timezone.localtime(now).date() if now else timezone.localdate()
    first = today - datetime.timedelta(days=FEED_DAYS_BEHIND)
    after_last = today + relativedelta(months=FEED_MONTHS_AHEAD, days=1)
    midnight = datetime.time(0)
    return (
        timezone.make_aware(datetime.datetime.combine(first, midnight)),
        timezone.make_aware(datetime.datetime.combine(after_last, midnight)),
    )


def feed_order(events, now=None):
    """pks of the events a feed holds, in one query: those with a date in the feed's window,
    the next to come first (by their next date), then those just over (the latest first)."""
    now = now or timezone.now()
    start, end = feed_window(now)
    occurrences = apps.get_model("events", "EventOccurrence").objects.filter(
        event_id__in=events.values("pk"), end__gt=start, start__lt=end
    )
    ranked = (
        occurrences.values("event_id")
        .annotate(next_start=Min("start", filter=Q(end__gt=now)), last_start=Max("start"))
        .order_by(F("next_start").asc(nulls_last=True), F("last_start").desc(), "event_id")
    )
    return list(ranked.values_list("event_id", flat=True)[:FEED_MAX_EVENTS])


def feed_stamps(events, pks):
    """(pk, publication count, url_path) of those of `pks` still among `events`, in their order:
    read afresh, so a correction's new count names its new entry, and an event unpublished
    since the order was chosen is left out at once."""
    current = {
        pk: (count, url_path)
        for pk, count, url_path in events.filter(pk__in=pks).values_list("pk", "publication_count", "url_path")
    }
    return [(pk, *current[pk]) for pk in pks if pk in current]


def feed_response(index, request, events, *, name, category=""):
    """The subscribable calendar of an index (or one category of it): see FEED_DAYS_BEHIND."""
    language = translation.get_language()
    event_category = apps.get_model("events", "EventCategory")

    def order():
        # Chosen again when an event's dates or places change (dates_tag), and every hour, as
        # events end; a correction to an event reuses it.
        hour = choice_hour()
        return cached(
            f"events:feed-order:{index.pk}:{category}:{hour}",
            lambda: feed_order(events),
            tags=[page_tag(index.pk), dates_tag(language), model_tag(event_category)],
            per_language=False,
            request=request,
        )

    def build():
        return _joined(name, _blocks(events.model, feed_stamps(events, order()), request))

    tags = [
        page_tag(index.pk),
        pages_tag(events.model, language),
        *(model_tag(apps.get_model("events", name)) for name in ("Venue", "EventCategory")),
    ]
    day = timezone.localdate().isoformat()
    content = cached(
        f"events:feed:{index.pk}:{category}:{day}:{request.get_host()}",
        build,
        tags=tags,
        per_language=False,
        request=request,
    )
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    filename = index.slug + (f"-{category}" if category else "")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response
