"""The registry of Kraków's international partnerships and network memberships."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page


class RelationIndexPage(Page):
    """The directory of partnerships and memberships in one language."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["memberships.RelationPage"]

    intro = models.TextField(blank=True, max_length=600, help_text=_("Shown above the directory."))

    content_panels = [*Page.content_panels, "intro"]

    class Meta:
        verbose_name = _("partnerships directory")


class RelationPage(Page):
    """One partnership with a city, or one membership of a network."""

    parent_page_types = ["memberships.RelationIndexPage"]
    subpage_types = []

    summary = models.TextField(
        blank=True, max_length=400, help_text=_("One or two sentences used in the directory and in search results.")
    )

    content_panels = [*Page.content_panels, "summary"]

    class Meta:
        verbose_name = _("partnership or membership")
