"""The request form keeps the page-feedback form's abuse and privacy rules."""

import datetime

import pytest

from django.core import mail

from portal.legal.requests.models import AccessibilityRequest
from portal.legal.requests.retention import delete_expired_requests
from portal.scheduling.jobs import scheduled_jobs

from .statements import request_token, statement

pytestmark = pytest.mark.django_db

FORM = {
    "page_concerned": "Uchwała budżetowa 2026 (PDF)",
    "problem": "Skan bez warstwy tekstowej.",
    "alternative": "",
    "name": "Anna Kowalska",
    "email": "anna@poczta.example",
    "website": "",
}


@pytest.fixture
def token(client, clock):
    found = request_token(client.get(statement("pl").url))
    clock.advance(seconds=30)
    return found


def send(client, token, address="192.0.2.10", **fields):
    return client.post("/pl/accessibility-request/", {"token": token, **FORM, **fields}, REMOTE_ADDR=address)


def test_a_filled_honeypot_is_refused_and_nothing_is_stored_or_mailed(client, token):
    response = send(client, token, website="https://spam.example")
    assert response.status_code == 400
    assert "Żądanie nie zostało wysłane" in response.content.decode()
    assert not AccessibilityRequest.objects.exists() and mail.outbox == []


def test_a_request_sent_at_once_is_shown_again_with_what_was_written(client, clock):
    fresh = request_token(client.get(statement("pl").url))
    response = send(client, fresh)
    assert response.status_code == 400
    html = response.content.decode()
    assert "odrobinę za szybko" in html and "Skan bez warstwy tekstowej." in html
    assert not AccessibilityRequest.objects.exists()
    clock.advance(seconds=5)
    assert send(client, request_token(response)).status_code == 303


def test_a_mistake_is_explained_next_to_its_field_and_the_rest_is_kept(client, token):
    response = send(client, token, email="not-an-address", problem="   ")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert "Uchwała budżetowa 2026 (PDF)" in html and "Anna Kowalska" in html
    assert not AccessibilityRequest.objects.exists()


def test_a_forged_or_stale_form_gets_a_friendly_400(client, token, clock):
    assert send(client, token + "x").status_code == 400
    assert send(client, "").status_code == 400
    clock.advance(days=2)
    assert send(client, token).status_code == 400
    assert not AccessibilityRequest.objects.exists()


def test_a_flood_from_one_address_stores_only_a_few_and_never_the_address(client, token):
    answers = [send(client, token, address="198.51.100.7").status_code for _ in range(10)]
    assert answers.count(303) == 3 and answers[3:] == [429] * 7
    assert send(client, token, address="198.51.100.8").status_code == 303
    stored = [str(value) for row in AccessibilityRequest.objects.values() for value in row.values()]
    assert not any("198.51.100" in value for value in stored)


def test_closed_requests_go_after_a_year_and_open_ones_stay(clock):
    page = statement("pl")

    def made(status, closed_days_ago=None):
        return AccessibilityRequest.objects.create(
            statement=page,
            language="pl",
            page_concerned="x",
            problem="y",
            name="z",
            email="z@poczta.example",
            status=status,
            received=clock.now() - datetime.timedelta(days=800),
            closed=clock.now() - datetime.timedelta(days=closed_days_ago) if closed_days_ago else None,
        )

    old, recent, still_open = made("completed", 400), made("refused", 300), made("new")
    assert delete_expired_requests(clock.now()) == 1
    assert set(AccessibilityRequest.objects.values_list("pk", flat=True)) == {recent.pk, still_open.pk}
    assert old.pk not in AccessibilityRequest.objects.values_list("pk", flat=True)


def test_the_scheduler_runs_the_retention_each_round():
    assert "accessibility request retention" in [name for name, _run in scheduled_jobs()]
