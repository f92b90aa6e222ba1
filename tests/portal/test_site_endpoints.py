"""Sitemap, robots.txt, health check, error pages and the admin's address."""

import xml.etree.ElementTree as ET

import pytest

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from portal.models import StandardPage
from portal.views.errors import server_error
from tests.builders import add_page, add_translation, home, make_private

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_urls(client):
    """The sitemaps that /sitemap.xml, the index, lists."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    return [sitemap.find("sm:loc", NS).text for sitemap in root.findall("sm:sitemap", NS)]


def sitemap_entries(client):
    """{URL: {language: alternate URL}} of every sitemap in the index."""
    entries = {}
    for url in sitemap_urls(client):
        response = client.get(url.removeprefix("http://localhost"))
        assert response.status_code == 200
        root = ET.fromstring(response.content)
        assert root.tag == f"{{{NS['sm']}}}urlset"
        for entry in root.findall("sm:url", NS):
            location = entry.find("sm:loc", NS).text
            assert location not in entries, f"{location} is in two sitemaps"
            entries[location] = {link.get("hreflang"): link.get("href") for link in entry.findall("xhtml:link", NS)}
    return entries


def test_sitemap_index_lists_one_sitemap_per_language(client):
    assert sitemap_urls(client) == [
        "http://localhost/sitemap-pl.xml",
        "http://localhost/sitemap-en.xml",
        "http://localhost/sitemap-de.xml",
    ]
    assert client.get("/sitemap-xx.xml").status_code == 404
    assert client.get("/sitemap-pl.xml?p=2").status_code == 404
    assert client.get("/sitemap-pl.xml?p=abc").status_code == 404


def test_a_language_with_more_pages_than_a_sitemap_holds_is_split_in_chunks(client, monkeypatch):
    for number in range(4):
        add_page(home("en"), StandardPage, title=f"Chunked {number}", slug=f"chunked-{number}")
    monkeypatch.setattr("portal.pages.sitemap.URLS_PER_SITEMAP", 2)
    urls = sitemap_urls(client)
    english = [url for url in urls if "sitemap-en" in url]
    assert english == ["http://localhost/sitemap-en.xml"] + [f"http://localhost/sitemap-en.xml?p={n}" for n in (2, 3)]
    entries = sitemap_entries(client)
    assert all(f"http://localhost/en/chunked-{number}/" in entries for number in range(4))
    # Alternates survive the split: the English home page still names its Polish translation.
    assert entries["http://localhost/en/"]["pl"] == "http://localhost/pl/"


def test_sitemap_links_the_three_home_pages_as_alternates(client):
    entries = sitemap_entries(client)
    expected = {"pl": "http://localhost/pl/", "en": "http://localhost/en/", "de": "http://localhost/de/"}
    for url in expected.values():
        assert entries[url] == expected


def test_sitemap_leaves_out_drafts_and_private_pages(client):
    page = add_page(home("pl"), StandardPage, title="Publiczna", slug="publiczna")
    add_translation(page, "en", title="Draft", slug="draft", publish=False)
    private = add_page(home("pl"), StandardPage, title="Prywatna", slug="prywatna")
    make_private(private)
    add_page(private, StandardPage, title="Pod prywatną", slug="pod-prywatna")

    entries = sitemap_entries(client)
    assert "http://localhost/pl/publiczna/" in entries
    assert entries["http://localhost/pl/publiczna/"] == {}  # its only translation is a draft
    assert not [url for url in entries if "draft" in url or "prywatn" in url]


def test_a_cached_sitemap_follows_publishing_and_unpublishing(client):
    assert "http://localhost/pl/nowa/" not in sitemap_entries(client)  # now in the page cache

    page = add_page(home("pl"), StandardPage, title="Nowa", slug="nowa")
    assert "http://localhost/pl/nowa/" in sitemap_entries(client)
    page.unpublish()
    assert "http://localhost/pl/nowa/" not in sitemap_entries(client)


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://localhost/sitemap.xml" in body


@pytest.mark.parametrize("path", ["/healthz", "/healthz/ready"])
def test_readiness_names_each_part_that_answers(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "up", "cache": "up", "storage": "up"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_while_the_database_is_down_a_node_stays_live_but_not_ready(client):
    real_port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = "1"  # nothing listens there
    try:
        live = client.get("/healthz/live")
        ready = client.get("/healthz/ready")
        legacy = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict["PORT"] = real_port
    assert live.status_code == 200
    assert live.json() == {"status": "ok"}
    assert ready.status_code == legacy.status_code == 503
    assert ready.json() == {"status": "unavailable", "database": "down", "cache": "up", "storage": "up"}


def test_readiness_names_a_cache_that_does_not_answer(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.caching.backends.FailSoftRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    response = client.get("/healthz/ready")
    assert response.status_code == 503
    assert response.json()["cache"] == "down"
    assert response.json()["database"] == "up"


@pytest.mark.parametrize(("language", "text"), [("de", "Seite nicht gefunden"), ("pl", "Nie znaleziono strony")])
def test_not_found_page_speaks_the_language_of_the_address(client, language, text):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html


def test_server_error_page_is_localized_and_needs_no_database():
    request = RequestFactory().get("/de/some/page/")
    with CaptureQueriesContext(connection) as queries:
        response = server_error(request)
    assert response.status_code == 500
    assert len(queries) == 0
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert "Vorübergehendes Problem" in html


def test_wagtail_admin_is_at_admin_and_django_admin_is_off(client):
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/django-admin/", follow=True).status_code == 404
