"""The calendar's cache tags, registered with the portal through `register_cache_tags`.

Listings, feeds and home sections carry the tag of the events of their language (portal's
pages tag), so publishing, unpublishing or moving an event rebuilds them; a venue or category
carries its own record tag and the model tag the listings show.

Which events a listing or feed holds, and in which order, depends only on where and when they
are: their dates, categories, venue and price, and whether they are live and public. That choice
is the costly part of a listing, so it is cached apart under `dates_tag`, which a correction
(the same event published again in the same places at the same times) leaves alone: an event's
`placement_tag` names all of that, so the portal sees a change there as a change of place
(portal.caching.invalidation) and then invalidates `dates_tag` too.
"""

import hashlib

from django.utils import timezone

from portal.caching.tags import links_tag


def choice_hour():
    """Names the hour a cached choice of dates was made in: events end as the day goes on, so
    a choice is made again at least every hour even when no date changes."""
    return timezone.localtime().strftime("%Y-%m-%dT%H")


def dates_tag(language):
    """Which events of a language are listed, and when."""
    return f"events:dates:{language}"


def placement_tag(event):
    """Names what decides where an event is listed; the tag itself is carried by nothing."""
    schedule = event.schedule
    placement = (
        # The skipped dates sorted: a set's order may differ between processes.
        [value for name, value in vars(schedule).items() if name != "skipped"],
        sorted(schedule.skipped),
        sorted(str(category.translation_key) for category in event.categories.all()),
        event.venue_id,
        event.is_free,
    )
    return f"events:placed:{event.pk}:{hashlib.sha256(repr(placement).encode()).hexdigest()[:16]}"


def event_tags(event):
    """What shows an event besides its listing: the relation pages it belongs to; and what
    chooses the events of a listing (see the module)."""
    tags = {links_tag(relation.translation_key) for relation in event.relations.all()}
    return tags | {dates_tag(event.locale.language_code), placement_tag(event)}
