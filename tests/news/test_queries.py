"""The newsroom's pages cost the same number of SQL queries with 5 articles as with 50."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.news.builders import article, category, moment, news_index, picture

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12
PATHS = {
    "listing": "/en/news/",
    "category": "/en/news/category/culture/",
    "archive": "/en/news/archive/2025/",
    "article": None,  # the first article written
    "feed": "/en/news/feed/rss/",
    "home": "/en/",
}


def add_articles(culture, start, count):
    for number in range(start, start + count):
        article(
            f"Story {number}",
            date=moment(2025, 1, 1) + (moment(2025, 1, 2) - moment(2025, 1, 1)) * number,
            categories=[culture],
            tags=[f"tag-{number % 4}"],
            hero_image=picture(f"Picture {number}"),
            hero_alt="A blue rectangle",
            notes=[(moment(2025, 12, 1), "Corrected a date.")] if number % 2 else [],
        )


def queries(client, path):
    """(queries with empty caches, queries once the cached parts are filled) of one page."""
    client.get(path)  # new pictures get their renditions, first-use settings get created
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        response = client.get(path)
    assert response.status_code == 200
    with CaptureQueriesContext(connection) as warm:
        client.get(path)
    return len(cold), len(warm)


@pytest.mark.parametrize("page", PATHS)
@pytest.mark.usefixtures("uncached_pages")  # rendering itself, not the whole-page cache in front of it
def test_queries_do_not_grow_with_the_number_of_articles(client, page):
    culture = category("en", "Culture")
    news_index("en")
    counts = {}
    for total, added in ((5, 5), (50, 45)):
        add_articles(culture, total - added, added)
        path = PATHS[page] or news_index("en").get_children().order_by("path").first().url
        counts[total] = queries(client, path)

    assert counts[5] == counts[50]
    assert counts[50][1] <= MAX_QUERIES
