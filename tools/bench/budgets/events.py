"""The events calendar in `make bench`: a year behind and a year ahead of events in every language.

EVENTS_BENCH_EVENTS sets how many events per language the filler adds (5,000): most of them
one-off, spread over the past year and the next; one in 25 weekly and one in 50 monthly, some
with skipped dates; venues with and without a step-free entrance, categories, a few cancelled.
They are written in bulk, published as the tree holds them (no revisions), with the stored
occurrences that publishing computes, so the listing, its filters and the feeds read what they
read in service.
"""

import datetime
import os
import random
import uuid
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page
from wagtail.rich_text import RichText

from events.models import (
    EventCategory,
    EventIndexPage,
    EventOccurrence,
    EventPage,
    EventSkippedDate,
    Venue,
)
from tools.bench.registry import budget, long_tail, populator

EVENTS_PER_LANGUAGE = int(os.environ.get("EVENTS_BENCH_EVENTS", "5000"))
VENUES_PER_LANGUAGE = 30
BATCH_SIZE = 1_000
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# The bench's recurring event page: weekly for a year already, without an end, a few dates skipped.
SHOWN_EVENT = 0


def polish_index():
    return EventIndexPage.objects.get(locale__language_code="pl")


def shown_event():
    return EventPage.objects.get(locale__language_code="pl", slug=f"bench-event-{SHOWN_EVENT}")


def first_listed_event():
    """The event of the listing's first date: a correction to it redraws the listing's first page."""
    upcoming = EventOccurrence.objects.filter(event__locale__language_code="pl", end__gt=timezone.now())
    return EventPage.objects.get(pk=upcoming.order_by("start", "id").values_list("event_id", flat=True)[0])


# Queries: as measured on a warm render (none: the listing and its count are cached parts), plus a margin.
# Publishing the weekly event rebuilds what shows it: its page and the feed, whose cache is kept
# for the day otherwise, so the feed's real cost shows in its publication row; the listing's row
# publishes the event its first page opens with.
@budget(
    "events listing",
    max_queries=4,
    max_median_ms=30,
    min_uncached_share=0.05,
    published=first_listed_event,
    max_after_publication_ms=30,
)
def events_listing_url():
    return polish_index().url


@budget("events, filtered", max_queries=4, max_median_ms=30)
def filtered_listing_url():
    # This weekend, step-free venues, one category: three filters over two years of occurrences.
    return polish_index().url + "?when=weekend&step_free=1&category=kultura"


@budget(
    "event page (weekly)",
    max_queries=3,
    max_median_ms=30,
    min_uncached_share=0.05,
    published=shown_event,
    max_after_publication_ms=30,
)
def event_page_url():
    return shown_event().url


@budget("events feed (.ics)", max_queries=3, max_median_ms=50, published=shown_event, max_after_publication_ms=50)
def events_feed_url():
    index = polish_index()
    return index.url + index.reverse_subpage("calendar")


@budget("event .ics", max_queries=3, max_median_ms=30)
def event_ics_url():
    event = shown_event()
    return event.url + event.reverse_subpage("ics")


@long_tail
def bench_events():
    """Events of every language, past and ahead (a reader arriving from a search engine or a share)."""
    return list(EventPage.objects.live().filter(slug__startswith="bench-event-").order_by("slug", "locale_id")[:300])


@populator
def add_events():
    """EVENTS_BENCH_EVENTS (5,000) events per language, with venues, categories, repetitions and cancellations."""
    # The same event (and venue) in every language is one translation key, as translations are,
    # and the same dates, place and filing: each is drawn from a generator seeded by its number.
    keys = [uuid.uuid4() for _number in range(EVENTS_PER_LANGUAGE)]
    venue_keys = [uuid.uuid4() for _number in range(VENUES_PER_LANGUAGE)]
    for index in EventIndexPage.objects.all():
        last_child = index.get_last_child()
        calendar = Calendar(
            index=index,
            first_step=Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1,
            content_type=ContentType.objects.get_for_model(EventPage),
            today=timezone.localdate(),
            # In creation order, which is the same in every language.
            venues=list(Venue.objects.filter(locale_id=index.locale_id).order_by("pk"))
            + _bench_venues(index, venue_keys),
            categories=list(EventCategory.objects.filter(locale_id=index.locale_id).order_by("pk")),
        )
        for offset in range(0, EVENTS_PER_LANGUAGE, BATCH_SIZE):
            numbers = range(offset, min(offset + BATCH_SIZE, EVENTS_PER_LANGUAGE))
            events = [_event(number, keys[number], calendar) for number in numbers]
            _insert(events)
            _add_parts(events)
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + EVENTS_PER_LANGUAGE)
    # Fresh planner statistics for the new rows, as a database in service has.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE events_eventoccurrence, events_eventpage, events_eventpage_categories")


@dataclass(frozen=True)
class Calendar:
    """What the events of one language's calendar are made from."""

    index: EventIndexPage
    first_step: int  # the tree position of the first new event under the index
    content_type: ContentType
    today: datetime.date
    venues: list
    categories: list


def _bench_venues(index, keys):
    """More places around Kraków; about half with a step-free entrance."""
    places = [_seeded(number) for number in range(len(keys))]
    return list(
        Venue.objects.bulk_create(
            Venue(
                locale_id=index.locale_id,
                translation_key=key,
                name=f"Bench venue {number}",
                street_address=f"ul. Długa {number + 1}",
                postal_code="31-147",
                latitude=round(places[number].uniform(50.01, 50.10), 5),
                longitude=round(places[number].uniform(19.85, 20.05), 5),
                step_free_entrance=number % 2 == 0,
                accessible_toilet=number % 3 == 0,
                induction_loop=number % 5 == 0,
                seating=True,
            )
            for number, key in enumerate(keys)
        )
    )


def _event(number, key, calendar):
    """An unsaved, live event numbered `number` in the tree under the calendar's index."""
    index, today, rng = calendar.index, calendar.today, _seeded(number)
    kind = "weekly" if number % 25 == 0 else "monthly" if number % 50 == 1 else "once"
    start_date = today + datetime.timedelta(days=rng.randint(-365, 365))
    hour = rng.randint(9, 19)
    fields = {"start_time": datetime.time(hour), "end_time": datetime.time(hour + rng.choice((1, 2, 3)))}
    rule = ""
    if kind == "weekly":
        start_date = today - datetime.timedelta(days=rng.randint(0, 365))
        ending = rng.choice(
            ("", f";COUNT={rng.randint(8, 60)}", f";UNTIL={today + datetime.timedelta(days=300):%Y%m%d}")
        )
        rule = f"FREQ=WEEKLY;BYDAY={WEEKDAYS[start_date.weekday()]}{ending}"
    elif kind == "monthly":
        start_date = today - datetime.timedelta(days=rng.randint(0, 365))
        rule = f"FREQ=MONTHLY;BYDAY={(start_date.day - 1) // 7 + 1}{WEEKDAYS[start_date.weekday()]}"
    elif number % 20 == 2:
        fields = {"all_day": True, "start_time": None, "end_time": None}
    elif number % 20 == 3:
        fields["end_date"] = start_date + datetime.timedelta(days=rng.randint(1, 3))
    if number == SHOWN_EVENT:
        start_date, rule = today - datetime.timedelta(days=357), "FREQ=WEEKLY;BYDAY=" + WEEKDAYS[today.weekday()]
    status = "cancelled" if number % 40 == 7 else "postponed" if number % 100 == 9 else "scheduled"
    online = number % 12 == 5
    is_free = number % 3 != 0
    published = timezone.now() - datetime.timedelta(days=rng.randint(1, 400))
    slug = f"bench-event-{number}"
    event = EventPage(
        title=f"{rng.choice(TITLES)} ({number})",
        slug=slug,
        content_type_id=calendar.content_type.pk,
        locale_id=index.locale_id,
        translation_key=key,
        path=Page._get_path(index.path, index.depth + 1, calendar.first_step + number),
        depth=index.depth + 1,
        numchild=0,
        url_path=f"{index.url_path}{slug}/",
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
        lead=rng.choice(LEADS),
        body=[("paragraph", RichText("<p>" + " ".join(rng.sample(LEADS, 3)) + "</p>"))],
        start_date=start_date,
        recurrence_rule=rule,
        status=status,
        attendance_mode="mixed" if online else "in_person",
        online_url="https://www.youtube.com/@krakow" if online else "",
        venue=None if number % 8 == 4 else rng.choice(calendar.venues),
        organiser=rng.choice(ORGANISERS),
        is_free=is_free,
        price="" if is_free else "20 zł, ulgowy 10 zł",
        event_languages=rng.sample(["pl", "en", "de", "uk", "pjm"], rng.randint(1, 2)),
        publication_count=1,
        **fields,
    )
    event.draft_title = event.title
    occurrences = event.schedule.occurrences()
    # Some repetitions are called off on a date or two (EXDATEs); their occurrences go.
    skipped = set()
    if rule and (number % 3 == 0 or number == SHOWN_EVENT) and len(occurrences) > 4:
        skipped = {occurrence.local_start.date() for occurrence in rng.sample(occurrences[1:-1], 2)}
        occurrences = [item for item in occurrences if item.local_start.date() not in skipped]
    # Two events in three are filed under one or two categories.
    filed = rng.sample(calendar.categories, rng.choice((1, 1, 2))) if rng.random() < 0.67 else []
    event.bench_categories = filed
    event.bench_skipped = sorted(skipped)
    event.bench_occurrences = occurrences
    event.last_date = occurrences[-1].last_day if occurrences else event.end_date or event.start_date
    return event


def _seeded(number):
    return random.Random(2026 * 100_000 + number)  # noqa: S311 - bench data, not security


def _insert(events):
    """The pages' rows in bulk, then the events' own rows in one statement per batch."""
    pages = Page.objects.bulk_create(
        Page(
            **{
                field.attname: getattr(event, field.attname)
                for field in Page._meta.concrete_fields
                if field.attname != "id"
            }
        )
        for event in events
    )
    for page, event in zip(pages, events, strict=True):
        event.pk = event.id = event.page_ptr_id = page.pk
    fields = EventPage._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    rows = [[field.get_db_prep_save(getattr(event, field.attname), connection) for field in fields] for event in events]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(EventPage._meta.db_table)} ({columns}) VALUES ({placeholders})",  # noqa: S608
            rows,
        )


def _add_parts(events):
    """The events' categories, skipped dates and stored occurrences."""
    through = EventPage.categories.through
    through.objects.bulk_create(
        through(eventpage_id=event.pk, eventcategory_id=category.pk)
        for event in events
        for category in event.bench_categories
    )
    EventSkippedDate.objects.bulk_create(
        EventSkippedDate(page_id=event.pk, date=day, sort_order=order)
        for event in events
        for order, day in enumerate(event.bench_skipped)
    )
    EventOccurrence.objects.bulk_create(
        (
            EventOccurrence(event_id=event.pk, start=occurrence.start, end=occurrence.end)
            for event in events
            for occurrence in event.bench_occurrences
        ),
        batch_size=5_000,
    )


TITLES = [
    "Spacer po Kazimierzu",
    "Koncert na Rynku",
    "Warsztaty dla rodzin",
    "Wykład w bibliotece",
    "Dyżur radnych dzielnicy",
    "Kino plenerowe",
    "Spotkanie z autorem",
    "Targi rękodzieła",
    "Bieg nad Wisłą",
    "Wystawa fotografii",
    "Konsultacje społeczne",
    "Festiwal smaków",
]
LEADS = [
    "Wstęp wolny, bez zapisów.",
    "Dla dorosłych i dzieci od siódmego roku życia.",
    "Prowadzą przewodnicy miejscy.",
    "Liczba miejsc ograniczona, obowiązują zapisy.",
    "W programie rozmowa z publicznością.",
    "Tłumaczenie na polski język migowy.",
    "Wydarzenie odbywa się bez względu na pogodę.",
]
ORGANISERS = [
    "Wydział Kultury i Dziedzictwa Narodowego",
    "Krakowskie Biuro Festiwalowe",
    "Biblioteka Kraków",
    "Zarząd Zieleni Miejskiej",
    "Rada Dzielnicy I Stare Miasto",
]
