"""Builders for calendar content: listings, venues, categories and events, published through Wagtail."""

import datetime
import uuid

from wagtail.models import Locale

from events.models import EventCategory, EventIndexPage, EventPage, EventSkippedDate, Venue
from portal.languages.slugs import ascii_slug
from tests.builders import add_page, add_translation, home

INDEX_SLUGS = {"pl": "wydarzenia", "en": "events", "de": "veranstaltungen"}
INDEX_TITLES = {"pl": "Wydarzenia", "en": "Events", "de": "Veranstaltungen"}


def events_index(language="en", **fields):
    """The events calendar of a language, created on first use as a translation of the Polish one."""
    existing = EventIndexPage.objects.filter(locale__language_code=language).first()
    if existing:
        return existing
    fields.setdefault("title", INDEX_TITLES[language])
    fields.setdefault("slug", INDEX_SLUGS[language])
    if language == "pl":
        return add_page(home("pl"), EventIndexPage, **fields)
    events_index("pl")
    return add_translation(events_index("pl"), language, **fields)


def venue(language="en", name="Nuremberg House", *, step_free=True, translation_key=None, **fields):
    fields.setdefault("street_address", "Rynek Główny 25")
    fields.setdefault("postal_code", "31-008")
    fields.setdefault("latitude", "50.06215")
    fields.setdefault("longitude", "19.93794")
    return Venue.objects.create(
        locale=Locale.objects.get(language_code=language),
        name=name,
        step_free_entrance=step_free,
        translation_key=translation_key or uuid.uuid4(),
        **fields,
    )


def category(language="en", name="Culture", slug=None, translation_key=None):
    return EventCategory.objects.create(
        locale=Locale.objects.get(language_code=language),
        name=name,
        slug=slug or name.lower().replace(" ", "-"),
        translation_key=translation_key or uuid.uuid4(),
    )


def event(
    title,
    *,
    language="en",
    index=None,
    start=None,
    hour=18,
    publish=True,
    categories=(),
    skipped=(),
    **fields,
):
    """An event in a language's calendar, starting on the date `start` (default: in ten days)."""
    index = index or events_index(language)
    start = start or datetime.date.today() + datetime.timedelta(days=10)
    fields.setdefault("lead", f"What happens: {title}.")
    fields.setdefault("slug", f"{ascii_slug(title)}-{uuid.uuid4().hex[:6]}")
    if not fields.get("all_day"):
        fields.setdefault("start_time", datetime.time(hour))
        fields.setdefault("end_time", datetime.time(hour + 2))
    return add_page(
        index,
        EventPage,
        publish=publish,
        title=title,
        start_date=start,
        locale=index.locale,
        categories=list(categories),
        skipped_dates=[EventSkippedDate(date=day) for day in skipped],
        **fields,
    )


def translate(page, language, **fields):
    if isinstance(page.specific, EventPage):
        events_index(language)
    return add_translation(page, language, **fields)
