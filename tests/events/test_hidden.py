"""Drafts and private events appear nowhere a reader, a feed reader, a crawler or the API looks."""

import datetime
import zoneinfo

import pytest
import time_machine

from django.core.management import call_command

from tests.builders import make_private
from tests.events.builders import category, event, events_index, venue

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def on_a_wednesday_morning():
    """Three days on is the coming Saturday, inside "this weekend" and every other filter, on
    whichever day the suite runs."""
    with time_machine.travel(
        datetime.datetime(2026, 6, 10, 9, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Warsaw")), tick=True
    ):
        yield


DRAFT = "Zyxwvdraftmarker"
PRIVATE = "Qwpprivatemarker"


@pytest.fixture
def hidden_and_public(client):
    culture = category("en", "Culture")
    place = venue("en")
    events_index("en")
    start = datetime.date.today() + datetime.timedelta(days=3)
    # Every event shares a word of its lead, so a search for it would find all of them.
    lead = "Rehearsal of the nightingale choir."
    public = event("Public forum", start=start, venue=place, categories=[culture], lead=lead)
    draft = event(DRAFT, start=start, venue=place, categories=[culture], publish=False, lead=lead)
    private = event(PRIVATE, start=start, venue=place, categories=[culture], lead=lead)
    make_private(private)
    # Published once, then unpublished with a draft change: hidden, and its old version too.
    withdrawn = event(f"{DRAFT} withdrawn", start=start, categories=[culture])
    withdrawn.unpublish()
    call_command("update_index", verbosity=0)
    return public, draft, private


def surfaces(public):
    return [
        "/en/",
        "/en/events/",
        "/en/events/?step_free=1",
        "/en/events/?when=weekend",
        f"/en/events/?from={datetime.date.today()}",
        "/en/events/?category=culture",
        "/en/events/calendar/",
        "/en/events/category/culture/calendar/",
        public.url,
        public.url + "calendar/",
        "/en/search/?q=nightingale",
        "/sitemap-en.xml",
        "/api/v2/pages/?type=events.EventPage&fields=*",
        "/api/v2/pages/?type=events.EventPage&search=nightingale",
        f"/api/v2/pages/?type=events.EventPage&ends_after={datetime.date.today()}",
    ]


def test_markers_of_hidden_events_appear_in_no_response(client, hidden_and_public):
    public, draft, private = hidden_and_public
    for path in surfaces(public):
        response = client.get(path)
        assert response.status_code == 200, path
        content = response.content.decode()
        assert DRAFT not in content, path
        assert PRIVATE not in content, path
        assert draft.slug not in content and private.slug not in content, path


def test_the_surfaces_do_show_the_public_event(client, hidden_and_public):
    public, _draft, _private = hidden_and_public
    for path in surfaces(public):
        content = client.get(path).content.decode()
        assert "Public forum" in content or public.slug in content, path


def test_a_hidden_events_own_calendar_is_not_served(client, hidden_and_public):
    _public, draft, private = hidden_and_public
    assert client.get(draft.url + "calendar/" if draft.url else "/en/events/x/calendar/").status_code == 404
    response = client.get(private.url + "calendar/")
    assert response.status_code in (302, 403)
    assert PRIVATE not in response.content.decode()
