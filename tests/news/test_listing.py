"""The news listing: newest first, twelve a page, filters and archives that never fail with a 500."""

import re

import pytest

from django.core.management import call_command
from django.utils import timezone

from tests.builders import make_private
from tests.news.builders import article, articles, category, moment, news_index, translate

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'class="news-card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_the_listing_shows_the_newest_twelve_articles_first(client):
    articles(14)
    response = client.get("/en/news/")
    assert titles(response) == [f"Story {number}" for number in range(12)]
    assert titles(client.get("/en/news/?page=2")) == ["Story 12", "Story 13"]


def test_the_listing_shows_only_articles_in_its_own_language(client):
    english = article("English story")
    translate(english, "de", title="Deutsche Geschichte", slug="deutsche-geschichte")
    assert titles(client.get("/en/news/")) == ["English story"]
    assert titles(client.get("/de/nachrichten/")) == ["Deutsche Geschichte"]


@pytest.mark.parametrize("page", ["abc", "99999", "-1", "0", "1.5", "", "%00"])
def test_a_bad_page_number_shows_the_first_page(client, page):
    articles(13)
    response = client.get(f"/en/news/?page={page}")
    assert response.status_code == 200
    assert titles(response)[0] == "Story 0"
    assert '<link rel="canonical" href="http://localhost/en/news/">' in response.content.decode()


def test_the_second_page_has_its_own_title_and_canonical_address(client):
    articles(13)
    content = client.get("/en/news/?page=2").content.decode()
    assert "<title>News – page 2 · " in content
    assert '<link rel="canonical" href="http://localhost/en/news/?page=2">' in content
    assert 'rel="prev"' in content


def test_a_category_lists_only_its_articles_and_says_so(client):
    culture = category("en", "Culture", description="Literature, events and heritage.")
    article("Book day", categories=[culture], date=moment(2026, 4, 23))
    article("Budget vote", date=moment(2026, 4, 24))

    response = client.get("/en/news/category/culture/")

    assert titles(response) == ["Book day"]
    content = response.content.decode()
    assert "<h1>Culture</h1>" in content
    assert '<meta name="description" content="Literature, events and heritage.">' in content
    assert '<a href="/en/news/category/culture/" aria-current="page">Culture</a>' in content


def test_a_category_matches_articles_filed_under_its_translation(client):
    kultura = category("pl", "Kultura")
    culture = category("en", "Culture", translation_key=kultura.translation_key)
    article("Copied from Polish", categories=[kultura])
    assert titles(client.get(f"/en/news/category/{culture.slug}/")) == ["Copied from Polish"]


def test_a_tag_lists_its_articles(client):
    article("Eurocities story", tags=["Eurocities"])
    article("Other story", tags=["libraries"])
    assert titles(client.get("/en/news/tag/eurocities/")) == ["Eurocities story"]


def test_archives_list_the_articles_of_a_year_and_of_a_month(client):
    article("October story", date=moment(2025, 10, 15))
    article("New Year story", date=moment(2026, 1, 1, 0))
    article("December story", date=moment(2025, 12, 31, 23))

    assert titles(client.get("/en/news/archive/2025/")) == ["December story", "October story"]
    assert titles(client.get("/en/news/archive/2025/12/")) == ["December story"]
    month = client.get("/en/news/archive/2026/01/").content.decode()
    assert "<h1>January 2026</h1>" in month
    assert '<a href="/en/news/archive/2025/10/">October <span class="news-archive__count">(1)</span></a>' in month


def alternates(response):
    """{language: address} of the hreflang links, and {language: address} of the switcher."""
    content = response.content.decode()
    head = dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="http://localhost([^"]+)"', content))
    switcher = {code: url for url, code in re.findall(r'<a href="([^"]+)" hreflang="(\w+)" lang=', content)}
    return head, switcher


def test_a_category_names_the_same_category_in_the_other_languages(client):
    kultura = category("pl", "Kultura")
    category("de", "Kultur", translation_key=kultura.translation_key)
    article("Dzień książki", language="pl", categories=[kultura])
    news_index("en")
    news_index("de")

    head, switcher = alternates(client.get("/pl/aktualnosci/category/kultura/"))

    assert head == {"pl": "/pl/aktualnosci/category/kultura/", "de": "/de/nachrichten/category/kultur/"}
    # English has a listing but no such category: its switcher link falls back to the home page.
    assert switcher == {"de": "/de/nachrichten/category/kultur/", "en": "/en/"}


def test_an_archive_month_names_only_the_languages_with_articles_that_month(client):
    article("October story", date=moment(2025, 10, 15))
    article("Geschichte im Oktober", language="de", date=moment(2025, 10, 20))
    article("Novembergeschichte", language="de", date=moment(2025, 11, 2))

    october, _ = alternates(client.get("/en/news/archive/2025/10/"))
    year, _ = alternates(client.get("/de/nachrichten/archive/2025/"))
    november, _ = alternates(client.get("/de/nachrichten/archive/2025/11/"))

    assert october == {"en": "/en/news/archive/2025/10/", "de": "/de/nachrichten/archive/2025/10/"}
    assert year == {"en": "/en/news/archive/2025/", "de": "/de/nachrichten/archive/2025/"}
    assert november == {"de": "/de/nachrichten/archive/2025/11/"}


def test_a_tag_names_the_languages_whose_articles_carry_it(client):
    article("Eurocities story", tags=["Eurocities"])
    article("Eurocities-Geschichte", language="de", tags=["Eurocities"])
    article("Historia", language="pl", tags=["historia"])

    head, _ = alternates(client.get("/en/news/tag/eurocities/"))

    assert head == {"en": "/en/news/tag/eurocities/", "de": "/de/nachrichten/tag/eurocities/"}


@pytest.mark.parametrize(
    "path",
    [
        "/en/news/category/unknown/",
        "/en/news/category/unknown/feed/rss/",
        "/en/news/tag/unknown/",
        "/en/news/archive/2025/13/",
        "/en/news/archive/2025/00/",
        "/en/news/archive/2024/",
        "/en/news/archive/0000/",
        "/en/news/archive/99999999999999999999/",
        "/en/news/archive/2025/99999999999999/",
        "/en/news/archive/abcd/",
        "/en/news/feed/json/",
        "/en/news/no-such-article/",
    ],
)
def test_unknown_filters_and_archives_are_not_found(client, path):
    article("October story", date=moment(2025, 10, 15))
    assert client.get(path).status_code == 404


def test_a_tag_used_only_in_another_language_is_not_found(client):
    article("English only", tags=["Eurocities"])
    news_index("de")
    assert client.get("/de/nachrichten/tag/eurocities/").status_code == 404


def test_an_empty_category_says_there_is_nothing_yet(client):
    category("en", "Culture")
    news_index("en")
    response = client.get("/en/news/category/culture/")
    assert response.status_code == 200
    assert "No articles have been published here yet." in response.content.decode()


class TestHiddenArticles:
    """Drafts, expired and private articles appear in no listing, feed, sitemap or home page."""

    @pytest.fixture
    def hidden(self):
        culture = category("en", "Culture")
        article("Visible story", categories=[culture], tags=["books"], date=moment(2025, 10, 1))
        draft = article("Draft story", categories=[culture], tags=["books"], publish=False, date=moment(2025, 10, 2))
        expiring = article("Expired story", categories=[culture], tags=["books"], date=moment(2025, 10, 3))
        private = article("Private story", categories=[culture], tags=["books"], date=moment(2025, 10, 4))
        make_private(private)
        expiring.expire_at = timezone.now() - timezone.timedelta(minutes=1)
        expiring.save_revision().publish()
        return {"draft": draft, "expired": expiring, "private": private}

    HIDDEN = ("Draft story", "Expired story", "Private story")

    @pytest.mark.parametrize(
        "path",
        [
            "/en/",
            "/en/news/",
            "/en/news/category/culture/",
            "/en/news/tag/books/",
            "/en/news/archive/2025/",
            "/en/news/archive/2025/10/",
            "/en/news/feed/rss/",
            "/en/news/feed/atom/",
            "/en/news/category/culture/feed/rss/",
        ],
    )
    def test_hidden_articles_are_in_no_listing_feed_or_home_page(self, client, hidden, path):
        # Expired articles stay live until the scheduler's next round; the newsroom hides them already.
        content = client.get(path).content.decode()
        assert "Visible story" in content
        for title in self.HIDDEN:
            assert title not in content

    @pytest.mark.parametrize("scheduler_ran", [False, True])
    def test_hidden_articles_are_not_in_the_sitemap(self, client, hidden, scheduler_ran):
        if scheduler_ran:
            call_command("publish_scheduled", verbosity=0)
        hidden["expired"].refresh_from_db()
        assert hidden["expired"].expired == scheduler_ran
        content = client.get("/sitemap-en.xml").content.decode()
        assert "/en/news/visible-story" in content
        for page in hidden.values():
            assert page.slug not in content

    def test_expired_articles_stay_hidden_after_the_scheduler_unpublishes_them(self, client, hidden):
        call_command("publish_scheduled", verbosity=0)
        assert "Expired story" not in client.get("/en/news/").content.decode()
        assert client.get(hidden["expired"].url).status_code == 404

    def test_the_archive_counts_only_visible_articles(self, client, hidden):
        content = client.get("/en/news/").content.decode()
        assert '<a href="/en/news/archive/2025/10/">October <span class="news-archive__count">(1)</span></a>' in content

    def test_an_article_made_private_leaves_an_already_cached_listing(self, client, hidden):
        soon_private = article("Soon private", date=moment(2025, 10, 5))
        assert "Soon private" in client.get("/en/news/").content.decode()
        make_private(soon_private)
        assert "Soon private" not in client.get("/en/news/").content.decode()
