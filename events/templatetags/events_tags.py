"""Template tags of the events calendar: dates and times in each language's style, calendar links."""

from django import template
from django.utils import translation
from django.utils.dateformat import format as format_date
from django.utils.timezone import localtime

register = template.Library()

# "16 maja 2026", "16 May 2026", "16. Mai 2026", and the weekday before it.
DATE_FORMATS = {"pl": "l, j E Y", "en": "l j F Y", "de": "l, j. F Y"}
SHORT_DATE_FORMATS = {"pl": "j E", "en": "j F", "de": "j. F"}
DAY_FORMATS = {"pl": "j E Y", "en": "j F Y", "de": "j. F Y"}
TIME_FORMAT = "H:i"


def _date(value, short=False):
    formats = SHORT_DATE_FORMATS if short else DATE_FORMATS
    return format_date(value, formats.get(translation.get_language(), "l j F Y"))


@register.filter
def event_iso(value):
    """A machine-readable local time for <time datetime>."""
    if not value:
        return ""
    return localtime(value).replace(microsecond=0).isoformat()


@register.filter
def event_day(value):
    return _date(localtime(value).date()) if value else ""


@register.filter
def event_date(value):
    """A calendar day (a date, not a moment) as running text writes it, without the weekday."""
    return format_date(value, DAY_FORMATS.get(translation.get_language(), "j F Y")) if value else ""


@register.simple_tag
def event_when(occurrence):
    """An occurrence in words: "Saturday 16 May 2026, 18:00–20:00", or its days when it is all day."""
    start, end = occurrence.local_start, occurrence.local_end
    if occurrence.all_day:
        last = occurrence.last_day
        if last == start.date():
            return _date(start.date())
        return f"{_date(start.date())} – {_date(last)}"
    start_time, end_time = format_date(start, TIME_FORMAT), format_date(end, TIME_FORMAT)
    if end.date() == start.date():
        return f"{_date(start.date())}, {start_time}–{end_time}"
    return f"{_date(start.date())}, {start_time} – {_date(end.date())}, {end_time}"
