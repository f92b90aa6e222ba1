"""The newsroom's page types in `make bench`, over a few years of articles in every language.

BENCH_ARTICLES sets how many older articles per language the filler adds (500).
"""

import datetime
import itertools
import os

from django.db import connection
from django.utils import timezone

from taggit.models import Tag
from wagtail.models import Locale

from news.models import NewsArticlePage, NewsArticleTag, NewsCategory, NewsIndexPage
from tools.bench.registry import budget, long_tail, populator

BENCH_ARTICLES_PER_LANGUAGE = int(os.environ.get("BENCH_ARTICLES", "500"))


def newest_polish_article():
    return NewsArticlePage.objects.live().filter(locale__language_code="pl").order_by("-date", "-pk").first()


def eurocities_article():
    return NewsArticlePage.objects.get(locale__language_code="pl", slug="krakow-czlonkiem-eurocities")


@budget(
    "news listing",
    max_queries=12,
    max_median_ms=20,
    min_uncached_share=0.05,
    published=newest_polish_article,
    max_after_publication_ms=30,
)
def news_listing_url():
    return NewsIndexPage.objects.get(locale__language_code="pl").url


@budget(
    "news article",
    max_queries=12,
    max_median_ms=20,
    min_uncached_share=0.08,
    published=eurocities_article,
    max_after_publication_ms=25,
)
def news_article_url():
    return eurocities_article().url


@budget("news feed", max_queries=12, max_median_ms=20)
def news_feed_url():
    index = NewsIndexPage.objects.get(locale__language_code="en")
    return index.url + index.subpage_path("feed", kind="rss")


@long_tail
def bench_articles():
    """Articles of every language, spread over the archive (a reader arriving from a search engine)."""
    return list(NewsArticlePage.objects.live().filter(slug__startswith="bench-").order_by("slug", "locale_id")[:600])


@populator
def older_articles():
    """BENCH_ARTICLES (500) older news articles per language, with pictures, categories and tags."""
    start = timezone.make_aware(datetime.datetime(2025, 8, 31, 9, 0))
    tags = list(Tag.objects.filter(news_newsarticletag_items__isnull=False).distinct()[:12])
    for locale in Locale.objects.all():
        index = NewsIndexPage.objects.get(locale=locale)
        demo = list(NewsArticlePage.objects.child_of(index).filter(hero_image__isnull=False))
        categories = list(NewsCategory.objects.filter(locale=locale))
        pictures = itertools.cycle(demo)
        for number in range(BENCH_ARTICLES_PER_LANGUAGE):
            model = next(pictures)
            date = start - datetime.timedelta(days=3 * number)
            article = NewsArticlePage(
                title=f"{model.title} ({number})",
                slug=f"bench-{number}",
                locale=locale,
                lead=model.lead,
                body=model.body.raw_data,
                hero_image=model.hero_image,
                hero_alt=model.hero_alt,
                hero_credit=model.hero_credit,
                date=date,
                first_published_at=date,
                last_published_at=date,
                live=True,
            )
            index.add_child(instance=article)
            NewsArticlePage.categories.through.objects.create(
                newsarticlepage=article, newscategory=categories[number % len(categories)]
            )
            if tags:
                NewsArticleTag.objects.create(content_object=article, tag=tags[number % len(tags)])
    # Fresh planner statistics, as a database in service has: without them PostgreSQL guesses
    # that the new tables are nearly empty and picks plans that are slow at this volume.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
