"""Template tags of the registry: dates as precise as their sources, links that keep the filters."""

import datetime
from urllib.parse import urlsplit

from django import template
from django.utils import translation
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.http import urlencode

from ..choices import DatePrecision

register = template.Library()

# Full dates as each language writes them in running text ("E" is the Polish genitive month).
DAY_FORMATS = {"pl": "j E Y", "de": "j. F Y", "en": "j F Y"}
FORMATS = {DatePrecision.MONTH: ("F Y", "Y-m"), DatePrecision.YEAR: ("Y", "Y")}


def _formats(precision):
    if precision in FORMATS:
        return FORMATS[precision]
    return DAY_FORMATS.get(translation.get_language(), "j F Y"), "Y-m-d"


@register.filter
def long_date(value, precision=DatePrecision.DAY):
    """A date as readers expect it in the current language, only as precise as it is known."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    return format_date(value, _formats(precision)[0])


@register.simple_tag
def date_element(value, precision=DatePrecision.DAY):
    """A <time> element with a machine-readable value that is as precise as the text."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    text_format, machine_format = _formats(precision)
    return format_html(
        '<time datetime="{}">{}</time>', format_date(value, machine_format), format_date(value, text_format)
    )


@register.simple_tag(takes_context=True)
def filter_url(context, facet, value=""):
    """The directory address with one filter changed (or removed when `value` is empty)."""
    directory = context["directory"]
    params = dict(directory.active)
    if directory.query:
        params["q"] = directory.query
    params.pop(facet, None)
    if value:
        params[facet] = value
    ordered = [(name, params[name]) for name in ("q", "type", "status", "country", "network") if name in params]
    return "?" + urlencode(ordered) if ordered else ""


@register.filter
def current_facts(facts):
    """A network's figures that stand today, in the editors' order."""
    return [fact for fact in facts if not fact.archived]


@register.filter
def archived_facts(facts):
    """Figures kept for the record, newest first."""
    return sorted((fact for fact in facts if fact.archived), key=lambda fact: fact.as_of, reverse=True)


@register.filter
def stale_facts(facts):
    """The current figures older than twelve months, newest first: one notice speaks for them all."""
    return sorted((fact for fact in facts if fact.stale), key=lambda fact: fact.as_of, reverse=True)


@register.filter
def source_site(url):
    """The site a source lives on, as a link text readers can judge ("krakow.pl", "frankfurt.de")."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.") or url
