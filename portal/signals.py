"""Which changes make cached reader-facing content stale."""

from django.db.models.signals import post_delete, post_save

from wagtail.images.models import AbstractRendition
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import alerts
from .content_version import bump_version
from .models import AlertBanner

# Apps whose records readers see: pages' snippets and settings, tags, image alt texts, documents.
READER_FACING_APPS = {"portal", "news", "memberships", "taggit", "wagtailimages", "wagtaildocs"}


def _bump_for_record(sender, **kwargs):
    if sender._meta.app_label in READER_FACING_APPS and not issubclass(sender, AbstractRendition):
        bump_version()


def connect():
    page_signals = {
        "published": page_published,
        "unpublished": page_unpublished,
        "moved": post_page_move,
        "slug": page_slug_changed,
    }
    for name, signal in page_signals.items():
        signal.connect(bump_version, dispatch_uid=f"content-version-page-{name}")
    post_delete.connect(bump_version, sender=Page, dispatch_uid="content-version-page-delete")
    for signal in (post_save, post_delete):
        signal.connect(_bump_for_record, dispatch_uid=f"content-version-record-{signal is post_save}")
        signal.connect(bump_version, sender=Site, dispatch_uid=f"content-version-site-{signal is post_save}")
        # A new or removed view restriction changes what readers may see: listings, feeds,
        # search results and whole cached pages that were public a moment ago.
        signal.connect(
            bump_version, sender=PageViewRestriction, dispatch_uid=f"content-version-restriction-{signal is post_save}"
        )
        signal.connect(alerts.forget_alerts, sender=AlertBanner, dispatch_uid=f"alerts-{signal is post_save}")
