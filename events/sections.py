"""The calendar's sections on pages it does not own: the home page and a partnership's page.

Registered with the portal as page sections (portal.page_sections, see wagtail_hooks), so the
home page and the memberships app show events without importing this app.
"""

from django.apps import apps
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.functional import cached_property

from portal.caching.tags import links_tag, model_tag, pages_tag
from portal.queries import public

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
    """The events that belong to a partnership, in the page's language: the coming ones first."""

    def __init__(self, page):
        self.page = page
        self.tags = [links_tag(page.translation_key), pages_tag(_event_model(), page.locale.language_code)]
        self.day = timezone.localdate().isoformat()

    @cached_property
    def items(self):
        events = public(
            _event_model().objects.filter(
                relations__translation_key=self.page.translation_key, locale_id=self.page.locale_id
            )
        ).distinct()
        coming = next_occurrences(events, 20)
        shown = {event.pk for _occurrence, event in coming}
        past = [
            event
            for event in events.select_related("venue").order_by("-start_date", "-pk")[:20]
            if event.pk not in shown
        ]
        return {"coming": coming, "past": past}


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
