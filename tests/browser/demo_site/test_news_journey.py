"""A German-speaking resident reads the news, browses a category and subscribes to its feed."""

import feedparser
from playwright.sync_api import expect

from ..public_pages import AUDIT_DB

pytestmark = AUDIT_DB


def test_resident_goes_from_the_german_home_page_to_an_article_its_category_and_its_feed(site, page):

    page.goto(site.url + "/de/")
    top_story = page.locator(".news-home__top")
    expect(top_story.get_by_role("heading", name="Krakau ist Mitglied von Eurocities")).to_be_visible()
    top_story.get_by_role("link", name="Krakau ist Mitglied von Eurocities").click()

    expect(page).to_have_url(site.url + "/de/nachrichten/krakau-tritt-eurocities-bei/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Krakau ist Mitglied von Eurocities")
    expect(page.locator(".news-article__dates")).to_contain_text("15. Oktober 2025")
    expect(page.locator("#updates")).to_contain_text("16. Oktober 2025")

    page.locator(".news-article__categories").get_by_role("link", name="Internationale Zusammenarbeit").click()

    category_url = site.url + "/de/nachrichten/category/internationale-zusammenarbeit/"
    expect(page).to_have_url(category_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Internationale Zusammenarbeit")
    expect(page.locator(".news-card__title").first).to_be_visible()
    assert page.locator(".news-card__title").count() >= 5

    feed_link = page.locator(".news-subscribe").get_by_role("link", name="RSS")
    feed_url = site.url + "/de/nachrichten/category/internationale-zusammenarbeit/feed/rss/"
    assert site.url + feed_link.get_attribute("href") == feed_url
    announced = page.locator('head link[rel="alternate"][type="application/rss+xml"]').get_attribute("href")
    assert announced == feed_url

    response = page.request.get(feed_url)
    assert response.ok
    assert response.headers["content-type"] == "application/rss+xml; charset=utf-8"
    feed = feedparser.parse(response.body())
    assert not feed.bozo
    assert "Internationale Zusammenarbeit" in feed.feed.title
    assert feed.entries[0].title == "Krakaus erstes Jahr bei Eurocities"
    assert "Krakau ist Mitglied von Eurocities" in [entry.title for entry in feed.entries]

    assert page.console_errors == []
