"""Signing up: the form on its topic, the honeypot, the daily limit and links that do not work."""

import pytest

from django.utils import translation

from subscriptions.models import ConfirmationCount, Subscriber
from subscriptions.throttle import CONFIRMATIONS_PER_DAY
from tests.memberships.builders import directory, network, relation
from tests.news.builders import category
from tests.subscriptions.helpers import confirm_from, sign_up, subscribe_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def eurocities():
    return relation(directory("en"), "Eurocities", partner_network=network("en"))


def test_a_thousand_sign_ups_for_one_address_send_a_few_confirmations_and_never_fail(client, smtp_server, eurocities):
    statuses = {
        sign_up(client, "relation", eurocities.translation_key, "en", "Target@Example.org ").status_code
        for _ in range(1000)
    }

    assert statuses == {200}
    assert len(smtp_server.to("target@example.org")) == CONFIRMATIONS_PER_DAY
    # The count is kept under a keyed hash: the address itself is stored nowhere.
    [count] = ConfirmationCount.objects.all()
    assert count.count == 1000 and "target" not in count.digest
    assert not Subscriber.objects.exists()


def test_the_honeypot_field_answers_as_usual_and_sends_nothing(client, smtp_server, eurocities):
    response = sign_up(client, "relation", eurocities.translation_key, "en", "bot@example.org", website="http://x")

    assert response.status_code == 200 and "Check your inbox" in response.content.decode()
    assert smtp_server.messages == []


def test_the_form_explains_a_wrong_address_in_the_readers_language(client, smtp_server, eurocities):
    response = sign_up(client, "relation", eurocities.translation_key, "pl", "nie-adres")

    assert response.status_code == 404  # the English relation has no Polish page to follow
    response = sign_up(client, "relation", eurocities.translation_key, "en", "not-an-address")
    body = response.content.decode()
    assert response.status_code == 200 and 'aria-invalid="true"' in body
    assert smtp_server.messages == []


def test_a_category_alert_is_confirmed_in_polish(client, smtp_server):
    culture = category("pl", name="Kultura")

    page = client.get(subscribe_url("category", culture.translation_key, "pl"))
    assert page.status_code == 200 and "Kultura" in page.content.decode()
    sign_up(client, "category", culture.translation_key, "pl", "mieszkanka@example.org", frequency="daily")
    [message] = smtp_server.messages
    assert "Potwierdź" in message["Subject"]
    assert confirm_from(client, message).status_code == 200

    [alert] = Subscriber.objects.get(email="mieszkanka@example.org").subscriptions.all()
    assert (alert.topic, alert.frequency, alert.label) == ("category", "daily", "Kultura")


@pytest.mark.parametrize(
    "query",
    ["", "?topic=category&key=not-a-uuid", "?topic=tag&key=999999", "?topic=relation&key=%00", "?topic=x&key=1"],
)
def test_unknown_topics_are_not_found(client, query):
    with translation.override("en"):
        assert client.get(f"/en/subscriptions/{query}").status_code == 404


@pytest.mark.parametrize("kind", ["confirm", "manage", "unsubscribe"])
def test_forged_links_get_a_friendly_400(client, kind):
    response = client.post(f"/de/subscriptions/{kind}/forged:token/")

    assert response.status_code == 400
    assert "funktioniert nicht mehr" in response.content.decode()


def test_an_address_typed_with_its_domain_in_unicode_or_in_punycode_is_one_address(client, smtp_server, eurocities):
    for spelling in ("Mieszkanka@ŁÓDŹ.pl", "mieszkanka@" + "łódź.pl".encode("idna").decode("ascii")):
        assert sign_up(client, "relation", eurocities.translation_key, "en", spelling).status_code == 200

    [count] = ConfirmationCount.objects.all()
    assert count.count == 2
    for message in smtp_server.messages:
        confirm_from(client, message)
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["mieszkanka@łódź.pl"]


@pytest.mark.parametrize("address", ["resident@[127.0.0.1]", "resident@[IPv6:::1]"])
def test_an_address_at_an_ip_literal_is_refused_with_a_reason(client, smtp_server, eurocities, address):
    response = sign_up(client, "relation", eurocities.translation_key, "en", address)

    body = response.content.decode()
    assert response.status_code == 200 and 'aria-invalid="true"' in body
    assert "domain name" in body or "valid email" in body
    assert smtp_server.messages == []
