"""An event points at the venue, categories and relation pages of its own language.

A translation starts as a copy of its source, so it points at the source language's choices;
wagtail-localize leaves many-to-many fields as copied, and submitting an event would put its
venue's existing translation back to the source's text (it re-translates related snippets).
The venue is therefore synchronised (see EventPage.override_translatable_fields) and the event
swaps each choice for its translation when saved. A choice not yet translated stays as it is,
so it is picked up once its translation exists and the event is saved again.
"""


def _in_locale(items, locale_id):
    """`items` with each one replaced by its translation into `locale_id`, where there is one."""
    foreign = {item.translation_key for item in items if item.locale_id != locale_id}
    if not foreign:
        return None
    model = type(items[0])
    found = {
        item.translation_key: item for item in model.objects.filter(translation_key__in=foreign, locale_id=locale_id)
    }
    return [found.get(item.translation_key, item) if item.locale_id != locale_id else item for item in items]


def use_own_language_choices(event):
    """Swap the event's venue, categories and relations for those in its locale (before saving)."""
    if event.locale_id is None:
        return
    if event.venue_id is not None:
        (venue,) = _in_locale([event.venue], event.locale_id) or [event.venue]
        event.venue = venue
    for name in ("categories", "relations"):
        chosen = list(getattr(event, name).all())
        swapped = _in_locale(chosen, event.locale_id) if chosen else None
        if swapped is not None:
            setattr(event, name, swapped)
