"""Load the demo calendar: venues, categories and events in three languages, tied to the partnerships."""

import datetime
import uuid

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale
from wagtail.rich_text import RichText

from portal.management.demo import ensure_translated_page
from portal.models import HomePage

from ...demo import content as demo
from ...models import EventCategory, EventIndexPage, EventPage, EventSkippedDate, Venue

LANGUAGES = ("pl", "en", "de")
# Translation keys from a fixed namespace, so a second run finds what the first created.
NAMESPACE = uuid.UUID("0d3c7f9e-5b7a-4e55-9a0e-3c1d2b8e6f21")


def _key(kind, name):
    return uuid.uuid5(NAMESPACE, f"{kind}:{name}")


def _ensure_snippet(model, translation_key, fields_by_language):
    records = {}
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        record = model.objects.filter(translation_key=translation_key, locale=locale).first()
        if record is None:
            record = model.objects.create(
                translation_key=translation_key, locale=locale, **fields_by_language[language]
            )
        records[language] = record
    return records


def _time(text):
    return datetime.time.fromisoformat(text) if text else None


def _first_wednesday_on_or_after(day):
    first = day.replace(day=1)
    first_wednesday = first + datetime.timedelta(days=(2 - first.weekday()) % 7)
    if first_wednesday < day:
        following = (first + datetime.timedelta(days=32)).replace(day=1)
        first_wednesday = following + datetime.timedelta(days=(2 - following.weekday()) % 7)
    return first_wednesday


def _relations(english_slugs, language):
    """The relation pages (in `language`) of the partnerships named by their English slugs."""
    relation_model = apps.get_model("memberships", "RelationPage")
    keys = relation_model.objects.filter(slug__in=english_slugs, locale__language_code="en").values("translation_key")
    return list(relation_model.objects.filter(translation_key__in=keys, locale__language_code=language))


class Command(BaseCommand):
    help = "Load the demo events calendar in Polish, English and German. Safe to run again."

    def handle(self, *args, **options):
        with transaction.atomic():
            polish_home = HomePage.objects.get(locale__language_code="pl")
            indexes = ensure_translated_page(polish_home, EventIndexPage, demo.INDEX)
            categories = {
                name: _ensure_snippet(
                    EventCategory,
                    _key("category", name),
                    {language: {"name": label, "slug": slug} for language, (label, slug) in names.items()},
                )
                for name, names in demo.CATEGORIES.items()
            }
            venues = {
                name: _ensure_snippet(
                    Venue,
                    _key("venue", name),
                    {
                        language: {
                            **venue["facts"],
                            "name": venue[language][0],
                            "accessibility_notes": venue[language][1],
                        }
                        for language in LANGUAGES
                    },
                )
                for name, venue in demo.VENUES.items()
            }
            created = 0
            today = timezone.localdate()
            for item in demo.EVENTS:
                created += self._ensure_event(item, indexes, categories, venues, today)
        self.stdout.write(f"Demo events: {created} pages created.")

    def _ensure_event(self, item, indexes, categories, venues, today):
        translation_key = _key("event", item["key"])
        start = today + datetime.timedelta(days=item["day"])
        rule, skipped = item.get("rule", ""), []
        if item.get("rule_monthly_first_wednesday"):
            start = _first_wednesday_on_or_after(start)
            until = start + datetime.timedelta(days=365)
            rule = f"FREQ=MONTHLY;BYDAY=1WE;UNTIL={until:%Y%m%d}"
        for week in item.get("skip_weeks", ()):
            skipped.append(start + datetime.timedelta(weeks=week))
        start_time, end_time = item.get("times", ("", ""))
        created = 0
        for language in LANGUAGES:
            locale = Locale.objects.get(language_code=language)
            if EventPage.objects.filter(translation_key=translation_key, locale=locale).exists():
                continue
            title, slug, lead = item[language]
            venue = venues[item["venue"]][language] if item.get("venue") else None
            page = EventPage(
                locale=locale,
                translation_key=translation_key,
                title=title,
                slug=slug,
                lead=lead,
                body=[("paragraph", RichText(f"<p>{lead}</p>"))],
                start_date=start,
                end_date=today + datetime.timedelta(days=item["end_day"]) if item.get("end_day") else None,
                start_time=_time(start_time),
                end_time=_time(end_time),
                all_day=item.get("all_day", False),
                recurrence_rule=rule,
                status=item.get("status", "scheduled"),
                attendance_mode=item.get("attendance_mode", "in_person"),
                online_url=item.get("online_url", ""),
                venue=venue,
                organiser=item["organiser"][language],
                is_free=item.get("is_free", True),
                price=item["price"][language] if "price" in item else "",
                registration_url=item.get("registration_url", ""),
                event_languages=item.get("languages", []),
                categories=[categories[name][language] for name in item["categories"]],
                relations=_relations(item.get("relations", []), language),
                skipped_dates=[EventSkippedDate(date=day) for day in skipped],
            )
            indexes[language].add_child(instance=page)
            page.save_revision().publish()
            created += 1
        return created
