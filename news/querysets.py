"""Article queries every newsroom view shares, each in a fixed number of SQL statements."""

from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from wagtail.models import PageQuerySet

from portal.pages.queries import public

NEWEST_FIRST = ("-date", "-pk")


class NewsArticlePageQuerySet(PageQuerySet):
    def published(self):
        """Live, public articles whose expiry time has not passed, newest first.

        Expired articles are unpublished by the scheduler within half a minute; checking
        `expire_at` here keeps them out of listings and feeds in between. Publishing always
        sets `date`, so requiring it costs nothing and lets the newest-first index serve the order.
        """
        unexpired = Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())
        return public(self).filter(unexpired, date__isnull=False).order_by(*NEWEST_FIRST)

    def in_language(self, language_code):
        return self.filter(locale__language_code=language_code)

    def with_last_updated(self):
        """Annotates `last_updated`: the time of the newest update note, or None."""
        notes = self.model._meta.get_field("update_notes").related_model
        newest_note = notes.objects.filter(page=OuterRef("pk")).order_by("-date").values("date")[:1]
        return self.annotate(last_updated=Subquery(newest_note))

    def for_cards(self):
        """What an article card or feed item shows: picture with renditions, categories, updated time."""
        return (
            self.with_last_updated()
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions", "categories")
        )

    def for_display(self):
        """What the article page shows, fetched with the page when it is routed: the routed page
        is cached until it changes, so a page built from cached parts reads none of it, and one
        that rebuilds its parts reads each relation once, not once per part."""
        return self.select_related("hero_image", "owner", "locale").prefetch_related(
            "categories", "tags", "update_notes"
        )
