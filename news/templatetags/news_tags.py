"""Template tags of the newsroom: dates in each language's style, feed links, the home page's news."""

from django import template
from django.utils import translation
from django.utils.dateformat import format as format_date
from django.utils.timezone import localtime

from ..index_and_category_links import news_index

register = template.Library()

# Day, month and year as each language writes them: "15 października 2025", "15 October 2025", "15. Oktober 2025".
DATE_FORMATS = {"pl": "j E Y", "en": "j F Y", "de": "j. F Y"}
TIME_FORMAT = "H:i"


@register.filter
def news_date(value):
    """A date (or the local date of a datetime) in the reader's language."""
    if not value:
        return ""
    if hasattr(value, "tzinfo"):
        value = localtime(value)
    return format_date(value, DATE_FORMATS.get(translation.get_language(), "j F Y"))


@register.filter
def news_iso(value):
    """A machine-readable local time for <time datetime> and meta tags, without fractions of a second."""
    if not value:
        return ""
    return localtime(value).replace(microsecond=0).isoformat()


@register.filter
def news_datetime(value):
    """Date and local time, for the provenance box."""
    if not value:
        return ""
    value = localtime(value)
    return f"{news_date(value)}, {format_date(value, TIME_FORMAT)}"


@register.inclusion_tag("news/includes/feed_links.html", takes_context=True)
def news_feed_links(context, rss_url=None, atom_url=None, title=None):
    """<link rel="alternate"> for the given feeds, or for the current language's news feeds."""
    if rss_url is None:
        index = news_index()
        if index is None:
            return {}
        rss_url, atom_url, title = index.rss_url, index.atom_url, index.title
    request = context["request"]
    return {
        "rss_url": request.build_absolute_uri(rss_url),
        "atom_url": request.build_absolute_uri(atom_url),
        "title": title,
    }
