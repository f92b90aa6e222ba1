"""The accessibility statement: the EU model's structure, its yearly review reminder and its demo."""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from portal.models import AccessibilityStatementPage, FooterSettings, HomePage, StandardPage
from portal.models.legal import add_months, overdue_statements
from tests.builders import add_page, home

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 15)


STATEMENT_FORM = {
    "title": "Deklaracja dostępności",
    "slug": "deklaracja",
    "public_body": "Urząd Miasta Krakowa",
    "website": "Portal miejski",
    "site_published_on": "2025-03-28",
    "last_updated_on": "2026-01-10",
    "compliance_status": "partial",
    "barriers": streamfield(
        [("barrier", {"problem": "PDF", "reason": "disproportionate_burden", "alternative": "Mail"})]
    ),
    "prepared_on": "2025-03-28",
    "assessment_method": "self",
    "last_reviewed_on": "2026-01-10",
    "contact_name": "Zespół",
    "contact_email": "dostepnosc@krakow.example",
    "contact_phone": "+48 12 616 12 00",
    "response_days": 7,
    "enforcement_procedure": rich_text("<p>Skarga.</p>"),
    "architectural_accessibility": rich_text("<p>Winda przy wejściu od ulicy.</p>"),
    "body": streamfield([]),
}


def statement(parent=None, **fields):
    values = {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "public_body": "The City of Kraków",
        "website": "Kraków city portal",
        "site_published_on": datetime.date(2024, 5, 6),
        "last_updated_on": datetime.date(2025, 11, 20),
        "compliance_status": "partial",
        "barriers": [
            ("barrier", {"problem": "Old PDFs lack text.", "reason": "non_compliance", "alternative": "Ask us."}),
            ("barrier", {"problem": "Videos before 2020.", "reason": "out_of_scope", "alternative": ""}),
        ],
        "prepared_on": datetime.date(2025, 3, 28),
        "last_reviewed_on": datetime.date(2025, 3, 28),
        "contact_name": "Accessibility team",
        "contact_email": "access@krakow.example",
        "contact_phone": "+48 12 616 12 00",
        "response_days": 7,
        "enforcement_procedure": "<p>Complaints on paper go to the registry.</p>",
        "architectural_accessibility": "<p>A lift at the street entrance.</p>",
    }
    values.update(fields)
    return add_page(parent or home("en"), AccessibilityStatementPage, **values)


class TestPageTree(WagtailPageTestCase):
    def test_a_statement_lives_directly_under_a_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, {})

    def test_editors_create_a_statement_through_the_admin_form(self):
        admin = get_user_model().objects.create_superuser("boss", "boss@krakow.example", "pass-1234567")
        self.client.force_login(admin)
        self.assertCanCreate(
            home("pl"),
            AccessibilityStatementPage,
            nested_form_data(STATEMENT_FORM),
        )

    def test_a_statement_can_be_previewed(self):
        page = statement(home("pl"))
        self.assertPageIsPreviewable(page, post_data=nested_form_data({**STATEMENT_FORM, "slug": page.slug}))

    def test_one_statement_per_language(self):
        statement()
        assert not AccessibilityStatementPage.can_create_at(home("en"))
        assert AccessibilityStatementPage.can_create_at(home("de"))


@pytest.mark.parametrize(
    ("date", "months", "expected"),
    [
        (datetime.date(2025, 3, 28), 12, datetime.date(2026, 3, 28)),
        (datetime.date(2024, 2, 29), 12, datetime.date(2025, 2, 28)),
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2026, 3, 15), -12, datetime.date(2025, 3, 15)),
        (datetime.date(2026, 1, 10), -1, datetime.date(2025, 12, 10)),
    ],
)
def test_months_are_added_by_the_calendar(date, months, expected):
    assert add_months(date, months) == expected


def test_a_review_is_overdue_only_after_twelve_months():
    page = statement(last_reviewed_on=datetime.date(2025, 3, 15))
    assert page.review_due_on == datetime.date(2026, 3, 15)
    assert not page.is_review_overdue(today=TODAY)
    assert page.is_review_overdue(today=TODAY + datetime.timedelta(days=1))


def test_overdue_statements_lists_old_reviews_oldest_first():
    old = statement(last_reviewed_on=datetime.date(2024, 12, 1))
    older = statement(parent=home("de"), slug="barrierefreiheit", last_reviewed_on=datetime.date(2024, 6, 1))
    statement(parent=home("pl"), slug="deklaracja", last_reviewed_on=datetime.date(2026, 1, 1))
    assert [page.pk for page in overdue_statements(today=TODAY)] == [older.pk, old.pk]


def test_the_dashboard_reminds_editors_of_an_overdue_review(client):
    page = statement(last_reviewed_on=datetime.date(2020, 1, 1))
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@krakow.example", "secret-pass-123"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="accessibility-review-section"' in html
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html


def test_the_dashboard_stays_quiet_while_the_review_is_recent(client):
    statement(last_reviewed_on=datetime.date.today())
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@krakow.example", "secret-pass-123"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="accessibility-review-section"' not in html


def test_the_public_page_follows_the_eu_model(client):
    page = statement(last_reviewed_on=datetime.date(2026, 1, 10))
    html = client.get(page.url).content.decode()
    sections = [
        "Dates of the website",
        "Compliance status",
        "Non-accessible content",
        "Exemptions",
        "Preparation of this accessibility statement",
        "Feedback and contact information",
        "Request and complaint procedure",
        "Architectural accessibility",
        "Easy-to-read text and Polish Sign Language",
    ]
    positions = [html.index(f">{heading}</h2>") for heading in sections]
    assert positions == sorted(positions)
    assert "partially compliant with the Act of 4 April 2019" in html
    assert "Old PDFs lack text." in html[html.index(">Non-accessible content</h2>") : html.index(">Exemptions</h2>")]
    assert ">Not within the scope of the applicable law</h3>" in html
    assert ">Disproportionate burden</h3>" not in html  # no barrier of that kind
    assert '<time datetime="2026-01-10">' in html
    assert 'href="mailto:access@krakow.example"' in html
    assert "within 7 days at the latest" in html
    assert "Commissioner for Human Rights" in html


def test_demo_statement_replaces_an_older_plain_page_and_the_footer_links_it(client):
    old = add_page(home("pl"), StandardPage, title="Deklaracja", slug="deklaracja-dostepnosci")
    footer = FooterSettings.objects.create(site_id=home("pl").get_site().pk, accessibility_page=old)

    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_content", verbosity=0)

    assert not StandardPage.objects.filter(pk=old.pk).exists()
    statements = AccessibilityStatementPage.objects.live()
    assert sorted(statements.values_list("locale__language_code", flat=True)) == ["de", "en", "pl"]
    footer.refresh_from_db()
    assert footer.accessibility_page_id == statements.get(locale__language_code="pl").pk
    for language, path in [("pl", "deklaracja-dostepnosci"), ("de", "barrierefreiheit")]:
        html = client.get(f"/{language}/").content.decode()
        assert f'href="/{language}/{path}/"' in html[html.index("<footer") :]
    assert Page.objects.filter(slug="deklaracja-dostepnosci").count() == 1
