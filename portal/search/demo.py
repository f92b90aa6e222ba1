"""The demo synonym groups: names and phrases readers use for what the demo pages say otherwise."""

import uuid

from wagtail.models import Locale

from .models import SynonymGroup

# One group per idea, in each language's own words; the same translation key joins the versions.
GROUPS = {
    "krakow": {
        "pl": "Kraków, Cracow, Krakau, Krakow",
        "en": "Kraków, Cracow, Krakau",
        "de": "Krakau, Cracow, Kraków",
    },
    "twin_city": {
        "pl": "miasto partnerskie, miasto bliźniacze, miasto siostrzane, partnerstwo miast, miasta partnerskie",
        "en": "partner city, twin city, sister city, town twinning, twinning, partner cities, twin cities, "
        "sister cities",
        "de": "Partnerstadt, Städtepartnerschaft, Zwillingsstadt, Partnerstädte",
    },
    "partnership": {
        "pl": "partnerstwo, partnerski, partner",
        "en": "partnership, partner",
        "de": "Partnerschaft, Partner",
    },
    "network": {
        "pl": "sieć miast, stowarzyszenie miast",
        "en": "city network, network of cities, association of cities",
        "de": "Städtenetzwerk, Netzwerk, Städtebund",
    },
    "digital": {
        "pl": "cyfryzacja, e-usługi, usługi cyfrowe",
        "en": "digital services, e-services, digitalisation, digitization",
        "de": "digitale Dienste, Digitalisierung, E-Government",
    },
    "feed": {
        "pl": "RSS, Atom, kanał, czytnik",
        "en": "RSS, Atom, feed, feed reader",
        "de": "RSS, Atom, Feed, Feedreader",
    },
}


def ensure_synonym_groups():
    """Create the demo groups that do not exist yet; returns how many were created."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    created = 0
    for name, versions in GROUPS.items():
        key = uuid.uuid5(uuid.NAMESPACE_URL, f"portal-demo-synonyms-{name}")
        for language, words in versions.items():
            if language not in locales:
                continue
            _group, was_created = SynonymGroup.objects.get_or_create(
                translation_key=key, locale=locales[language], defaults={"words": words}
            )
            created += was_created
    return created
