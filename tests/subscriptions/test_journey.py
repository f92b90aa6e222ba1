"""A resident follows Eurocities news in German by e-mail, through a real SMTP server on loopback."""

import datetime

import pytest

from django.test import Client
from django.utils import timezone

from subscriptions.models import Subscriber, Subscription
from tests.builders import make_private
from tests.events.builders import event
from tests.memberships.builders import directory, network, relation
from tests.news.builders import article
from tests.smtp_server import free_port, html_of, text_of
from tests.subscriptions.helpers import confirm_from, link_to, path_of, run_sender, sign_up

pytestmark = pytest.mark.django_db

READER = "leserin@example.org"


@pytest.fixture
def eurocities():
    return relation(directory("de"), "Eurocities", partner_network=network("de"))


def subscribed(client, smtp_server, eurocities, frequency="as_published"):
    """Sign up and confirm from the message received; the mail server is emptied after."""
    response = sign_up(client, "relation", eurocities.translation_key, "de", READER, frequency=frequency)
    assert response.status_code == 200
    assert "Posteingang" in response.content.decode()  # "Check your inbox", in German
    [confirmation] = smtp_server.to(READER)
    assert "Eurocities" in confirmation["Subject"] and "Bestätigen" in confirmation["Subject"]
    assert confirmation["Content-Language"] == "de"
    assert not Subscriber.objects.exists()  # nothing is stored before the link is followed

    confirmed = confirm_from(client, confirmation)

    assert confirmed.status_code == 200
    assert "bestätigt" in confirmed.content.decode()
    smtp_server.clear()
    return Subscription.objects.get(subscriber__email=READER)


def test_a_german_article_about_eurocities_reaches_its_german_subscriber_once(client, smtp_server, eurocities):
    subscribed(client, smtp_server, eurocities)
    published = article("Krakau tritt Eurocities bei", language="de", relations=[eurocities])
    article("ENTWURF-3c9d", language="de", relations=[eurocities], publish=False)
    make_private(article("PRIVAT-8e1b", language="de", relations=[eurocities]))
    changed = article("Eurocities-Gipfel", language="de", relations=[eurocities])
    changed.title, changed.lead = "ÄNDERUNGSENTWURF-51aa", "Noch nicht freigegeben"
    changed.save_revision()  # a draft change of a live article: readers still see the live version
    now = timezone.now()

    run_sender(now)

    [alert] = smtp_server.to(READER)
    text, html = text_of(alert), html_of(alert)
    assert "2 neue Artikel" in alert["Subject"]
    assert "Eurocities-Gipfel" in text
    assert published.title in text and published.get_full_url() in text
    assert f'href="{published.get_full_url()}"' in html and '<html lang="de">' in html
    assert "<img" not in html  # no tracking pixel, no picture at all
    for hidden in ("ENTWURF-3c9d", "PRIVAT-8e1b", "ÄNDERUNGSENTWURF-51aa", "Noch nicht freigegeben"):
        assert hidden not in alert.as_string()
    assert "Abmelden" in text or "abmelden" in text
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert alert["List-Unsubscribe"].strip() == f"<{link_to(alert, '/unsubscribe/')}>"

    run_sender(now + datetime.timedelta(hours=2))  # a later round, as after a restart

    assert len(smtp_server.messages) == 1


def first_alert(client, smtp_server, eurocities):
    """Subscribed, one article published and mailed: (the e-mail, the time of that round)."""
    subscribed(client, smtp_server, eurocities)
    article("Eurocities tagt in Krakau", language="de", relations=[eurocities])
    now = timezone.now()
    run_sender(now)
    [alert] = smtp_server.messages
    return alert, now


def test_one_click_unsubscribe_by_post_needs_no_cookie_and_stops_the_alerts(client, smtp_server, eurocities):
    alert, now = first_alert(client, smtp_server, eurocities)
    header_link = alert["List-Unsubscribe"].strip().strip("<>")

    # What a mail program does (RFC 8058): a POST with this body, no cookie, no CSRF token.
    response = Client(enforce_csrf_checks=True, HTTP_HOST="localhost").post(
        path_of(header_link), {"List-Unsubscribe": "One-Click"}
    )

    assert response.status_code == 200
    assert not Subscription.objects.exists()
    article("Noch ein Eurocities-Treffen", language="de", relations=[eurocities])
    run_sender(now + datetime.timedelta(hours=2))
    assert len(smtp_server.messages) == 1


def test_the_unsubscribe_link_shows_a_button_that_stops_the_alerts(client, smtp_server, eurocities):
    alert, now = first_alert(client, smtp_server, eurocities)
    path = path_of(link_to(alert, "/unsubscribe/"))

    shown = client.get(path)  # what a link scanner or a person opening the link gets

    assert shown.status_code == 200 and "<button" in shown.content.decode()
    assert Subscription.objects.count() == 1
    pressed = Client(enforce_csrf_checks=True, HTTP_HOST="localhost").post(path)
    assert pressed.status_code == 200 and "abgemeldet" in pressed.content.decode()
    assert not Subscription.objects.exists()
    article("Eurocities wieder in Krakau", language="de", relations=[eurocities])
    run_sender(now + datetime.timedelta(hours=2))
    assert len(smtp_server.messages) == 1
    run_sender(now + datetime.timedelta(hours=3))  # the address with no alert left is gone
    assert not Subscriber.objects.exists()


def test_articles_published_within_the_hour_wait_for_the_next_batch(client, smtp_server, eurocities):
    subscribed(client, smtp_server, eurocities)
    first = article("Erstens", language="de", relations=[eurocities])
    now = timezone.now()
    run_sender(now)
    second = article("Zweitens", language="de", relations=[eurocities])
    third = article("Drittens", language="de", relations=[eurocities])

    run_sender(now + datetime.timedelta(minutes=30))
    assert len(smtp_server.messages) == 1
    run_sender(now + datetime.timedelta(minutes=61))

    first_mail, batch = smtp_server.messages
    assert first.title in text_of(first_mail)
    assert second.title in text_of(batch) and third.title in text_of(batch)
    assert first.title not in text_of(batch)


def test_a_confirmation_link_expires_after_48_hours(client, smtp_server, eurocities, monkeypatch):
    sign_up(client, "relation", eurocities.translation_key, "de", READER)
    [confirmation] = smtp_server.messages
    path = path_of(link_to(confirmation, "/confirm/"))
    later = __import__("time").time() + 49 * 3600
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)

    response = client.post(path)

    assert response.status_code == 400
    assert not Subscriber.objects.exists()


def test_an_article_the_mail_server_refused_goes_out_in_the_next_round(client, smtp_server, eurocities, settings):
    subscribed(client, smtp_server, eurocities)
    published = article("Eurocities-Jahrestagung", language="de", relations=[eurocities])
    settings.EMAIL_PORT = free_port()  # nothing listens there
    now = timezone.now()

    run_sender(now)  # the server does not answer: logged, and the article stays owed

    settings.EMAIL_PORT = smtp_server.port
    run_sender(now + datetime.timedelta(minutes=1))
    run_sender(now + datetime.timedelta(hours=2))
    [alert] = smtp_server.messages
    assert published.title in alert["Subject"]


def test_a_reader_following_eurocities_events_gets_its_new_events_and_not_its_news(client, smtp_server, eurocities):
    sign_up(client, "relation_events", eurocities.translation_key, "de", READER)
    confirm_from(client, smtp_server.messages[0])
    smtp_server.clear()
    meeting = event("Eurocities-Treffen im Rathaus", language="de", relations=[eurocities])
    event("ENTWURF-EVENT-77", language="de", relations=[eurocities], publish=False)
    article("Eurocities-Nachricht", language="de", relations=[eurocities])

    run_sender(timezone.now())

    [alert] = smtp_server.to(READER)
    assert meeting.title in alert["Subject"] and meeting.get_full_url() in text_of(alert)
    assert "Eurocities-Nachricht" not in alert.as_string() and "ENTWURF-EVENT-77" not in alert.as_string()
