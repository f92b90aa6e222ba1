"""The listing's filters, read from the query string: a value that means nothing is refused.

A reader (or a crawler) may send anything. A filter that cannot be read gives a 400 with a
message, never a server error and never a silent guess; an unknown page number gives the
first page (see listing).
"""

import datetime
import re
from dataclasses import dataclass, fields, replace

from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

WHEN_CHOICES = ("upcoming", "today", "weekend", "past")
TRUE_VALUES = {"1", "on", "true", "yes"}
FALSE_VALUES = {"", "0", "off", "false", "no"}
MONTH_PATTERN = re.compile(r"(\d{4})-(\d{2})")
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100


class BadFilter(ValueError):
    """A query parameter the listing cannot read; its message is shown to the reader."""


@dataclass(frozen=True)
class EventFilter:
    """What the reader asked the listing for."""

    when: str = "upcoming"
    month: datetime.date = None  # its first day
    date_from: datetime.date = None
    date_to: datetime.date = None
    category: str = ""  # a category slug
    free: bool = False
    step_free: bool = False

    @property
    def is_past(self):
        return self.when == "past"

    @property
    def key(self):
        """A short name of these choices for cache keys."""
        return ":".join(str(getattr(self, item.name) or "") for item in fields(self))

    @property
    def is_default(self):
        return self == EventFilter()

    def query(self, **changes):
        """The query string of these choices with `changes`, for links and forms."""
        chosen = replace(self, **changes)
        pairs = []
        if chosen.when != "upcoming":
            pairs.append(("when", chosen.when))
        if chosen.month:
            pairs.append(("month", f"{chosen.month:%Y-%m}"))
        if chosen.date_from:
            pairs.append(("from", chosen.date_from.isoformat()))
        if chosen.date_to:
            pairs.append(("to", chosen.date_to.isoformat()))
        if chosen.category:
            pairs.append(("category", chosen.category))
        if chosen.free:
            pairs.append(("free", "1"))
        if chosen.step_free:
            pairs.append(("step_free", "1"))
        return "?" + urlencode(pairs) if pairs else ""

    def window(self, now=None):
        """(start, end) of the days asked for as aware datetimes, or None for plain upcoming/past."""
        today = timezone.localtime(now).date() if now else timezone.localdate()
        if self.when == "today":
            return _days(today, today)
        if self.when == "weekend":
            saturday = today + datetime.timedelta(days=(5 - today.weekday()) % 7) if today.weekday() < 5 else today
            sunday = saturday + datetime.timedelta(days=6 - saturday.weekday())
            return _days(saturday, sunday)
        if self.month:
            following = (self.month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            return _days(self.month, following - datetime.timedelta(days=1))
        if self.date_from or self.date_to:
            return _days(self.date_from, self.date_to)
        return None


def _days(first, last):
    start = timezone.make_aware(datetime.datetime.combine(first, datetime.time(0))) if first else None
    end = (
        timezone.make_aware(datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time(0)))
        if last
        else None
    )
    return start, end


def _date(name, value):
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError as error:
        raise BadFilter(_("%(name)s must be a date such as 2026-05-16.") % {"name": name}) from error
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise BadFilter(_("%(name)s is outside the calendar.") % {"name": name})
    return day


def _flag(name, value):
    value = value.strip().lower()
    if value in TRUE_VALUES:
        return True
    if value in FALSE_VALUES:
        return False
    raise BadFilter(_("%(name)s is either 1 or left out.") % {"name": name})


def parse_filter(query, category_slugs):
    """The EventFilter of a QueryDict; BadFilter for a value that is not one of the choices."""
    chosen = {}
    when = query.get("when", "").strip() or "upcoming"
    if when not in WHEN_CHOICES:
        raise BadFilter(_("when is one of %(choices)s.") % {"choices": ", ".join(WHEN_CHOICES)})
    chosen["when"] = when
    month = query.get("month", "").strip()
    if month:
        match = MONTH_PATTERN.fullmatch(month)
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise BadFilter(_("month must be a month such as 2026-05."))
        chosen["month"] = _date("month", f"{month}-01")
    for name, parameter in (("date_from", "from"), ("date_to", "to")):
        value = query.get(parameter, "").strip()
        if value:
            chosen[name] = _date(parameter, value)
    if chosen.get("date_from") and chosen.get("date_to") and chosen["date_from"] > chosen["date_to"]:
        raise BadFilter(_("from must not be later than to."))
    category = query.get("category", "").strip()
    if category:
        if category not in category_slugs:
            raise BadFilter(_("There is no such category."))
        chosen["category"] = category
    chosen["free"] = _flag("free", query.get("free", ""))
    chosen["step_free"] = _flag("step_free", query.get("step_free", ""))
    return EventFilter(**chosen)
