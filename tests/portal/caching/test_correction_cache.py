"""A correction (an article published again in the same place) refreshes what shows its text,
and leaves what only knows where it is: its language switcher and the listing's archive."""

import re

import pytest

from wagtail.images.rect import Rect

from news.cache_tags import archive_tag
from portal.caching.tags import page_tag, translations_tag, versions
from tests.memberships.builders import directory, network, relation
from tests.news.builders import article, moment, picture

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


def test_a_correction_to_the_caption_or_picture_shows_at_once_and_a_new_crop_reaches_link_previews(client):
    image = picture("Wawel", size=(1200, 675))
    story = article("Castle open", hero_image=image, hero_alt="The castle", hero_caption="Wawel in spring")
    html = client.get(story.url).content.decode()
    assert "Wawel in spring" in html
    share_url = re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)

    story.refresh_from_db()
    story.hero_caption = "Wawel in autumn"
    story.save_revision().publish()
    assert "Wawel in autumn" in client.get(story.url).content.decode()

    # A new focal point crops the share image afresh: the cached crop of the old one is not reused.
    image.refresh_from_db()
    image.set_focal_point(Rect(0, 0, 200, 200))
    image.save()
    image.renditions.all().delete()
    html = client.get(story.url).content.decode()
    assert re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1) != share_url

    other = picture("Sukiennice", size=(1200, 675))
    story.refresh_from_db()
    story.hero_image = other
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert other.file.name.split("/")[-1].split(".")[0] in html
