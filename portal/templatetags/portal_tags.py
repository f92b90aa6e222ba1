"""Template tags for the parts every page shares: languages, navigation, footer."""

import datetime

from django import template
from django.utils.timezone import localtime

from ..alerts.showing import active_alerts
from ..languages.switcher import language_links
from ..navigation import header_and_footer

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context):
    """Language links for the current page (or view) as a list of LanguageLink."""
    return language_links(context["request"], context.get("page"), context.get("language_alternates"))


@register.simple_tag
def main_navigation():
    """(title, url, tree path) of the current language's menu pages."""
    return header_and_footer.main_navigation()


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    """The footer: contact data, social links and the legal pages in the reader's language."""
    parts = header_and_footer.footer(context["request"])
    return {
        "footer": parts["settings"],
        "legal_pages": parts["legal_pages"],
        "accessibility_url": parts["urls"].get("accessibility"),
        "bip_url": parts["bip_url"],
    }


@register.inclusion_tag("includes/alert_banners.html")
def alert_banners():
    """The alert banners showing now, each in the reader's language where the editors wrote one."""
    return {"alerts": [(alert.level, *alert.localized()) for alert in active_alerts()]}


@register.filter
def machine_datetime(value):
    """A time for <time datetime>, in local time and without fractions of a second,
    which the HTML checker refuses."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        return localtime(value).replace(microsecond=0).isoformat()
    return value.isoformat()
