"""Tag versions: read once per request, moved on by a change, never repeated after a loss."""

import pytest

from django.core.cache import cache

from portal.caching.fragments import cached
from portal.caching.keys import code_version, key
from portal.caching.tags import EVERYTHING, invalidate, is_fresh, read_once_per_request, versions
from tests.builders import home

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("uncached_pages")  # the page is built from its cached parts
def test_a_page_request_reads_each_tag_version_once(client, monkeypatch):
    client.get("/en/")
    reads = []
    real_get_many = cache.get_many
    monkeypatch.setattr(
        cache, "get_many", lambda keys, *args, **kwargs: reads.extend(keys) or real_get_many(keys, *args, **kwargs)
    )

    assert client.get("/en/").status_code == 200

    assert reads.count(key("tag", EVERYTHING)) == 1
    assert len(reads) == len(set(reads))


def test_a_change_inside_a_request_is_seen_by_the_rest_of_it():
    with read_once_per_request():
        before = versions(["page:1"])
        invalidate(["page:1"])
        assert versions(["page:1"]) != before


def test_publishing_a_page_moves_its_own_tag_on_and_leaves_others():
    page = home("en")
    before = versions([f"page:{page.pk}", "page:0"])
    page.save_revision().publish()
    after = versions([f"page:{page.pk}", "page:0"])
    assert after[f"page:{page.pk}"] != before[f"page:{page.pk}"]
    assert after["page:0"] == before["page:0"]


def test_a_lost_version_is_not_counted_again_from_the_start():
    invalidate(["page:1"])
    stored = versions(["page:1"])
    cache.delete(key("tag", "page:1"))
    assert not is_fresh(stored)
    assert versions(["page:1"])["page:1"] > 1_000_000


def test_a_part_is_rebuilt_when_one_of_its_tags_changes_and_only_then():
    builds = []

    def build():
        builds.append(1)
        return len(builds)

    assert cached("test-part", build, tags=["thing:1"]) == 1
    assert cached("test-part", build, tags=["thing:1"]) == 1
    invalidate(["thing:2"])
    assert cached("test-part", build, tags=["thing:1"]) == 1
    invalidate(["thing:1"])
    assert cached("test-part", build, tags=["thing:1"]) == 2


def test_the_deployed_code_version_is_in_every_key(monkeypatch):
    assert f":{code_version()}:" in key("page", "/pl/")
    monkeypatch.setenv("PORTAL_CODE_VERSION", "v2.1-3-gabc")
    code_version.cache_clear()
    try:
        assert key("page", "/pl/").startswith("portal:v2.1-3-gabc:page:")
    finally:
        code_version.cache_clear()
