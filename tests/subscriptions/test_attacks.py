"""What an attacker or a careful resident tries on e-mail alerts: odd keys, hidden tags, line
breaks in names, a mail server that refuses, cross-site posts, and one person's links in the cache."""

import pytest

from django.test import Client
from django.utils import timezone

from taggit.models import Tag

from subscriptions import links, tokens
from subscriptions.models import LIFETIME, Frequency, Subscriber, Subscription, Topic
from tests.builders import make_private
from tests.memberships.builders import directory, network, relation
from tests.news.builders import article, category
from tests.smtp_server import free_port
from tests.subscriptions.helpers import path_of, sign_up, subscribe_url

pytestmark = pytest.mark.django_db


def fresh_client(**headers):
    """A visitor with no cookie, checked for CSRF as a browser would be."""
    return Client(enforce_csrf_checks=True, HTTP_HOST="localhost", **headers)


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


def test_the_sign_up_form_sets_no_cookie_and_refuses_posts_from_other_sites(smtp_server):
    culture = category("en", name="Culture")
    url = subscribe_url("category", culture.translation_key, "en")
    form = {"topic": "category", "key": culture.translation_key, "frequency": "daily", "website": ""}

    shown = fresh_client().get(url)
    same_site = fresh_client(HTTP_SEC_FETCH_SITE="same-origin").post(url, {**form, "email": "a@example.org"})
    by_program = fresh_client().post(url, {**form, "email": "b@example.org"})
    cross_site = fresh_client(HTTP_SEC_FETCH_SITE="cross-site").post(url, {**form, "email": "c@example.org"})
    old_browser = fresh_client(HTTP_ORIGIN="https://attacker.example").post(url, {**form, "email": "d@example.org"})

    assert shown.status_code == 200 and shown.cookies == {} and "csrfmiddlewaretoken" not in shown.content.decode()
    assert (same_site.status_code, by_program.status_code) == (200, 200)
    assert (cross_site.status_code, old_browser.status_code) == (403, 403)
    assert sorted(rcpt for message in smtp_server.messages for rcpt in message["To"].split(",")) == [
        "a@example.org",
        "b@example.org",
    ]
    assert same_site.cookies == {}


@pytest.fixture
def held():
    subscriber = Subscriber.objects.create(email="resident@example.org", language="en")
    now = timezone.now()
    alert = Subscription.objects.create(
        subscriber=subscriber,
        topic=Topic.TAG,
        key="7",
        label="#tram",
        frequency=Frequency.AS_PUBLISHED,
        confirmed_at=now,
        expires_at=now + LIFETIME,
    )
    return subscriber, alert


def test_one_persons_unsubscribe_and_manage_pages_are_never_stored_or_shared(held):
    subscriber, alert = held
    unsubscribe = path_of(links.unsubscribe_url(subscriber, [alert.pk]))
    manage = path_of(links.manage_url(subscriber))
    confirm = path_of(links.confirm_url(tokens.confirmation_token("x@example.org", "en", "tag", "7", "daily"), "en"))

    for path in (unsubscribe, manage, confirm):
        response = fresh_client().get(path)
        assert "X-Cache" not in response and "no-store" in response["Cache-Control"], path
        assert response.cookies == {}
    assert fresh_client().post(unsubscribe).status_code == 200
    assert "already ended" in fresh_client().get(unsubscribe).content.decode()


def test_the_manage_page_saves_without_a_cookie_and_refuses_posts_from_other_sites(held):
    subscriber, alert = held
    manage = path_of(links.manage_url(subscriber))

    refused = fresh_client(HTTP_SEC_FETCH_SITE="cross-site").post(manage, {"erase": ""})
    assert refused.status_code == 403 and Subscriber.objects.exists()
    saved = fresh_client(HTTP_SEC_FETCH_SITE="same-origin").post(manage, {f"frequency_{alert.pk}": "daily"})
    assert saved.status_code == 302
    alert.refresh_from_db()
    assert alert.frequency == "daily"
