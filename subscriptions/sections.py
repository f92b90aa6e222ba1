"""The "Follow by e-mail" links apps' pages show through portal's page sections."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .models import Topic


def subscribe_path(topic, key):
    return reverse("subscriptions:subscribe") + "?" + urlencode({"topic": topic, "key": key})


def relation_section(context, page):
    """On a partnership's page: follow its news, or its events, by e-mail."""
    return format_html(
        '<section class="relation-alerts" aria-labelledby="relation-alerts-heading">'
        '<h2 id="relation-alerts-heading">{}</h2><ul><li><a href="{}">{}</a></li><li><a href="{}">{}</a></li></ul>'
        "</section>",
        _("Follow by e-mail"),
        subscribe_path(Topic.RELATION, page.translation_key),
        _("Get news about %(name)s by e-mail") % {"name": page.title},
        subscribe_path(Topic.RELATION_EVENTS, page.translation_key),
        _("Get new events of %(name)s by e-mail") % {"name": page.title},
    )


def listing_section(context, page):
    """Beside a news listing's feed links: an e-mail alert for its category or tag."""
    listing = context.get("listing")
    if listing is None:
        return ""
    if getattr(listing, "category", None) is not None:
        topic, key, name = Topic.CATEGORY, listing.category.translation_key, listing.category.name
    elif getattr(listing, "tag", None) is not None:
        topic, key, name = Topic.TAG, listing.tag.pk, f"#{listing.tag.name}"
    else:
        return ""
    return format_html(
        '<p class="news-subscribe__email"><a href="{}">{}</a></p>',
        subscribe_path(topic, key),
        _("New articles in “%(name)s” by e-mail") % {"name": name},
    )
