"""A correction (an article published again in the same place) refreshes what shows its text,
and leaves what only knows where it is: its language switcher and the listing's archive."""

import pytest

from news.cache_tags import archive_tag
from portal.caching.tags import page_tag, translations_tag, versions

from .memberships_builders import directory, network, relation
from .news_builders import article, moment

pytestmark = pytest.mark.django_db


def republished(page, **changes):
    """The tag versions before and after `page` is published again with `changes`."""
    page.refresh_from_db()
    tags = [page_tag(page.pk), translations_tag(page.translation_key), archive_tag("en")]
    before = versions(tags)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    after = versions(tags)
    return {tag for tag in tags if before[tag] != after[tag]}


def test_a_correction_keeps_the_switcher_and_the_archive():
    story = article("Tram works", date=moment(2025, 10, 1))
    assert republished(story, title="Tram works on Aleje") == {page_tag(story.pk)}


def test_a_new_address_refreshes_the_switcher():
    story = article("Tram works", date=moment(2025, 10, 1))
    assert translations_tag(story.translation_key) in republished(story, slug="tram-works-renamed")


def test_another_month_refreshes_the_archive():
    story = article("Tram works", date=moment(2025, 10, 1))
    assert archive_tag("en") in republished(story, date=moment(2025, 11, 3))


def test_a_first_publication_refreshes_the_archive():
    before = versions([archive_tag("en")])
    article("Tram works", date=moment(2025, 10, 1))
    assert versions([archive_tag("en")]) != before


def test_an_article_shows_the_corrected_title_of_the_partnership_it_is_about(client):
    partnership = relation(directory("en"), "Eurocities", partner_network=network("en"))
    story = article("Kraków joins Eurocities", relations=[partnership])
    assert "Eurocities" in client.get(story.url).content.decode()

    partnership.refresh_from_db()
    partnership.title = "Eurocities network"
    partnership.save_revision().publish()

    assert "Eurocities network" in client.get(story.url).content.decode()
