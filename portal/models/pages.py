"""The portal's own page types: the home page of each language and plain content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from ..languages.slugs import AsciiSlugs
from ..pages.blocks import BodyBlock
from ..permissions.page_rights import EditorialPermissions


class HomePage(AsciiSlugs, EditorialPermissions, Page):
    """The front page of one language: the site root and its translations."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "portal.StandardPage",
        "portal.AccessibilityStatementPage",
        "news.NewsIndexPage",
        "memberships.RelationIndexPage",
        "events.EventIndexPage",
        "accessibility.EasyReadPage",
        "accessibility.SignLanguagePage",
    ]

    intro = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("One or two sentences welcoming residents and visitors, shown under the title."),
        verbose_name=_("Introduction"),
    )

    content_panels = [*Page.content_panels, "intro"]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("home page")


class StandardPage(AsciiSlugs, EditorialPermissions, Page):
    """A plain content page: legal notices, explanations, anything without its own type."""

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    intro = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("A short summary shown above the text and in search results."),
        verbose_name=_("Introduction"),
    )
    body = StreamField(
        BodyBlock(), blank=True, help_text=_("The content of the page, block by block."), verbose_name=_("Body")
    )

    content_panels = [*Page.content_panels, "intro", "body"]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("standard page")
