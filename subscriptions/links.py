"""Absolute links in e-mails, built on the portal's base URL, never on a request's Host."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

from . import tokens


def base_url():
    configured = settings.PORTAL_BASE_URL.rstrip("/")
    if configured:
        return configured
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else "http://localhost"


def absolute(name, language, *args):
    with translation.override(language):
        return base_url() + reverse(f"subscriptions:{name}", args=args)


def confirm_url(token, language):
    return absolute("confirm", language, token)


def manage_url(subscriber):
    return absolute("manage", subscriber.language, tokens.manage_token(subscriber))


def unsubscribe_url(subscriber, subscription_ids):
    return absolute("unsubscribe", subscriber.language, tokens.unsubscribe_token(subscriber, subscription_ids))
