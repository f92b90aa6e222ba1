"""An accessibility request from the form to its answer, with the legal deadlines on a frozen clock."""

import re

import pytest

from django.core import mail
from django.urls import reverse

from portal.legal.requests.models import AccessibilityRequest
from tests.editors import user_in

from .statements import COORDINATOR, request_token, statement

pytestmark = pytest.mark.django_db

REQUESTER = "jan.nowak@poczta.example"
FORM = {
    "page_concerned": "https://www.krakow.pl/en/news/budget-2026.pdf",
    "problem": "The budget PDF is a scan: my screen reader reads nothing.",
    "alternative": "The budget as an accessible Word document.",
    "name": "Jan Nowak",
    "email": REQUESTER,
    "website": "",
}


def send(client, token, language="en", address="192.0.2.10", **fields):
    data = {"token": token, **FORM, **fields}
    return client.post(f"/{language}/accessibility-request/", data, REMOTE_ADDR=address)


def panel(client):
    """The dashboard's panel of open requests, or "" when the dashboard shows none."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.find('id="accessibility-requests-section"')
    return html[start : html.index("</table>", start)] if start >= 0 else ""


def edit(client, item, **fields):
    url = reverse("wagtailsnippets_portal_accessibilityrequest:edit", args=[item.pk])
    data = {"status": item.status, "due_on": item.due_on.isoformat(), "extension_reason": "", "answer": ""}
    data.update(fields)
    return client.post(url, data)


def test_a_request_is_mailed_counted_down_extended_with_its_reason_and_turns_red_when_late(
    client, clock, django_capture_on_commit_callbacks
):
    english = statement("en")
    page = client.get(english.url)
    html = page.content.decode()
    # The form is on the statement, and every page's footer leads to it.
    assert 'id="accessibility-request"' in html
    footer = client.get("/en/").content.decode()
    assert f'href="{english.url}#accessibility-request"' in footer[footer.index("<footer") :]

    token = request_token(page)
    clock.advance(seconds=40)
    with django_capture_on_commit_callbacks(execute=True):
        sent = send(client, token)
    assert sent.status_code == 303
    thanks = client.get(sent["Location"])
    assert "within 7 days at the latest" in thanks.content.decode()
    item = AccessibilityRequest.objects.get()
    assert (item.language, item.status, item.email) == ("en", "new", REQUESTER)
    assert item.due_on.isoformat() == "2026-03-09"

    # The coordinator named in the statement is told what is asked and by when; the requester's
    # name and address stay in the admin.
    [to_coordinator] = mail.outbox
    assert to_coordinator.to == [COORDINATOR]
    assert "9 marca 2026" in to_coordinator.subject
    assert FORM["problem"] in to_coordinator.body
    assert reverse("wagtailsnippets_portal_accessibilityrequest:edit", args=[item.pk]) in to_coordinator.body
    assert REQUESTER not in to_coordinator.body and "Jan Nowak" not in to_coordinator.body

    coordinator = client
    coordinator.force_login(user_in("Accessibility coordinators"))
    # The coordinators work in the admin's language, Polish.
    shown = panel(coordinator)
    assert "Pozostało 7 dni" in shown
    assert "Po terminie" not in shown and "access-request-row--overdue" not in shown

    # A second extension, or one beyond two months, is refused with a reason.
    too_far = edit(coordinator, item, status="extended", due_on="2026-05-03", extension_reason="Long document.")
    assert too_far.status_code == 200
    assert "Najpóźniej dwa miesiące od żądania: 2026-05-02." in too_far.content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        extended = edit(
            coordinator,
            item,
            status="extended",
            due_on="2026-04-30",
            extension_reason="The 240-page budget is being rewritten as an accessible document.",
        )
    assert extended.status_code == 302
    [to_requester] = mail.outbox
    assert to_requester.to == [REQUESTER]
    assert to_requester.extra_headers["Content-Language"] == "en"
    assert "The 240-page budget is being rewritten as an accessible document." in to_requester.body
    assert "30 April 2026" in to_requester.body
    assert "Commissioner for Human Rights" in to_requester.body
    item.refresh_from_db()
    assert (item.status, item.extended_on.isoformat()) == ("extended", "2026-03-02")
    again = edit(coordinator, item, status="extended", due_on="2026-05-01", extension_reason="More time.")
    assert "Termin można przedłużyć tylko raz." in again.content.decode()

    clock.advance(days=20)
    assert "Pozostało 39 dni" in panel(coordinator)
    clock.advance(days=40)  # 1 May: a day past the extended deadline
    late = panel(coordinator)
    assert "Po terminie o 1 dzień" in late  # said in words, not by the red alone
    assert "access-request-row--overdue" in late
    assert "1 żądanie przekroczyło ustawowy termin." in late


def test_the_requester_hears_in_the_language_of_the_form_and_a_refusal_names_the_complaint_path(
    client, clock, django_capture_on_commit_callbacks
):
    german = statement("de")
    token = request_token(client.get(german.url))
    clock.advance(seconds=40)
    assert send(client, token, language="de").status_code == 303
    item = AccessibilityRequest.objects.get()
    client.force_login(user_in("Accessibility coordinators"))

    unanswered = edit(client, item, status="refused")
    assert "Napisz odpowiedź, którą otrzyma wnoszący żądanie." in unanswered.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        edit(client, item, status="in_progress")
        item.refresh_from_db()
        edit(
            client,
            item,
            status="refused",
            answer="Das Dokument ist nicht mehr gültig; wir senden eine Zusammenfassung.",
        )
    in_progress, refused = mail.outbox
    assert "Ihr Antrag auf Barrierefreiheit" in in_progress.subject
    assert "Abgelehnt" in refused.subject
    assert "Das Dokument ist nicht mehr gültig" in refused.body
    assert "Beschwerde" in refused.body and "Rzecznik Praw Obywatelskich" in refused.body
    item.refresh_from_db()
    assert item.closed is not None
    assert panel(client) == ""  # closed: off the panel
    reopened = edit(client, item, status="in_progress")
    assert "Zamknięte żądanie pozostaje zamknięte" in reopened.content.decode()


@pytest.mark.parametrize("role", ["Editors", "Moderators", "Translators", "Emergency publishers"])
def test_only_those_with_the_permission_see_or_answer_requests(client, clock, role):
    item = AccessibilityRequest.objects.create(
        statement=statement("pl"), language="pl", page_concerned="Budżet", problem="Skan", name="Jan", email=REQUESTER
    )
    client.force_login(user_in(role))
    listing = client.get(reverse("wagtailsnippets_portal_accessibilityrequest:list"))
    assert listing.status_code in (302, 403)
    assert edit(client, item, status="completed", answer="x").status_code in (302, 403)
    assert panel(client) == ""
    assert REQUESTER not in client.get(reverse("wagtailadmin_home")).content.decode()
    item.refresh_from_db()
    assert item.status == "new"


def test_a_mail_server_refusing_the_answer_loses_nothing_and_logs_no_address(
    client, clock, caplog, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.portal.legal.test_request_journey.BrokenMail"
    item = AccessibilityRequest.objects.create(
        statement=statement("pl"), language="pl", page_concerned="Budżet", problem="Skan", name="Jan", email=REQUESTER
    )
    client.force_login(user_in("Accessibility coordinators"))
    caplog.set_level("DEBUG")
    with django_capture_on_commit_callbacks(execute=True):
        assert edit(client, item, status="in_progress").status_code == 302
    item.refresh_from_db()
    assert item.status == "in_progress"
    assert re.search(rf"Accessibility request {item.pk}: the in_progress e-mail failed \(OSError\)", caplog.text)
    assert REQUESTER not in caplog.text


class BrokenMail:
    """A mail backend whose server refuses every message, naming the address as SMTP servers do."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise OSError(f"550 mailbox unavailable: {messages[0].to[0]}")
