"""The easy-to-read page (ETR) of one language: what the city and its portal do, in plain lines."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from portal.languages.slugs import AsciiSlugs
from portal.permissions.page_rights import EditorialPermissions

from ..blocks import EasyReadBodyBlock


class EasyReadPage(AsciiSlugs, EditorialPermissions, Page):
    """Easy-to-read text for people who find ordinary text hard, linked from every page's header."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    intro = models.CharField(
        blank=True,
        max_length=150,
        help_text=_("One short sentence under the title, for example: Here you can read about the city portal."),
        verbose_name=_("Introduction"),
    )
    body = StreamField(
        EasyReadBodyBlock(),
        help_text=_("Headings and passages: one short sentence per line, a pictogram beside each passage."),
        verbose_name=_("Body"),
    )

    content_panels = [*Page.content_panels, "intro", "body"]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("easy-to-read page")
