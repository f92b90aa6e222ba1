"""Load the demo registry: partner cities, networks with their facts, the directory and its relations."""

import uuid

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Locale

from portal.management.demo import ensure_translated_page
from portal.models import HomePage

from ... import demo_content as demo
from ...models import Network, NetworkFact, PartnerCity, RelationIndexPage, RelationPage, StatusHistoryEntry

LANGUAGES = ("pl", "en", "de")
# Translation keys derived from a fixed namespace, so a second run finds what the first created.
NAMESPACE = uuid.UUID("6f1c2a52-3f4e-4d8b-9a57-1b2f1d7c0e11")


def _key(kind, name):
    return uuid.uuid5(NAMESPACE, f"{kind}:{name}")


def _ensure_translated_snippet(model, translation_key, fields_by_language):
    """One record per language sharing a translation key; existing records are left as editors left them."""
    records = {}
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        record = model.objects.filter(translation_key=translation_key, locale=locale).first()
        if record is None:
            record = model(translation_key=translation_key, locale=locale, **fields_by_language[language])
            record.save()
        records[language] = record
    return records


class Command(BaseCommand):
    help = "Load the demo partnerships registry in Polish, English and German. Safe to run again."

    def handle(self, *args, **options):
        with transaction.atomic():
            cities = {key: self._city(key, data) for key, data in demo.CITIES.items()}
            networks = {key: self._network(key, data) for key, data in demo.NETWORKS.items()}
            index = ensure_translated_page(
                HomePage.objects.get(locale__language_code="pl"),
                RelationIndexPage,
                {language: {**fields, "show_in_menus": True} for language, fields in demo.INDEX.items()},
            )
            for data in demo.RELATIONS.values():
                ensure_translated_page(index["pl"], RelationPage, self._relation_versions(data, cities, networks))

    @staticmethod
    def _city(key, data):
        names, native_name, other_names, country, latitude, longitude = data
        return _ensure_translated_snippet(
            PartnerCity,
            _key("city", key),
            {
                language: {
                    "name": names[language],
                    "native_name": native_name,
                    "other_names": other_names,
                    "country_code": country,
                    "country_name": demo.COUNTRIES[country][language],
                    "latitude": latitude,
                    "longitude": longitude,
                }
                for language in LANGUAGES
            },
        )

    @staticmethod
    def _network(key, data):
        return _ensure_translated_snippet(
            Network,
            _key("network", key),
            {
                language: {
                    "name": data["name"][language],
                    "founded_year": data["founded_year"],
                    "founders": data["founders"][language],
                    "website": data["website"],
                    "facts": [
                        NetworkFact(
                            value=fact["value"][language],
                            counts=fact["counts"][language],
                            as_of=fact["as_of"],
                            as_of_precision=fact["as_of_precision"],
                            source_name=fact["source_name"][language],
                            source_url=fact["source_url"],
                            archived=fact.get("archived", False),
                        )
                        for fact in data["facts"]
                    ],
                }
                for language in LANGUAGES
            },
        )

    @staticmethod
    def _relation_versions(data, cities, networks):
        versions = {}
        for language in LANGUAGES:
            fields = {
                "slug": data["slug"][language],
                "title": data["title"][language],
                "summary": data["summary"][language],
                "relation_type": data["relation_type"],
                "status": data["status"],
                "coordinating_department": data.get("coordinating_department", {}).get(language, ""),
                "status_history": [
                    StatusHistoryEntry(
                        date=step["date"],
                        date_precision=step["date_precision"],
                        stage=step["stage"][language],
                        legal_basis=step["legal_basis"].get(language, ""),
                        legal_basis_date=step["legal_basis_date"],
                        starts_current=step["starts_current"],
                        note=step["note"].get(language, ""),
                        source_url=step["source_url"],
                    )
                    for step in data.get("history", [])
                ],
                "focus_areas": [
                    {
                        "type": "focus_area",
                        "value": {"kind": "focus_area", "title": title, "description": description},
                    }
                    for title, description in data.get("focus_areas", {}).get(language, [])
                ],
                "benefits": [{"type": "benefit", "value": b} for b in data.get("benefits", {}).get(language, [])],
                "documents": [
                    {
                        "type": "document",
                        "value": {**document, "date": document["date"].isoformat() if document["date"] else None},
                    }
                    for document in data.get("documents", {}).get(language, [])
                ],
                "body": data.get("body", {}).get(language, []),
            }
            if "city" in data:
                fields["partner_city"] = cities[data["city"]][language]
            else:
                fields["partner_network"] = networks[data["network"]][language]
            versions[language] = fields
        return versions
