"""Language prefixes, the root redirect, <html lang>, hreflang and the language switcher."""

import re

import pytest

from portal.models import StandardPage
from tests.builders import add_page, add_translation, home, make_private

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("de-DE,de;q=0.9", "/de/"), ("en-GB,en;q=0.8", "/en/"), ("pl", "/pl/"), ("fr-FR,fr;q=0.9", "/pl/"), ("", "/pl/")],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["pl", "en", "de"])
def test_each_home_page_renders_with_its_language(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    assert home(language).title in response.content.decode()


def test_home_page_names_all_translations_as_hreflang_alternates(client):
    html = client.get("/en/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', html))
    assert alternates == {"pl": "http://localhost/pl/", "en": "http://localhost/en/", "de": "http://localhost/de/"}


def test_switcher_leads_to_the_same_page_in_another_language(client):
    page = add_page(home("pl"), StandardPage, title="Kontakt", slug="kontakt")
    add_translation(page, "de", title="Kontakt DE", slug="kontakt-de")
    html = client.get("/pl/kontakt/").content.decode()
    assert 'href="/de/kontakt-de/" hreflang="de" lang="de">Deutsch</a>' in html


def test_switcher_falls_back_to_home_and_says_so_when_no_translation(client):
    add_page(home("pl"), StandardPage, title="Tylko po polsku", slug="tylko-po-polsku")
    html = client.get("/pl/tylko-po-polsku/").content.decode()
    english_link = re.search(r'<a href="([^"]+)" hreflang="en"[^>]*>(.*?)</a>', html, re.S)
    assert english_link.group(1) == "/en/"
    assert "this page is not translated" in english_link.group(2)
    assert 'hreflang="en" href=' not in html  # no alternate for a missing translation


def test_draft_and_private_translations_are_not_offered(client):
    page = add_page(home("pl"), StandardPage, title="Strona", slug="strona")
    add_translation(page, "en", title="Draft page", slug="draft-page", publish=False)
    private = add_translation(page, "de", title="Geheime Seite", slug="geheim")
    make_private(private)
    html = client.get("/pl/strona/").content.decode()
    assert "/en/draft-page/" not in html
    assert "/de/geheim/" not in html


def test_main_navigation_lists_menu_pages_of_the_current_language_only(client):
    add_page(home("pl"), StandardPage, title="Aktualności", slug="aktualnosci", show_in_menus=True)
    add_page(home("en"), StandardPage, title="About Kraków", slug="about", show_in_menus=True)
    add_page(home("en"), StandardPage, title="Hidden from menu", slug="hidden")
    html = client.get("/en/").content.decode()
    nav = html[html.index('class="main-nav"') :]
    assert "About Kraków" in nav
    assert "Aktualności" not in nav
    assert "Hidden from menu" not in nav


def test_navigation_refreshes_when_a_page_is_published(client):
    client.get("/en/")  # fill the cache
    add_page(home("en"), StandardPage, title="Brand new section", slug="new-section", show_in_menus=True)
    assert "Brand new section" in client.get("/en/").content.decode()
