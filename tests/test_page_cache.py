"""Whole-page caching: anonymous readers get cached pages that are never stale."""

import time
from datetime import timedelta

import pytest

from django.utils import timezone

from portal.models import AlertBanner, FooterSettings, StandardPage

from .builders import add_page, home
from .editors import user_in

pytestmark = pytest.mark.django_db


def test_the_second_anonymous_visit_is_served_from_the_cache(client):
    FooterSettings.for_site(home("pl").get_site())  # created on first use, which counts as a change
    assert client.get("/en/")["X-Cache"] == "miss"
    cached = client.get("/en/")
    assert cached["X-Cache"] == "hit"
    assert "public" in cached["Cache-Control"]
    assert "script-src 'self'" in cached["Content-Security-Policy"]


@pytest.mark.parametrize("language", ["pl", "en", "de"])
def test_publishing_a_page_refreshes_cached_pages_in_every_language(client, language):
    client.get(f"/{language}/")
    add_page(home(language), StandardPage, title=f"Fresh section {language}", show_in_menus=True)
    response = client.get(f"/{language}/")
    assert response["X-Cache"] == "miss"
    assert f"Fresh section {language}" in response.content.decode()


def test_unpublishing_a_page_removes_it_from_cached_pages(client):
    page = add_page(home("en"), StandardPage, title="Short-lived", show_in_menus=True)
    assert "Short-lived" in client.get("/en/").content.decode()
    page.unpublish()
    assert "Short-lived" not in client.get("/en/").content.decode()


def test_changing_the_footer_settings_refreshes_every_language(client):
    for language in ("pl", "en", "de"):
        client.get(f"/{language}/")
    footer = FooterSettings.objects.get_or_create(site_id=home("pl").get_site().pk)[0]
    footer.phone = "+48 12 000 00 00"
    footer.save()
    for language in ("pl", "en", "de"):
        assert "+48 12 000 00 00" in client.get(f"/{language}/").content.decode()


def test_a_new_alert_banner_shows_on_cached_pages_at_once(client):
    client.get("/de/")
    AlertBanner.objects.create(level="warning", message_pl="Utrudnienia", message_de="Verkehrsbehinderungen")
    assert "Verkehrsbehinderungen" in client.get("/de/").content.decode()


def test_an_alert_banner_leaves_cached_pages_when_its_end_time_passes(client):
    AlertBanner.objects.create(
        level="emergency",
        message_pl="Alarm",
        starts_at=timezone.now() - timedelta(hours=1),
        ends_at=timezone.now() + timedelta(seconds=2),
    )
    assert "Alarm" in client.get("/pl/").content.decode()
    time.sleep(2.2)  # nobody edits anything: only the clock moves
    assert "Alarm" not in client.get("/pl/").content.decode()


def test_logged_in_editors_never_get_a_cached_page(client):
    client.get("/pl/")
    client.force_login(user_in("Editors"))
    assert "X-Cache" not in client.get("/pl/")
    assert "X-Cache" not in client.get("/pl/")


def test_not_found_pages_are_not_cached(client):
    client.get("/pl/nothing-here/")
    assert "X-Cache" not in client.get("/pl/nothing-here/")
