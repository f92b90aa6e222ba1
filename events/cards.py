"""Event cards, each date's card cached apart.

A listing page shows a dozen dates; after a correction to one event only its cards are drawn
again (and its row read), and the other cards come from the cache without loading their
events. A card shows the event's own fields and its venue's name and step-free entrance.
"""

from django.apps import apps
from django.template.loader import render_to_string

from portal.caching.fragments import cached_each
from portal.caching.tags import page_tag, record_tag

from .recurrence import Occurrence

CARD_TEMPLATE = "events/includes/event_card.html"


def event_cards(dates, request=None):
    """The HTML of the card of each (start, end, event pk), in order; events no longer live are left out."""
    event_model = apps.get_model("events", "EventPage")
    venue_model = apps.get_model("events", "Venue")
    loaded = {}

    def build_missing(missing):
        wanted = {event_pk for _start, _end, event_pk in missing}
        events = event_model.objects.live().filter(pk__in=wanted).select_related("venue")
        loaded.update((event.pk, event) for event in events)
        return {item: _card_builder(loaded[item[2]], *item[:2], request) for item in missing if item[2] in loaded}

    def tags_of(item):
        event = loaded.get(item[2])
        venue = [record_tag(venue_model, event.venue_id)] if event is not None and event.venue_id else []
        return [page_tag(item[2]), *venue]

    return cached_each("events:card", list(dates), build_missing, tags_of=tags_of, request=request)


def _card_builder(event, start, end, request):
    def build():
        context = {"occurrence": Occurrence(start, end, event.all_day), "event": event, "request": request}
        return render_to_string(CARD_TEMPLATE, context)

    return build
