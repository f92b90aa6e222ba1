"""RSS and Atom feeds per language and per category, as feed readers see them."""

import feedparser
import pytest

from tests.news.builders import article, articles, category, moment, picture, translate

pytestmark = pytest.mark.django_db

FEEDS = ["/en/news/feed/rss/", "/en/news/feed/atom/"]


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("path", FEEDS)
def test_both_feeds_parse_and_list_the_newest_articles_first(client, path):
    articles(25)
    feed = parse(client, path)
    assert [entry.title for entry in feed.entries] == [f"Story {number}" for number in range(20)]
    assert feed.feed.language == "en"


@pytest.mark.parametrize(
    ("path", "content_type"),
    [("/en/news/feed/rss/", "application/rss+xml"), ("/en/news/feed/atom/", "application/atom+xml")],
)
def test_feeds_announce_their_format(client, path, content_type):
    article("Story")
    assert client.get(path)["Content-Type"] == f"{content_type}; charset=utf-8"


@pytest.mark.parametrize("path", FEEDS)
def test_an_entry_has_an_absolute_link_the_lead_its_dates_and_its_picture(client, path):
    page = article(
        "Kraków joins Eurocities",
        lead="Kraków was admitted to the largest network of European cities.",
        date=moment(2025, 10, 15),
        notes=[(moment(2025, 10, 16, 9), "The mayor's letter was added.")],
        hero_image=picture(size=(1200, 675)),
        hero_alt="Dots joined by lines",
        hero_credit="Eurocities",
    )
    feed = parse(client, path)
    entry = feed.entries[0]

    assert entry.link == f"http://localhost{page.url}"
    assert entry.summary == "Kraków was admitted to the largest network of European cities."
    assert entry.published_parsed[:5] == (2025, 10, 15, 10, 0)  # 12:00 in Kraków is 10:00 UTC
    if path.endswith("/atom/"):  # RSS has no element for the update time
        assert entry.updated_parsed[:5] == (2025, 10, 16, 7, 0)
    image = entry.media_content[0]
    assert image["url"].startswith("http://localhost/media/images/")
    assert image["medium"] == "image"
    # Cropped for link previews; Wagtail may round the height by a pixel.
    assert image["width"] == "1200"
    assert abs(int(image["height"]) - 630) <= 1
    assert entry.media_credit[0]["content"] == "Eurocities"


def test_the_feed_of_a_language_has_only_that_languages_articles(client):
    english = article("English story")
    translate(english, "de", title="Deutsche Geschichte", slug="deutsche-geschichte")
    feed = parse(client, "/de/nachrichten/feed/rss/")
    assert [entry.title for entry in feed.entries] == ["Deutsche Geschichte"]
    assert feed.entries[0].link.startswith("http://localhost/de/nachrichten/")


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_category_feed_has_only_that_categorys_articles(client, kind):
    culture = category("en", "Culture")
    article("Book day", categories=[culture])
    article("Budget vote")
    feed = parse(client, f"/en/news/category/culture/feed/{kind}/")
    assert [entry.title for entry in feed.entries] == ["Book day"]
    assert "Culture" in feed.feed.title
    assert [tag.term for tag in feed.entries[0].tags] == ["Culture"]


@pytest.mark.parametrize(
    ("path", "feeds"),
    [
        ("/en/", ["/en/news/feed/rss/", "/en/news/feed/atom/"]),
        ("/en/news/", ["/en/news/feed/rss/", "/en/news/feed/atom/"]),
        ("/en/news/category/culture/", ["/en/news/category/culture/feed/rss/", "/en/news/category/culture/feed/atom/"]),
    ],
)
def test_pages_announce_their_feeds(client, path, feeds):
    category("en", "Culture")
    article("Story")
    content = client.get(path).content.decode()
    for feed in feeds:
        assert f'href="http://localhost{feed}"' in content
    assert content.count('rel="alternate" type="application/rss+xml"') >= 1
    assert content.count('rel="alternate" type="application/atom+xml"') >= 1


def test_an_article_announces_the_news_feed_and_its_categorys_feed(client):
    culture = category("en", "Culture")
    page = article("Book day", categories=[culture])
    content = client.get(page.url).content.decode()
    assert 'type="application/rss+xml" href="http://localhost/en/news/feed/rss/"' in content
    assert 'type="application/atom+xml" href="http://localhost/en/news/category/culture/feed/atom/"' in content
