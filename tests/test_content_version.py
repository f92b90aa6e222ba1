"""The content version: read once per request, never stale after a change, never repeated."""

import pytest

from django.core.cache import cache

from portal.content_version import VERSION_KEY, bump_version, current_version, read_once_per_request

from .builders import home

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("uncached_pages")  # the page is built from its cached parts
def test_a_page_request_reads_the_version_once(client, monkeypatch):
    client.get("/en/")  # creates the footer settings on first use, which changes the content
    reads = []
    real_get = cache.get
    monkeypatch.setattr(cache, "get", lambda key, *args, **kwargs: reads.append(key) or real_get(key, *args, **kwargs))

    assert client.get("/en/").status_code == 200

    assert len([key for key in reads if key == VERSION_KEY]) == 1
    assert len(reads) > 3  # navigation, footer, site and route were all looked up


def test_a_change_inside_a_request_is_seen_by_the_rest_of_it():
    with read_once_per_request():
        before = current_version()
        bump_version()
        assert current_version() != before


def test_outside_a_request_every_read_sees_the_latest_number():
    before = current_version()
    home("en").save_revision().publish()
    assert current_version() != before


def test_a_lost_number_is_not_counted_again_from_the_start():
    bump_version()
    cache.delete(VERSION_KEY)
    assert current_version() > 1_000_000
