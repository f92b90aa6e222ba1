"""A resident follows the footer link to the accessibility request form, fills it in by its
labels alone and is told by when the city answers; the coordinator has the e-mail."""

import pytest
from playwright.sync_api import expect

from django.core import mail

from portal.legal.requests.models import AccessibilityRequest
from tests.portal.legal.statements import COORDINATOR, statement

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_resident_sends_a_request_from_the_footer_link(live_server, tabs, settings):
    settings.PAGE_CACHE_ENABLED = False
    settings.ACCESSIBILITY_REQUEST_MIN_SECONDS = 0  # a script types faster than any person
    statement("pl")
    resident = tabs("pl-PL")
    resident.goto(f"{live_server.url}/pl/")
    resident.get_by_role("contentinfo").get_by_role("link", name="Zażądaj dostępnej treści").click()
    expect(resident.get_by_role("heading", name="Zażądaj dostępnej treści")).to_be_visible()

    resident.get_by_label("Strona lub dokument, którego dotyczy żądanie").fill("Budżet miasta 2026 (PDF)")
    resident.get_by_label("Co jest dla Ciebie niedostępne").fill("Plik jest skanem, czytnik ekranu nic nie czyta.")
    resident.get_by_label("W jakiej formie chcesz otrzymać informację? (nieobowiązkowe)").fill("Dokument Word")
    resident.get_by_label("Imię i nazwisko").fill("Jan Nowak")
    resident.get_by_label("Twój adres e-mail").fill("jan.nowak@poczta.example")
    resident.get_by_role("button", name="Wyślij żądanie").click()

    expect(resident.get_by_role("heading", level=1)).to_have_text("Otrzymaliśmy Twoje żądanie")
    expect(resident.get_by_text("najpóźniej w ciągu 7 dni")).to_be_visible()
    assert resident.console_errors == []
    [item] = AccessibilityRequest.objects.all()
    assert (item.language, item.email, item.alternative) == ("pl", "jan.nowak@poczta.example", "Dokument Word")
    assert [message.to for message in mail.outbox] == [[COORDINATOR]]
