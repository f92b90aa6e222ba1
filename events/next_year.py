"""An event's copy for next year: the same event, as a draft, with every date a year later.

Wagtail's own "Copy" keeps the dates, so an editor would have to move the start, the end, the
repetition's UNTIL and each skipped date by hand. The copy is made by Wagtail's CopyPageAction
(so permissions, logging and child objects work as for any copy) and its dates are shifted on the way.
"""

import datetime
import re

from wagtail.actions.copy_page import CopyPageAction
from wagtail.coreutils import find_available_slug

from .models import EventSkippedDate
from .recurrence import parse_rule, rule_text

YEAR_SUFFIX = re.compile(r"-\d{4}$")


def a_year_later(day):
    """The same calendar date next year; 29 February becomes 28 February."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def rule_a_year_later(text):
    """The repetition rule with its UNTIL (if any) a year later; other rules stay as written."""
    if not text:
        return text
    rule = parse_rule(text)
    until = rule.get("UNTIL", [None])[0]
    if not isinstance(until, datetime.date):
        return text
    rule["UNTIL"] = [a_year_later(until)]
    return rule_text(rule)


def next_year_slug(event, start_date):
    """The slug with the new year at its end ("dni-norymbergi-2027"), free under the same parent."""
    base = YEAR_SUFFIX.sub("", event.slug)
    return find_available_slug(event.get_parent(), f"{base}-{start_date.year}")


def _shift_skipped_date(source, copy, relation, child):
    if isinstance(child, EventSkippedDate):
        child.date = a_year_later(child.date)


def copy_for_next_year(event, user):
    """A draft copy of `event` beside it, a year later; raises CopyPagePermissionError if not allowed."""
    start_date = a_year_later(event.start_date)
    action = CopyPageAction(
        event,
        to=event.get_parent(),
        update_attrs={
            "slug": next_year_slug(event, start_date),
            "start_date": start_date,
            "end_date": a_year_later(event.end_date),
            "recurrence_rule": rule_a_year_later(event.recurrence_rule),
            "publication_count": 0,
        },
        keep_live=False,
        copy_revisions=False,
        user=user,
        process_child_object=_shift_skipped_date,
    )
    return action.execute().specific
