"""When an event takes place: its first date, repeated by an RFC 5545 rule, less its skipped dates.

Libraries weighed for recurrence: `python-dateutil`'s rrule (the reference implementation of
RFC 5545 rules in Python, already a dependency of icalendar and of boto), `recurring-ical-events`
(expands whole calendars, including overridden instances: more than an event with one rule and
a list of skipped dates needs) and `django-recurrence` (stores its own text format and admin
widget, and would put a second notation beside the RFC one the calendars publish). The rule is
checked with `icalendar`'s parser, the same library that writes the calendars, and expanded
with dateutil on wall-clock time, so a weekly 18:00 event stays at 18:00 across the change to
summer time.

Occurrences are computed at most two years ahead (`YEARS_AHEAD`) and never more than
`MAX_OCCURRENCES`, so a rule without an end costs a bounded amount of work and storage.
"""

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import vRecur

from django.utils import timezone
from django.utils.translation import gettext as _

YEARS_AHEAD = 2
MAX_OCCURRENCES = 800


@dataclass(frozen=True)
class Occurrence:
    """One date of an event, as aware datetimes; for an all-day event the end is the next midnight."""

    start: datetime.datetime
    end: datetime.datetime
    all_day: bool = False

    @property
    def local_start(self):
        return timezone.localtime(self.start)

    @property
    def local_end(self):
        return timezone.localtime(self.end)

    @property
    def last_day(self):
        """The last calendar day it runs on (an all-day end is exclusive)."""
        end = self.local_end
        return (end - datetime.timedelta(days=1)).date() if self.all_day else end.date()


def parse_rule(text):
    """The rule as icalendar's vRecur; ValueError with a message editors understand when it is not one."""
    text = (text or "").strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    try:
        rule = vRecur.from_ical(text)
    except ValueError as error:
        raise ValueError(_("This is not a repetition rule: %(problem)s.") % {"problem": error}) from error
    if "FREQ" not in rule:
        raise ValueError(_("A repetition rule starts with how often, e.g. FREQ=WEEKLY."))
    interval = rule.get("INTERVAL", [1])[0]
    if not isinstance(interval, int) or interval < 1:
        raise ValueError(_("INTERVAL must be a whole number of at least 1."))
    until = rule.get("UNTIL", [None])[0]
    if isinstance(until, datetime.datetime):
        raise ValueError(_("Give UNTIL as a date only, e.g. UNTIL=20260630: the event's own time applies."))
    if "UNTIL" in rule and "COUNT" in rule:
        raise ValueError(_("Use either COUNT or UNTIL, not both."))
    return rule


def rule_text(rule):
    return rule.to_ical().decode()


@dataclass(frozen=True)
class Schedule:
    """An event's dates as editors enter them: wall-clock times in the event's own time zone."""

    start_date: datetime.date
    start_time: datetime.time = None
    end_date: datetime.date = None
    end_time: datetime.time = None
    all_day: bool = False
    time_zone: str = "Europe/Warsaw"
    rule: str = ""
    skipped: frozenset = field(default_factory=frozenset)  # dates on which a repetition does not happen

    @property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def first_start(self):
        """The first start as a naive wall-clock time."""
        return datetime.datetime.combine(self.start_date, datetime.time(0) if self.all_day else self.start_time)

    @property
    def first_end(self):
        end_date = self.end_date or self.start_date
        if self.all_day:
            return datetime.datetime.combine(end_date + datetime.timedelta(days=1), datetime.time(0))
        if self.end_time is None and self.end_date is None:
            # Without an end the event is taken to last as long as an evening programme.
            return self.first_start + datetime.timedelta(hours=2)
        if self.end_time is None:
            return datetime.datetime.combine(end_date, self.start_time)
        return datetime.datetime.combine(end_date, self.end_time)

    @property
    def duration(self):
        return self.first_end - self.first_start

    def problems(self):
        """{field name: message} of what makes these dates impossible; empty when they are fine."""
        problems = {}
        if not self.all_day and self.start_time is None:
            problems["start_time"] = _("Give a start time, or mark the event as lasting all day.")
            return problems
        if self.all_day and (self.start_time or self.end_time):
            problems["all_day"] = _("An all-day event has no start or end time: clear the times or untick all day.")
            return problems
        if self.end_date and self.end_date < self.start_date:
            problems["end_date"] = _("The event cannot end before it starts.")
        elif self.first_end <= self.first_start:
            problems["end_time"] = _("The event must end after it starts.")
        if self.rule:
            try:
                parse_rule(self.rule)
                next(iter(self._wall_clock_starts(horizon=None)), None)
            except (ValueError, TypeError) as error:
                problems["recurrence_rule"] = str(error)
        elif self.skipped:
            problems["recurrence_rule"] = _("Skipped dates need a repetition rule.")
        return problems

    def _wall_clock_starts(self, horizon):
        if not self.rule:
            yield self.first_start
            return
        rule = rrulestr("RRULE:" + rule_text(parse_rule(self.rule)), dtstart=self.first_start)
        for count, start in enumerate(rule):
            if count >= MAX_OCCURRENCES or (horizon is not None and start.date() > horizon):
                return
            yield start

    def horizon(self, today=None):
        """The last day occurrences are computed for: two years from today, or from the first date."""
        today = today or timezone.localdate()
        base = max(today, self.start_date)
        try:
            return base.replace(year=base.year + YEARS_AHEAD)
        except ValueError:  # 29 February
            return base.replace(year=base.year + YEARS_AHEAD, day=28)

    def occurrences(self, today=None):
        """Every occurrence up to the horizon, skipped dates left out, in order."""
        zone, duration, horizon = self.zone, self.duration, self.horizon(today)
        found = []
        for start in self._wall_clock_starts(horizon):
            if self.rule and start.date() in self.skipped:
                continue
            found.append(Occurrence(start.replace(tzinfo=zone), (start + duration).replace(tzinfo=zone), self.all_day))
        return found

    def upcoming(self, now=None, limit=10):
        """The next `limit` occurrences that have not ended by `now`."""
        now = now or timezone.now()
        return [occurrence for occurrence in self.occurrences(timezone.localtime(now).date()) if occurrence.end > now][
            :limit
        ]
