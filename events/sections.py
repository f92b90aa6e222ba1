"""The calendar's sections on pages it does not own: the home page and a partnership's page.

Registered with the portal as page sections (portal.pages.sections, see wagtail_hooks), so the
home page and the memberships app show events without importing this app.
"""

from django.apps import apps
from django.db.models import F, OuterRef, Subquery
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.functional import cached_property

from portal.caching.tags import links_tag, model_tag, pages_tag
from portal.pages.queries import public

from .recurrence import Occurrence

HOME_COUNT = 4


def _event_model():
    return apps.get_model("events", "EventPage")


def next_occurrences(events, count, now=None):
    """[(occurrence, event)] of the next `count` occurrences of `events`, in two queries."""
    now = now or timezone.now()
    rows = list(
        apps.get_model("events", "EventOccurrence")
        .objects.filter(event_id__in=events.values("pk"), end__gt=now)
        .order_by("start", "id")[:count]
    )
    by_pk = _event_model().objects.filter(pk__in={row.event_id for row in rows}).select_related("venue").in_bulk()
    return [
        (Occurrence(row.start, row.end, by_pk[row.event_id].all_day), by_pk[row.event_id])
        for row in rows
        if row.event_id in by_pk
    ]


class HomeEvents:
    """The next events of the reader's language, read only when the cached part is built."""

    def __init__(self, language):
        self.language = language
        self.tags = [pages_tag(_event_model(), language), model_tag(apps.get_model("events", "Venue"))]
        self.day = timezone.localdate().isoformat()

    @cached_property
    def index(self):
        index_model = apps.get_model("events", "EventIndexPage")
        return public(index_model.objects.filter(locale__language_code=self.language)).first()

    @cached_property
    def items(self):
        if self.index is None:
            return []
        return next_occurrences(public(_event_model().objects.child_of(self.index)), HOME_COUNT)


class RelationEvents:
    """The events that belong to a partnership, in the page's language: the coming ones first.

    Each event is shown once, the coming ones at their next date, so a weekly meeting does not
    crowd out the rest; the list is read in one query however many dates the events have.
    """

    SHOWN = 20

    def __init__(self, page):
        self.page = page
        # The page is rendered in its own language, so the active language names its locale.
        self.tags = [links_tag(page.translation_key), pages_tag(_event_model(), translation.get_language())]
        self.day = timezone.localdate().isoformat()

    @cached_property
    def items(self):
        now = timezone.now()
        next_dates = apps.get_model("events", "EventOccurrence").objects.filter(event_id=OuterRef("pk"), end__gt=now)
        events = (
            public(
                _event_model().objects.filter(
                    relations__translation_key=self.page.translation_key, locale_id=self.page.locale_id
                )
            )
            .distinct()
            .select_related("venue")
            .annotate(
                next_start=Subquery(next_dates.order_by("start").values("start")[:1]),
                next_end=Subquery(next_dates.order_by("start").values("end")[:1]),
            )
            .order_by(F("next_start").asc(nulls_last=True), "-start_date", "-pk")[: 2 * self.SHOWN]
        )
        coming, past = [], []
        for event in events:
            if event.next_start is None:
                past.append(event)
            else:
                coming.append((Occurrence(event.next_start, event.next_end, event.all_day), event))
        return {"coming": coming[: self.SHOWN], "past": past[: self.SHOWN]}


def home_section(context, page):
    language = translation.get_language()
    return render_to_string(
        "events/includes/home_section.html", {"home": HomeEvents(language), "request": context.get("request")}
    )


def relation_section(context, page):
    if page is None:
        return ""
    return render_to_string(
        "events/includes/relation_section.html", {"linked": RelationEvents(page), "request": context.get("request")}
    )
