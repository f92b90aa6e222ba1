"""A published accessibility statement with every statutory part filled, and time moved by hand."""

import datetime
import re

from django.utils import timezone

from portal.models import AccessibilityStatementPage, FooterSettings
from tests.builders import add_page, add_translation, home

COORDINATOR = "dostepnosc@um.krakow.example"
TOKEN = re.compile(r'<input type="hidden" name="token" value="([^"]+)" id="id_token">')


def statement(language="pl", **fields):
    """The statement of a language (the Polish one first, the others as its translations)."""
    values = {
        "title": {"pl": "Deklaracja dostępności", "en": "Accessibility statement", "de": "Barrierefreiheit"}[language],
        "slug": {"pl": "deklaracja-dostepnosci", "en": "accessibility-statement", "de": "barrierefreiheit"}[language],
        "public_body": "Urząd Miasta Krakowa",
        "website": "Portal miejski Krakowa",
        "site_published_on": datetime.date(2024, 5, 6),
        "last_updated_on": datetime.date(2025, 11, 20),
        "compliance_status": "partial",
        "barriers": [
            ("barrier", {"problem": "Old PDFs lack text.", "reason": "non_compliance", "alternative": "Ask us."}),
            ("barrier", {"problem": "Videos before 2020.", "reason": "out_of_scope", "alternative": ""}),
        ],
        "prepared_on": datetime.date(2025, 3, 28),
        "last_reviewed_on": datetime.date(2026, 1, 10),
        "contact_name": "Zespół ds. dostępności",
        "contact_email": COORDINATOR,
        "contact_phone": "+48 12 616 12 00",
        "response_days": 7,
        "architectural_accessibility": "<p>Winda przy wejściu od ul. Sienna.</p>",
    }
    values.update(fields)
    polish = AccessibilityStatementPage.objects.filter(locale__language_code="pl").first()
    if language == "pl":
        if polish is None:
            polish = add_page(home("pl"), AccessibilityStatementPage, **values)
            # The footer names it, as editors do under Settings → Footer.
            FooterSettings.objects.update_or_create(
                site_id=home("pl").get_site().pk, defaults={"accessibility_page": polish}
            )
        return polish
    return add_translation(polish or statement("pl"), language, **values)


def request_token(response):
    """The token of the accessibility request form on a page (exactly one form)."""
    found = TOKEN.findall(response.content.decode())
    assert len(found) == 1, f"expected one request form, found {len(found)}"
    return found[0]


class Moment:
    """The requests' clock (portal.legal.requests.clock) and the form tokens' clock, moved together."""

    def __init__(self, start):
        self.moment = start

    def now(self):
        return self.moment

    def seconds(self):
        return self.moment.timestamp()

    def advance(self, **delta):
        self.moment += datetime.timedelta(**delta)


def warsaw(year, month, day, hour=10):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))
