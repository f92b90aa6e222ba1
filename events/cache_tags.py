"""The calendar's cache tags, registered with the portal through `register_cache_tags`.

Listings, feeds and home sections carry the tag of the events of their language (portal's
pages tag), so publishing, unpublishing or moving an event rebuilds them; a venue or category
carries its own record tag and the model tag the listings show.
"""

from portal.caching.tags import links_tag


def event_tags(event):
    """What shows an event besides its listing: the relation pages it belongs to."""
    return {links_tag(relation.translation_key) for relation in event.relations.all()}
