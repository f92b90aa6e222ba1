"""What an attacker or a careful resident tries on e-mail alerts: odd keys, hidden tags, line
breaks in names, a mail server that refuses, cross-site posts, and one person's links in the cache."""

import pytest

from django.test import Client
from django.utils import timezone

from taggit.models import Tag

from subscriptions import links, tokens
from subscriptions.models import LIFETIME, Frequency, Subscriber, Subscription, Topic

from .builders import make_private
from .memberships_builders import directory, network, relation
from .news_builders import article, category
from .smtp_server import free_port
from .subscriptions_helpers import path_of, sign_up, subscribe_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("key", ["%C2%B2", "%D9%A3", "%EF%BC%91"])  # ², Arabic-Indic 3, fullwidth 1
def test_tag_keys_of_digits_other_than_ascii_are_not_found(client, key):
    assert client.get(f"/en/subscriptions/?topic=tag&key={key}").status_code == 404


def test_a_tag_is_offered_only_where_a_live_public_article_of_the_language_has_it(client):
    article("Entwurf", language="en", tags=["draft-only-7f2"], publish=False)
    make_private(article("Intern", language="en", tags=["private-only-7f2"]))
    article("Po polsku", language="pl", tags=["polish-only-7f2"])
    article("Tram news", language="en", tags=["tram"])
    hidden = ["draft-only-7f2", "private-only-7f2", "polish-only-7f2"]

    for name in hidden:
        tag_id = Tag.objects.get(name=name).pk
        response = client.get(subscribe_url("tag", tag_id, "en"))
        assert response.status_code == 404 and name not in response.content.decode()
    tram = Tag.objects.get(name="tram").pk
    assert "#tram" in client.get(subscribe_url("tag", tram, "en")).content.decode()


def test_a_topic_name_with_a_line_break_gives_a_one_line_subject_and_no_extra_header(client, smtp_server):
    pasted = category("en", name="Culture\r\nBcc: everyone@attacker.example")

    response = sign_up(client, "category", pasted.translation_key, "en", "resident@example.org")

    assert response.status_code == 200
    [message] = smtp_server.messages
    assert message["Subject"] == "Confirm your e-mail alert: Culture Bcc: everyone@attacker.example"
    assert message["Bcc"] is None
    assert smtp_server.to("everyone@attacker.example") == []


def test_a_mail_server_that_does_not_answer_gets_the_usual_page(client, smtp_server, settings):
    eurocities = relation(directory("en"), "Eurocities", partner_network=network("en"))
    settings.EMAIL_PORT = free_port()  # nothing listens there

    response = sign_up(client, "relation", eurocities.translation_key, "en", "resident@example.org")

    assert response.status_code == 200 and "Check your inbox" in response.content.decode()
