"""The home page of each language leads with its top story and lists the latest articles."""

import re

import pytest

from tests.news.builders import article, articles, moment, translate

pytestmark = pytest.mark.django_db


def home_news(client, language="en"):
    content = client.get(f"/{language}/").content.decode()
    section = content.partition('class="news-home"')[2]
    top, _, latest = section.partition('class="news-home__latest"')
    title = r'class="news-card__title"><a href="[^"]+">([^<]+)</a>'
    return re.findall(title, top), re.findall(title, latest)


def test_the_newest_article_leads_and_the_next_six_follow(client):
    articles(9)
    top, latest = home_news(client)
    assert top == ["Story 0"]
    assert latest == [f"Story {number}" for number in range(1, 7)]


def test_an_article_marked_as_top_story_leads_even_when_older(client):
    articles(3)
    article("Kraków joins Eurocities", date=moment(2025, 1, 1), top_story=True)
    top, latest = home_news(client)
    assert top == ["Kraków joins Eurocities"]
    assert latest == ["Story 0", "Story 1", "Story 2"]


def test_each_language_shows_its_own_news(client):
    english = article("English story")
    translate(english, "de", title="Deutsche Geschichte", slug="deutsche-geschichte")
    assert home_news(client, "de")[0] == ["Deutsche Geschichte"]
    assert home_news(client, "en")[0] == ["English story"]


def test_a_newly_published_article_reaches_a_cached_home_page(client):
    articles(2)
    assert home_news(client)[0] == ["Story 0"]
    article("Breaking story", date=moment(2025, 12, 1))
    assert home_news(client)[0] == ["Breaking story"]


def test_the_home_page_links_to_all_news(client):
    article("Story")
    content = client.get("/en/").content.decode()
    assert '<a class="news-home__all" href="/en/news/">All news</a>' in content


def test_a_home_page_without_a_news_listing_shows_no_news_section(client):
    assert 'class="news-home"' not in client.get("/en/").content.decode()
