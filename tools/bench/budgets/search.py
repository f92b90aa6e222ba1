"""Site search in `make bench`: one- and two-word queries over 10,000 articles per language.

The volume is added in bulk (rows copied from the articles already there, new titles and
dates), then the index is rebuilt once, the way `rebuild_search_index` does it. Set
SEARCH_BENCH_ARTICLES (e.g. 100000) for a larger run: the cost of a search must not grow with it.

Before the volume is added, the relevance figures of the judged set are printed, measured on
the demo content alone (the copies would compete with the pages the judged set expects).
"""

import datetime
import itertools
import os
import uuid

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Locale, Page

from portal.search import indexing
from portal.search.judged import JUDGED
from portal.search.relevance import measure, print_figures
from tools.bench import registry
from tools.bench.registry import budget, populator

ARTICLES_PER_LANGUAGE = int(os.environ.get("SEARCH_BENCH_ARTICLES", "10000"))
BATCH_SIZE = 2_000


def newest_page():
    """Any publication changes what a search may find, so it ranks its matches afresh."""
    return Page.objects.live().filter(depth__gt=2).order_by("-pk").first().specific


# Both searches: warm, uncached through gunicorn, and for the first reader after a publication.
SEARCH_LIMITS = {
    "max_queries": 6,
    "max_median_ms": 30,
    "max_p95_ms": 60,
    "min_uncached_share": 0.05,
    "published": newest_page,
    "max_after_publication_ms": 30,
}


@budget("search, one word", **SEARCH_LIMITS)
def one_word_url():
    # Over half of the bench articles mention Eurocities: ranking many matches is the hard case.
    return "/pl/search/?q=Eurocities"


@budget("search, two words", **SEARCH_LIMITS)
def two_words_url():
    # Inflected Polish: both words become stem prefixes (miast:*, partnersk:*).
    return "/pl/search/?q=miasta+partnerskie"


@populator
def fill_after_the_other_apps():
    """Search: relevance on the demo content; then news articles and the index (after the other apps' fillers)."""
    # Populators run in app order and this app comes first, so the database holds the demo
    # content alone: the judged set is measured on it here. The newsroom's and the registry's
    # fillers add pages without publishing them, so the top-up and the index run last.
    print("Search relevance: the judged set (portal/search/judged.py) over the demo content alone")
    print_figures(measure(JUDGED))
    registry.populators.append(articles_and_index)


def articles_and_index():
    """Search: articles topped up to SEARCH_BENCH_ARTICLES (10,000) per language and the whole index rebuilt."""
    if apps.is_installed("news"):
        article_model = apps.get_model("news", "NewsArticlePage")
        index_model = apps.get_model("news", "NewsIndexPage")
        for locale in Locale.objects.all():
            index = index_model.objects.get(locale=locale)
            existing = article_model.objects.filter(locale=locale).count()
            templates = list(article_model.objects.child_of(index).order_by("pk")[:50])
            if templates and existing < ARTICLES_PER_LANGUAGE:
                _copy_articles(index, templates, ARTICLES_PER_LANGUAGE - existing)
    with transaction.atomic():
        # The vocabulary of 100,000 articles per language is one statement of minutes, longer
        # than readers' requests may take.
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL statement_timeout = 0")
        indexing.rebuild()
    # A database in service has vacuumed tables and fresh planner statistics; without them
    # PostgreSQL reads the dead rows of the rebuild and guesses the new tables are empty.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE portal_searchdocument")
        cursor.execute("VACUUM ANALYZE portal_searchterm")
        cursor.execute("ANALYZE")


def _copy_articles(index, templates, count):
    """Add `count` live children to `index`, each a copy of a template with its own title and date."""
    model = type(templates[0])
    content_type = ContentType.objects.get_for_model(model)
    last_child = index.get_last_child()
    first_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    start = timezone.make_aware(datetime.datetime(2025, 1, 1, 9, 0))
    cycle = itertools.cycle(templates)
    for offset in range(0, count, BATCH_SIZE):
        numbers = range(offset, min(offset + BATCH_SIZE, count))
        pages, template_ids = [], []
        for number in numbers:
            template = next(cycle)
            date = start - datetime.timedelta(hours=7 * number)
            slug = f"search-bench-{number}"
            pages.append(
                Page(
                    title=f"{template.title} ({number})",
                    draft_title=f"{template.title} ({number})",
                    slug=slug,
                    content_type=content_type,
                    locale_id=index.locale_id,
                    translation_key=uuid.uuid4(),
                    path=Page._get_path(index.path, index.depth + 1, first_step + number),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=date,
                    last_published_at=date,
                )
            )
            template_ids.append(template.pk)
        created = Page.objects.bulk_create(pages)
        _copy_specific_rows(model, [page.pk for page in created], template_ids)
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)


def _copy_specific_rows(model, page_ids, template_ids):
    """The page type's own table: each new row copies its template's columns, dated like its page."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = [field.column for field in model._meta.local_concrete_fields if not field.primary_key]
    column_list = ", ".join(quote(column) for column in columns)
    copied = ", ".join(f"template.{quote(column)}" for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (page_ptr_id, {column_list})"  # noqa: S608 - names from the model
            f" SELECT copy.page_id, {copied} FROM unnest(%s::bigint[], %s::bigint[]) AS copy(page_id, template_id)"
            f" JOIN {table} template ON template.page_ptr_id = copy.template_id",
            [page_ids, template_ids],
        )
        if "date" in columns:
            cursor.execute(
                f"UPDATE {table} SET date = page.first_published_at FROM wagtailcore_page page"  # noqa: S608
                f" WHERE page.id = {table}.page_ptr_id AND page.id = ANY(%s)",
                [page_ids],
            )
