from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from wagtail.models import Page, Site
        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

        from . import alerts, chrome
        from .models import AlertBanner, FooterSettings

        # Navigation, footer and the cached site show page titles and URLs: any change refreshes them.
        page_signals = {
            "published": page_published,
            "unpublished": page_unpublished,
            "moved": post_page_move,
            "slug": page_slug_changed,
        }
        for name, signal in page_signals.items():
            signal.connect(chrome.bump_version, dispatch_uid=f"chrome-page-{name}")
        post_delete.connect(chrome.bump_version, sender=Page, dispatch_uid="chrome-page-delete")
        post_save.connect(chrome.bump_version, sender=FooterSettings, dispatch_uid="chrome-footer")
        post_save.connect(chrome.bump_version, sender=Site, dispatch_uid="chrome-site-save")
        post_delete.connect(chrome.bump_version, sender=Site, dispatch_uid="chrome-site-delete")
        post_save.connect(alerts.forget_alerts, sender=AlertBanner, dispatch_uid="alerts-save")
        post_delete.connect(alerts.forget_alerts, sender=AlertBanner, dispatch_uid="alerts-delete")
