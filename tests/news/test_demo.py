"""The demo newsroom loads in three languages, once."""

import pytest

from django.core.management import call_command

from news.models import NewsArticlePage, NewsCategory, NewsIndexPage
from tests.demo_content import loaded_once

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker):
    """The demo newsroom, loaded once for a class of tests and gone again after it."""
    with loaded_once(django_db_blocker, "demo_news"):
        yield


class TestTheLoadedDemo:
    """Tests that start from the demo newsroom, loaded once for them all."""

    def test_each_language_gets_a_listing_in_the_menu_and_at_least_thirteen_articles(self, demo):
        for language, slug in (("pl", "aktualnosci"), ("en", "news"), ("de", "nachrichten")):
            index = NewsIndexPage.objects.get(locale__language_code=language)
            assert index.slug == slug
            assert index.show_in_menus
            published = NewsArticlePage.objects.child_of(index).published()
            assert published.count() >= 13
            dates = sorted(published.values_list("date", flat=True))
            assert (dates[-1].year - dates[0].year) * 12 + dates[-1].month - dates[0].month >= 14

    def test_the_eurocities_story_is_there_in_every_language_with_its_update_note(self, demo):
        stories = NewsArticlePage.objects.filter(
            slug__in=["krakow-czlonkiem-eurocities", "krakow-joins-eurocities", "krakau-tritt-eurocities-bei"]
        )
        assert stories.count() == 3
        assert len({story.translation_key for story in stories}) == 1
        for story in stories:
            assert story.date.date().isoformat() == "2025-10-15"
            assert story.update_notes.count() == 1
            assert story.hero_image is not None and story.hero_alt and story.hero_credit

    def test_categories_are_translations_of_each_other(self, demo):
        names = set(NewsCategory.objects.values_list("name", flat=True))
        assert {"International cooperation", "Współpraca międzynarodowa", "Internationale Zusammenarbeit"} <= names
        assert NewsCategory.objects.values("translation_key").distinct().count() == 3

    def test_loading_the_demo_twice_creates_nothing_new(self, demo):
        counts = (NewsArticlePage.objects.count(), NewsCategory.objects.count())
        call_command("demo_news", verbosity=0)
        assert (NewsArticlePage.objects.count(), NewsCategory.objects.count()) == counts


def test_the_eurocities_story_links_to_the_eurocities_relation_page_when_it_exists(db):
    from tests.memberships.builders import directory, network, relation

    eurocities = relation(directory("en"), "Eurocities", partner_network=network("en"), slug="eurocities")
    call_command("demo_news", verbosity=0)
    story = NewsArticlePage.objects.get(slug="krakow-joins-eurocities")
    assert list(story.relations.all()) == [eurocities]
