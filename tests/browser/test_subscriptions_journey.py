"""A German reader follows Eurocities news by e-mail from its page and confirms from the message."""

import pytest
from playwright.sync_api import expect

from django.utils import translation
from django.utils.translation import gettext

from subscriptions.models import Subscription

from ..memberships_builders import directory, network, relation
from ..subscriptions_helpers import link_to, path_of

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def german(text):
    with translation.override("de"):
        return gettext(text)


def test_a_reader_subscribes_to_eurocities_news_and_confirms_from_the_email(live_server, tabs, smtp_server, settings):
    settings.PAGE_CACHE_ENABLED = False
    eurocities = relation(directory("de"), "Eurocities", partner_network=network("de"))
    reader = tabs("de-DE")

    reader.goto(live_server.url + eurocities.url)
    reader.get_by_role("link", name=german("Get news about %(name)s by e-mail") % {"name": "Eurocities"}).click()
    expect(reader.get_by_role("heading", level=1)).to_contain_text("Eurocities")
    reader.get_by_label(german("Your e-mail address")).fill("leser@example.org")
    reader.get_by_label(german("Daily digest")).check()
    reader.get_by_role("button", name=german("Send me the confirmation link")).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(german("Check your inbox"))

    [confirmation] = smtp_server.to("leser@example.org")
    reader.goto(live_server.url + path_of(link_to(confirmation, "/confirm/")))
    reader.get_by_role("button", name=german("Confirm the alert")).click()

    expect(reader.get_by_role("heading", level=1)).to_have_text(german("Your alert is confirmed"))
    assert reader.console_errors == []
    [alert] = Subscription.objects.all()
    assert (alert.subscriber.email, alert.subscriber.language, alert.frequency) == ("leser@example.org", "de", "daily")
