"""What an event page shows beside its own fields: its dates, venue map, links and structured data."""

import json

from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from portal.caching.tags import model_tag, page_tag, record_tag
from portal.navigation.header_and_footer import footer
from portal.pages.queries import public

from . import venue_map
from .choices import EVENT_LANGUAGES, SCHEMA_ATTENDANCE, SCHEMA_STATUS, AttendanceMode, EventStatus

SHOWN_DATES = 10
OPEN_GRAPH_LOCALES = {"pl": "pl_PL", "en": "en_GB", "de": "de_DE"}
SHARE_IMAGE = "fill-1200x630|format-jpeg"
# The characters json_script escapes, so the data cannot close its <script> element early.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def iso(value):
    return localtime(value).replace(microsecond=0).isoformat()


class EventView:
    """Everything the event template reads lazily, so a cached rendering runs no queries."""

    def __init__(self, event, request):
        self.event = event
        self.request = request

    @property
    def tags(self):
        tags = [page_tag(self.event.pk), model_tag(type(self.event).categories.field.related_model)]
        if self.event.venue_id:
            tags.append(record_tag(type(self.event).venue.field.related_model, self.event.venue_id))
        return tags

    @cached_property
    def schedule(self):
        # Read once: each reading of the page's schedule queries its skipped dates.
        return self.event.schedule

    @cached_property
    def occurrences(self):
        """Every date up to the horizon, expanded once for the dates, the JSON-LD and the rest."""
        return self.schedule.occurrences()

    @cached_property
    def upcoming(self):
        now = timezone.now()
        return [occurrence for occurrence in self.occurrences if occurrence.end > now][:SHOWN_DATES]

    @property
    def first(self):
        return self.occurrences[0] if self.occurrences else None

    @property
    def is_over(self):
        return not self.upcoming

    @cached_property
    def skipped(self):
        return sorted(self.schedule.skipped)

    @cached_property
    def venue(self):
        return self.event.venue

    @cached_property
    def map(self):
        if self.venue is None:
            return ""
        return venue_map.render([self.venue], _("Map: where %(venue)s is") % {"venue": self.venue.name})

    @cached_property
    def categories(self):
        # Only those in the event's language: the listing filters by them, and a category not
        # translated yet would link to a filter this language's listing does not know.
        return [category for category in self.event.categories.all() if category.locale_id == self.event.locale_id]

    @cached_property
    def relations(self):
        """The live partnership pages in the event's language that it belongs to, with their URLs."""
        stored = type(self.event).relations.through.objects.filter(eventpage_id=self.event.pk)
        if not getattr(self.request, "is_preview", False) and not stored.exists():
            return []  # most events belong to none: a plain look-up, spared the visibility check
        pages = public(self.event.relations.all()).filter(locale_id=self.event.locale_id).order_by("title")
        return [(page.title, page.get_url(self.request)) for page in pages]

    @property
    def languages(self):
        names = dict(EVENT_LANGUAGES)
        return [str(names.get(code, code)) for code in self.event.event_languages]

    @cached_property
    def share_image(self):
        image = self.event.hero_image
        if image is None:
            return None
        rendition = image.get_renditions(SHARE_IMAGE)[SHARE_IMAGE]
        return {
            "url": self.request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": self.event.hero_alt,
        }

    @property
    def og_locale(self):
        code = self.event.locale.language_code
        return OPEN_GRAPH_LOCALES.get(code, code)

    @property
    def calendar_url(self):
        return self.event.url + self.event.reverse_subpage("ics")

    @cached_property
    def json_ld(self):
        """schema.org Event of the next (or else the first) occurrence."""
        event = self.event
        occurrence = (self.upcoming or self.occurrences or [None])[0]
        organiser = event.organiser or footer(self.request)["settings"].organisation
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.seo_title or event.title,
            "description": event.search_description or event.lead,
            "url": event.full_url,
            "inLanguage": event.locale.language_code,
            "eventStatus": SCHEMA_STATUS[EventStatus(event.status)],
            "eventAttendanceMode": SCHEMA_ATTENDANCE[
                AttendanceMode.ONLINE
                if event.status == EventStatus.MOVED_ONLINE
                else AttendanceMode(event.attendance_mode)
            ],
            "organizer": {"@type": "Organization", "name": organiser},
            "offers": {
                "@type": "Offer",
                "url": event.registration_url or event.full_url,
                "availability": "https://schema.org/InStock",
                **(
                    {"price": "0", "priceCurrency": "PLN"}
                    if event.is_free
                    else {"description": event.price, "priceCurrency": "PLN"}
                ),
            },
        }
        if occurrence is not None:
            if event.all_day:
                data["startDate"] = occurrence.local_start.date().isoformat()
                data["endDate"] = occurrence.last_day.isoformat()
            else:
                data["startDate"], data["endDate"] = iso(occurrence.start), iso(occurrence.end)
        locations = []
        if self.venue is not None:
            venue = self.venue
            locations.append(
                {
                    "@type": "Place",
                    "name": venue.name,
                    "address": {
                        "@type": "PostalAddress",
                        "streetAddress": venue.street_address,
                        "postalCode": venue.postal_code,
                        "addressLocality": venue.locality,
                        "addressCountry": "PL",
                    },
                    "geo": {
                        "@type": "GeoCoordinates",
                        "latitude": float(venue.latitude),
                        "longitude": float(venue.longitude),
                    },
                }
            )
        if event.online_url:
            locations.append({"@type": "VirtualLocation", "url": event.online_url})
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        if self.share_image:
            data["image"] = [self.share_image["url"]]
        if event.event_languages:
            data["inLanguage"] = list(event.event_languages)
        return json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
