"""The archive of a news listing: its years and months with their article counts.

Each year is counted and cached apart, tagged with that year: a publication rebuilds the
year it falls in, and the years around it come from the cache; a correction, which leaves
the article in its month, rebuilds none. Which years there are comes
from the newest and the oldest article, two short reads along the date index. The counts also
serve as the listing's page count, so no view of the whole listing counts every article.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format

from portal.caching.fragments import cached, cached_each
from portal.caching.tags import add_tags, page_tag

from .cache_tags import archive_tag, year_tag


@dataclass(frozen=True)
class ArchiveMonth:
    first_day: object  # a date
    name: str  # the month's name in the listing's language
    count: int
    url: str


@dataclass(frozen=True)
class ArchiveYear:
    year: int
    url: str
    months: list


def archive_months(index):
    """[ArchiveYear with its ArchiveMonths, ...] of a news listing, newest first; only years and
    months with articles."""

    def build():
        # Read only when building: the listing may be served without asking its language.
        language = index.locale.language_code
        add_tags(archive_tag(language))
        articles = index.articles()  # built once: a listing's queryset takes milliseconds to build
        newest = articles.values_list("date", flat=True).first()
        oldest = articles.order_by("date", "pk").values_list("date", flat=True).first()
        if newest is None:
            return []
        years = range(timezone.localtime(newest).year, timezone.localtime(oldest).year - 1, -1)
        counted = cached_each(
            f"news:archive-year:{index.pk}",
            years,
            lambda missing: {year: (lambda year=year: _count_year(index, articles, year)) for year in missing},
            tags_of=lambda year: [year_tag(language, datetime.date(year, 1, 1)), page_tag(index.pk)],
            per_language=False,
        )
        return [year for year in counted if year.months]

    return cached(
        f"news:archive:{index.pk}",
        build,
        tags=[page_tag(index.pk)],
        per_language=False,
    )


def archive_count(index, year=None, first_day=None):
    """How many articles the listing has: all of them, or those of a year or of a month."""
    years = [archive_year for archive_year in archive_months(index) if year in (None, archive_year.year)]
    return sum(
        month.count for archive_year in years for month in archive_year.months if first_day in (None, month.first_day)
    )


def _count_year(index, articles, year):
    start = timezone.make_aware(datetime.datetime(year, 1, 1))
    end = timezone.make_aware(datetime.datetime(year + 1, 1, 1))
    rows = (
        articles.filter(date__gte=start, date__lt=end)
        .annotate(month=TruncMonth("date"))
        .order_by()
        .values("month")
        .annotate(count=Count("pk"))
        .order_by("-month")
    )
    months = []
    for row in rows:
        first_day = row["month"].date()
        url = index.url + index.subpage_path(
            "archive_month", year=f"{first_day.year:04d}", month=f"{first_day.month:02d}"
        )
        months.append(ArchiveMonth(first_day=first_day, name=date_format(first_day, "F"), count=row["count"], url=url))
    url = index.url + index.subpage_path("archive_year", year=f"{year:04d}")
    return ArchiveYear(year=year, url=url, months=months)
