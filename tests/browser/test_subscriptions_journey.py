"""A German reader follows Eurocities news by e-mail from its page, confirms from the message, gets a
German article about Eurocities once, unsubscribes from the message and gets nothing more."""

import datetime

import pytest
from playwright.sync_api import expect

from django.utils import timezone, translation
from django.utils.translation import gettext

from subscriptions.models import Subscription
from tests.memberships.builders import directory, network, relation
from tests.news.builders import article
from tests.smtp_server import text_of
from tests.subscriptions.helpers import link_to, path_of, run_sender

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def german(text):
    with translation.override("de"):
        return gettext(text)


def test_a_reader_subscribes_to_eurocities_news_gets_an_article_once_and_unsubscribes(
    live_server, tabs, smtp_server, settings
):
    settings.PAGE_CACHE_ENABLED = False
    eurocities = relation(directory("de"), "Eurocities", partner_network=network("de"))
    reader = tabs("de-DE")

    reader.goto(live_server.url + eurocities.url)
    reader.get_by_role("link", name=german("Get news about %(name)s by e-mail") % {"name": "Eurocities"}).click()
    expect(reader.get_by_role("heading", level=1)).to_contain_text("Eurocities")
    reader.get_by_label(german("Your e-mail address")).fill("leser@example.org")
    reader.get_by_label(german("As published (at most one e-mail an hour)")).check()
    reader.get_by_role("button", name=german("Send me the confirmation link")).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(german("Check your inbox"))

    [confirmation] = smtp_server.to("leser@example.org")
    reader.goto(live_server.url + path_of(link_to(confirmation, "/confirm/")))
    reader.get_by_role("button", name=german("Confirm the alert")).click()

    expect(reader.get_by_role("heading", level=1)).to_have_text(german("Your alert is confirmed"))
    assert reader.console_errors == []
    [alert] = Subscription.objects.all()
    assert (alert.subscriber.email, alert.subscriber.language, alert.frequency) == (
        "leser@example.org",
        "de",
        "as_published",
    )

    smtp_server.clear()
    article("Krakau tritt Eurocities bei", language="de", relations=[eurocities])
    now = timezone.now()
    run_sender(now)
    run_sender(now + datetime.timedelta(minutes=5))  # a second round finds nothing owed
    [news] = smtp_server.to("leser@example.org")
    assert "Krakau tritt Eurocities bei" in text_of(news)

    reader.goto(live_server.url + path_of(link_to(news, "/unsubscribe/")))
    reader.get_by_role("button", name=german("Unsubscribe")).click()
    expect(reader.get_by_role("heading", level=1)).to_contain_text(german("You are unsubscribed"))
    assert not Subscription.objects.exists()

    article("Eurocities wieder in Krakau", language="de", relations=[eurocities])
    run_sender(now + datetime.timedelta(hours=2))
    assert smtp_server.to("leser@example.org") == [news]
    assert reader.console_errors == []
