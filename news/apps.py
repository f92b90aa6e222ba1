from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "News"

    def ready(self):
        from wagtail.models import PageViewRestriction

        from portal.content_version import bump_version

        # Listings, feeds and the home page show public articles only and are cached until the
        # content version changes: making an article private (or public again) must change it.
        for signal in (post_save, post_delete):
            signal.connect(
                bump_version, sender=PageViewRestriction, dispatch_uid=f"news-view-restriction-{signal is post_save}"
            )
