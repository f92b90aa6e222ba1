"""Whole-page caching: anonymous readers get cached pages that are never stale."""

from datetime import timedelta

import pytest
import time_machine

from django.core.cache import cache
from django.utils import timezone

from portal.models import AlertBanner, FooterSettings, StandardPage
from tests.builders import add_page, add_translation, home
from tests.editors import user_in
from tests.memberships.builders import city, directory, relation
from tests.news.builders import article, articles, category, moment, news_index

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
    with time_machine.travel(timezone.now() + timedelta(seconds=3)):  # nobody edits anything: only the clock moves
        assert "Alarm" not in client.get("/pl/").content.decode()


def test_logged_in_editors_never_get_a_cached_page(client):
    client.get("/pl/")
    client.force_login(user_in("Editors"))
    assert "X-Cache" not in client.get("/pl/")
    assert "X-Cache" not in client.get("/pl/")


def test_not_found_pages_are_not_cached(client):
    client.get("/pl/nothing-here/")
    assert "X-Cache" not in client.get("/pl/nothing-here/")


def test_moving_a_page_refreshes_the_navigation_of_cached_pages(client):
    section = add_page(home("en"), StandardPage, title="Parent section", show_in_menus=True)
    moved = add_page(home("en"), StandardPage, title="Wandering page", show_in_menus=True)
    assert "Wandering page" in client.get("/en/").content.decode()
    moved.move(section, pos="last-child")
    assert "Wandering page" not in client.get("/en/").content.decode()


def test_deleting_a_page_refreshes_cached_pages(client):
    doomed = add_page(home("de"), StandardPage, title="Bald gelöscht", show_in_menus=True)
    assert "Bald gelöscht" in client.get("/de/").content.decode()
    doomed.delete()
    assert "Bald gelöscht" not in client.get("/de/").content.decode()


def test_publishing_a_translation_refreshes_the_cached_original(client):
    original = add_page(home("pl"), StandardPage, title="Oryginał", slug="oryginal")
    assert "/en/original/" not in client.get("/pl/oryginal/").content.decode()
    add_translation(original, "en", title="Original", slug="original")
    assert 'href="/en/original/"' in client.get("/pl/oryginal/").content.decode()


def test_renaming_a_news_category_refreshes_cached_articles(client):
    culture = category("en", name="Culture")
    story = article("Museum night", language="en", categories=[culture])
    assert "Culture" in client.get(story.url).content.decode()
    culture.name = "Arts and culture"
    culture.save()
    assert "Arts and culture" in client.get(story.url).content.decode()


def test_renaming_a_partner_city_refreshes_cached_relation_pages(client):
    nuremberg = city("en", "Nuremberg")
    page = relation(directory("en"), "Partnership with Nuremberg", partner_city=nuremberg)
    assert "Nuremberg" in client.get(page.url).content.decode()
    nuremberg.native_name = "Nürnberg-Fürth"
    nuremberg.save()
    assert "Nürnberg-Fürth" in client.get(page.url).content.decode()


def test_tracking_parameters_neither_create_entries_nor_change_the_page(client):
    assert client.get("/pl/")["X-Cache"] == "miss"
    entries = len(cache._cache)
    for number in range(30):
        response = client.get(f"/pl/?utm_source=campaign{number}&fbclid=abc{number}")
        assert response["X-Cache"] == "hit"
        assert f"campaign{number}" not in response.content.decode()
    assert len(cache._cache) == entries


def test_unknown_parameters_are_served_the_cached_page(client):
    client.get("/en/")
    assert client.get("/en/?nonsense=1")["X-Cache"] == "hit"
    assert client.get("/en/?nonsense=2&more=3")["X-Cache"] == "hit"


def test_the_parameters_a_view_reads_are_part_of_its_key(client):
    articles(15)
    listing = news_index("en").url
    first = client.get(listing)
    second = client.get(listing + "?page=2")
    assert second["X-Cache"] == "miss"
    assert second.content != first.content
    assert client.get(listing + "?page=2&utm_medium=mail")["X-Cache"] == "hit"
    assert client.get(listing)["X-Cache"] == "hit"


def test_public_responses_name_their_tags_for_a_cdn(client):
    page = add_page(home("en"), StandardPage, title="Tagged page")
    for response in (client.get(page.url), client.get(page.url)):
        assert f"page:{page.pk}" in response["Surrogate-Key"].split()
        assert f"page:{page.pk}" in response["Cache-Tag"].split(",")


def test_a_draft_or_an_autosave_keeps_the_cached_page(client):
    page = add_page(home("en"), StandardPage, title="Steady page")
    client.get(page.url)
    page.title = "Unpublished title"
    page.save_revision()
    page.save_revision(clean=False)
    response = client.get(page.url)
    assert response["X-Cache"] == "hit"
    assert "Unpublished title" not in response.content.decode()


def test_the_first_visit_creating_the_footer_settings_keeps_cached_pages(client):
    FooterSettings.objects.all().delete()
    assert client.get("/de/")["X-Cache"] == "miss"  # creates the footer settings with their defaults
    assert FooterSettings.objects.exists()
    assert client.get("/de/")["X-Cache"] == "hit"


def republish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_a_correction_to_an_article_keeps_the_cached_articles_that_do_not_show_it(client):
    culture = category("en", name="Culture")
    stories = {
        day: article(f"Culture story {day}", language="en", categories=[culture], date=moment(2025, 10, day))
        for day in range(1, 6)
    }
    # Each article lists the three newest others of its category: the oldest does not list the
    # second oldest, the newest does.
    corrected, oldest, newest = stories[2], stories[1], stories[5]
    assert corrected.title not in client.get(oldest.url).content.decode()
    assert corrected.title in client.get(newest.url).content.decode()

    republish(corrected, title="Culture story 2, corrected")

    assert "Culture story 2, corrected" in client.get(newest.url).content.decode()
    assert client.get(oldest.url)["X-Cache"] == "hit"


def test_moving_an_article_to_another_category_refreshes_that_categorys_related_boxes(client):
    culture, sport = category("en", name="Culture"), category("en", name="Sport")
    moved = article("City marathon", language="en", categories=[culture], date=moment(2025, 10, 1))
    runner = article("Running club opens", language="en", categories=[sport], date=moment(2025, 10, 2))
    assert "City marathon" not in client.get(runner.url).content.decode()

    moved.categories = [sport]
    republish(moved)

    assert "City marathon" in client.get(runner.url).content.decode()
