"""One request's cache reads and writes (portal.caching.request_memo): few round trips, and
nothing a reader should see lost or kept stale by them."""

import uuid

import pytest

from django.core.cache import caches

from portal.caching import request_memo
from portal.caching.keys import key
from portal.caching.tags import invalidate, read_once_per_request, versions
from tests.builders import make_private
from tests.memberships.builders import directory, network, relation
from tests.news.builders import article

pytestmark = pytest.mark.django_db

ROUND_TRIPS = ("get", "get_many", "set", "set_many", "add", "incr", "delete", "delete_many")


@pytest.fixture
def round_trips(monkeypatch):
    """The calls the portal makes to the shared cache for its own keys, by method name: not
    Wagtail's (its site root paths, renditions), nor those a backend makes of itself (the test
    cache's get_many calls its get)."""
    backend = caches["default"]
    made = []
    inside = []
    for name in ROUND_TRIPS:
        method = getattr(backend, name)

        def counted(*args, _method=method, _name=name, **kwargs):
            names = [args[0]] if isinstance(args[0], str) else list(args[0])
            if inside or not any(str(name).startswith("portal:") for name in names):
                return _method(*args, **kwargs)
            made.append(_name)
            inside.append(_name)
            try:
                return _method(*args, **kwargs)
            finally:
                inside.pop()

        monkeypatch.setattr(backend, name, counted)
    return made


def publish_again(page):
    page.refresh_from_db()
    page.save_revision().publish()


def test_a_page_seen_before_is_read_in_one_round_trip(client, uncached_pages, round_trips):
    partnership = relation(directory("en"), "Eurocities", partner_network=network("en"))
    story = article("Kraków joins Eurocities", relations=[partnership])
    client.get(story.url)
    client.get(story.url)  # the first visit of this address in this process learns its keys

    round_trips.clear()
    assert client.get(story.url).status_code == 200
    assert round_trips == ["get_many"]


def test_the_first_reader_after_a_correction_waits_for_few_round_trips(client, uncached_pages, round_trips):
    partnership = relation(directory("en"), "Eurocities", partner_network=network("en"))
    story = article("Kraków joins Eurocities", relations=[partnership])
    client.get(story.url)
    publish_again(story)

    round_trips.clear()
    assert client.get(story.url).status_code == 200
    # One read of all the page read last time and a few of what it had not read before; a
    # write of each part rebuilt.
    reads = [call for call in round_trips if call.startswith("get")]
    assert len(reads) <= 5, round_trips
    assert len(round_trips) <= 14, round_trips


def test_what_a_request_builds_is_stored_as_it_was_then_and_read_back_from_memory(round_trips):
    name = key("test", "built")
    value = {"title": "Before"}
    with request_memo.one_request(("localhost", f"/en/{uuid.uuid4()}/")):  # an address never read before
        request_memo.set(name, value, 60)
        value["title"] = "Changed afterwards by the request"
        round_trips.clear()
        assert request_memo.get(name) is value
        assert round_trips == []
    assert caches["default"].get(name) == {"title": "Before"}


def test_a_change_made_within_a_request_is_read_afresh():
    with read_once_per_request(), request_memo.one_request(("localhost", "/en/")):
        before = versions(["page:1"])["page:1"]
        invalidate(["page:1"])
        assert versions(["page:1"])["page:1"] != before


def test_a_partnership_closed_to_readers_leaves_the_article_that_linked_it(client):
    partnership = relation(directory("en"), "Council club RESTRICTED-51c2", partner_network=network("en"))
    story = article("Kraków joins a club", relations=[partnership])
    assert "RESTRICTED-51c2" in client.get(story.url).content.decode()

    make_private(partnership)

    assert "RESTRICTED-51c2" not in client.get(story.url).content.decode()


def test_a_partnership_translated_later_is_linked_in_that_language(client):
    english = directory("en")
    partnership = relation(english, "Eurocities", partner_network=network("en"), publish=False)
    story = article("Kraków joins Eurocities", relations=[partnership])
    assert "Eurocities</a>" not in client.get(story.url).content.decode()

    partnership.refresh_from_db()
    partnership.save_revision().publish()

    assert f'<a href="{partnership.url}">Eurocities</a>' in client.get(story.url).content.decode()
