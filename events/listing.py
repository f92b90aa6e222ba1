"""The events listing: each occurrence on its date, upcoming first, with filters, map and calendars.

Every page of it costs the same few queries however many events and occurrences there are:
the occurrences of one page are counted and sliced in SQL (the stored EventOccurrence rows),
then their events are read in one query with their venues, categories and pictures.
"""

from django.apps import apps
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from wagtail.contrib.routable_page.models import path

from portal.caching.fragments import cached
from portal.caching.tags import model_tag, page_tag
from portal.pages.queries import public

from . import calendars, venue_map
from .cache_tags import choice_hour, dates_tag
from .cards import event_cards
from .filters import BadFilter, EventFilter, parse_filter
from .recurrence import Occurrence

PAGE_SIZE = 12


def category_slugs(language):
    """{slug: (name, translation key)} of a language's event categories, cached until one changes."""
    categories = apps.get_model("events", "EventCategory")

    def build():
        rows = categories.objects.filter(locale__language_code=language).values_list("slug", "name", "translation_key")
        return {slug: (name, key) for slug, name, key in rows}

    return cached(f"events:categories:{language}", build, tags=[model_tag(categories)], per_language=False)


def listed_events(index, event_filter=None, categories=None):
    """The live, public events of an index, narrowed by the filter's category, price and venue."""
    event_model = apps.get_model("events", "EventPage")
    events = public(event_model.objects.child_of(index))
    if event_filter is None:
        return events
    if event_filter.category:
        _name, key = categories[event_filter.category]
        filed_under = event_model.categories.through.objects.filter(
            eventpage_id=OuterRef("pk"), eventcategory__translation_key=key
        )
        events = events.filter(Exists(filed_under))
    if event_filter.free:
        events = events.filter(is_free=True)
    if event_filter.step_free:
        events = events.filter(venue__step_free_entrance=True)
    return events


def occurrences_of(events, event_filter, now=None):
    """Occurrences of `events` the filter asks for, in the order the listing shows them."""
    now = now or timezone.now()
    occurrences = apps.get_model("events", "EventOccurrence").objects.filter(event_id__in=events.values("pk"))
    window = event_filter.window(now)
    if window is not None:
        start, end = window
        if start is not None:
            occurrences = occurrences.filter(end__gt=start)
        if end is not None:
            occurrences = occurrences.filter(start__lt=end)
    if event_filter.is_past:
        return occurrences.filter(end__lte=now).order_by("-start", "-id")
    if window is None or window[0] is None:
        occurrences = occurrences.filter(end__gt=now)
    return occurrences.order_by("start", "id")


# Dates counted at most: beyond them the listing says "more than 1,000 dates" and pages that
# far, as no reader pages further than the filters take them. Counting every date ahead cost
# tens of milliseconds at 5,000 events, paid again after each publication, and growing.
COUNTED_AT_MOST = 1_000


class CachedCountPaginator(Paginator):
    """A paginator whose count (the "N dates" line and the page numbers) is cached under the
    listing's tags, so a reader pays for counting the occurrences only after a change, and
    counts at most COUNTED_AT_MOST + 1 of them."""

    def __init__(self, object_list, per_page, *, name, tags, request):
        super().__init__(object_list, per_page)
        self.name, self.tags, self.request = name, tags, request

    @cached_property
    def count(self):
        return min(self._counted, COUNTED_AT_MOST)

    @property
    def more_than_counted(self):
        """Whether there are more dates than the count says."""
        return self._counted > COUNTED_AT_MOST

    @cached_property
    def _counted(self):
        def count():
            # Unordered, so the database stops at the first COUNTED_AT_MOST + 1 rows it meets.
            return self.object_list.order_by()[: COUNTED_AT_MOST + 1].count()

        return cached(self.name, count, tags=self.tags, per_language=False, request=self.request)


class ListingResults:
    """One page of occurrences with their events, read only when the cached part is built.

    Which occurrences the page holds is cached apart under the listing's tags, which a
    correction to an event leaves alone (events.cache_tags); each date's card is cached apart
    with the event's tag (events.cards), so a correction redraws the pages showing that event
    from the cached choice and the other cards.
    """

    def __init__(self, page_of_occurrences, request, *, name, tags):
        self.page = page_of_occurrences
        self.request = request
        self.name, self.tags = name, tags

    @cached_property
    def rows(self):
        """(start, end, event pk) of this page's occurrences."""
        return cached(
            self.name,
            lambda: [(row.start, row.end, row.event_id) for row in self.page.object_list],
            tags=self.tags,
            per_language=False,
            request=self.request,
        )

    @cached_property
    def cards(self):
        """The HTML card of each of this page's dates."""
        return event_cards(self.rows, self.request)

    @cached_property
    def items(self):
        """[(occurrence, its event)] of this page, for code that needs the events themselves."""
        events = (
            apps.get_model("events", "EventPage")
            .objects.filter(pk__in={event_pk for _start, _end, event_pk in self.rows})
            .select_related("venue", "hero_image")
        )
        by_pk = {event.pk: event for event in events.prefetch_related("categories")}
        return [
            (Occurrence(start, end, by_pk[event_pk].all_day), by_pk[event_pk])
            for start, end, event_pk in self.rows
            if event_pk in by_pk
        ]

    @property
    def page_numbers(self):
        return self.page.paginator.get_elided_page_range(self.page.number, on_each_side=1, on_ends=1)


class VenueOverview:
    """The venues of the upcoming events, as a map and as the list that is its equivalent.

    Which venues those are is a short list of pks, read again after each publication; the map
    and list are cached under that list and the venues' own tag, so a publication that leaves
    the same venues with dates ahead (most of them) does not draw them again.
    """

    def __init__(self, index):
        self.index = index

    @property
    def tags(self):
        """What decides which venues are listed: the index's events and the venues."""
        return [
            page_tag(self.index.pk),
            # The listing is rendered in its own language: the active one names its locale,
            # without a query for it on every request.
            dates_tag(translation.get_language()),
            model_tag(apps.get_model("events", "Venue")),
        ]

    @property
    def part_tags(self):
        """What the drawn map and list show: the venues, and nothing of the events."""
        return [model_tag(apps.get_model("events", "Venue"))]

    @cached_property
    def pks(self):
        hour = choice_hour()  # venues whose last date ahead has passed drop out
        return cached(f"events:venue-pks:{self.index.pk}:{hour}", self._listed_pks, tags=self.tags, per_language=False)

    @property
    def key(self):
        """Names the drawn part by the venues it shows (long names are hashed into the key)."""
        return ",".join(str(pk) for pk in self.pks) or "none"

    def _listed_pks(self):
        # Venues of the index's language, each kept as soon as one of its listed events has a
        # date still ahead: EXISTS stops at the first, instead of joining every occurrence.
        ahead = apps.get_model("events", "EventOccurrence").objects.filter(
            event_id=OuterRef("pk"), end__gt=timezone.now()
        )
        held_there = listed_events(self.index).filter(venue_id=OuterRef("pk")).filter(Exists(ahead))
        venues = apps.get_model("events", "Venue").objects.filter(locale_id=self.index.locale_id)
        return list(venues.filter(Exists(held_there)).order_by("name", "pk").values_list("pk", flat=True))

    @cached_property
    def venues(self):
        by_pk = apps.get_model("events", "Venue").objects.in_bulk(self.pks)
        return [by_pk[pk] for pk in self.pks if pk in by_pk]

    @cached_property
    def map(self):
        return venue_map.render(self.venues, _("Map of the venues of upcoming events in Kraków"), link_prefix="#venue-")


class EventListingMixin:
    """Routes of an events index page: the listing, its calendar feeds and the per-category feeds."""

    @path("", name="listing")
    def listing_view(self, request):
        language = translation.get_language()
        categories = category_slugs(language)
        try:
            event_filter = parse_filter(request.GET, categories)
        except BadFilter as error:
            html = render_to_string(
                "events/bad_filter.html", {"page": self, "message": str(error), "request": request}, request=request
            )
            return HttpResponseBadRequest(html)
        events = listed_events(self, event_filter, categories)
        day = timezone.localdate().isoformat()
        hour = choice_hour()
        paginator = CachedCountPaginator(
            occurrences_of(events, event_filter).only("id", "event_id", "start", "end"),
            PAGE_SIZE,
            name=f"events:count:{self.pk}:{event_filter.key}:{hour}",
            tags=self.listing_tags(),
            request=request,
        )
        requested = request.GET.get("page", "1")
        page_of_occurrences = paginator.get_page(requested)
        if str(page_of_occurrences.number) != requested:
            page_of_occurrences = paginator.page(1)  # not a number or out of range: the first page
        canonical = self.full_url + event_filter.query()
        if page_of_occurrences.number > 1:
            canonical += ("&" if "?" in canonical else "?") + f"page={page_of_occurrences.number}"
        category_name = categories[event_filter.category][0] if event_filter.category else ""
        listing_context = {
            "event_filter": event_filter,
            "categories": sorted(((slug, name) for slug, (name, _key) in categories.items()), key=lambda c: c[1]),
            "category_name": category_name,
            "occurrences": page_of_occurrences,
            "results": ListingResults(
                page_of_occurrences,
                request,
                name=f"events:rows:{self.pk}:{event_filter.key}:{page_of_occurrences.number}:{hour}",
                tags=self.listing_tags(),
            ),
            "venues": VenueOverview(self),
            "canonical_url": canonical,
            "listing_tags": self.listing_tags(),
            "listing_day": day,
            "calendar_url": self.url + self.reverse_subpage("calendar"),
            "category_calendar_url": (
                self.url + self.reverse_subpage("category_calendar", kwargs={"slug": event_filter.category})
                if event_filter.category
                else ""
            ),
        }
        return self.render(request, context_overrides=listing_context)

    def listing_tags(self):
        """What chooses the dates a listing shows (not what it shows of each event)."""
        return [
            page_tag(self.pk),
            # The listing is rendered in its own language: the active one names its locale.
            dates_tag(translation.get_language()),
            model_tag(apps.get_model("events", "Venue")),
            model_tag(apps.get_model("events", "EventCategory")),
        ]

    @path("calendar/", name="calendar")
    def calendar_view(self, request):
        return calendars.feed_response(self, request, listed_events(self), name=self.title)

    @path("category/<slug:slug>/calendar/", name="category_calendar")
    def category_calendar_view(self, request, slug):
        categories = category_slugs(translation.get_language())
        if slug not in categories:
            raise Http404
        events = listed_events(self, EventFilter(category=slug), categories)
        return calendars.feed_response(
            self, request, events, name=f"{self.title}: {categories[slug][0]}", category=slug
        )
