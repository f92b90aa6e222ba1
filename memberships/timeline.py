"""A relation's timeline: its status history and the news about it, merged by date, newest first."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from .choices import DatePrecision


@dataclass(frozen=True)
class ArticleLink:
    """What the timeline shows of a news article."""

    pk: int
    title: str
    lead: str


@dataclass(frozen=True)
class TimelineItem:
    """One step of the history (`step`) or one news article (`article`, with its URL)."""

    date: datetime.date
    precision: str
    step: object = None
    article: object = None
    url: str = ""

    @property
    def is_article(self):
        return self.article is not None


def as_date(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def merge(history, articles):
    """Timeline items, newest first; `articles` is a list of (article, date, url).

    Same-day items keep a fixed order (articles, which report on a step, above the step
    itself) so the page never reshuffles between renders.
    """
    items = [TimelineItem(step.date, step.date_precision, step=step) for step in history]
    items += [
        TimelineItem(as_date(date), DatePrecision.DAY, article=article, url=url) for article, date, url in articles
    ]
    return sorted(
        items,
        key=lambda item: (item.date, item.is_article, (item.article or item.step).pk or 0),
        reverse=True,
    )


def split_at(items, start):
    """(items from the start step on, items before it): the timeline of the relation as it stands
    today, and its earlier history. `start` is the step that starts the current relation."""
    if start is None:
        return list(items), []
    current = [item for item in items if item.date >= start.date]
    return current, [item for item in items if item.date < start.date]
