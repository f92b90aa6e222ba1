"""The portal's own page types: the home page of each language and plain content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from ..caching.tags import page_tag
from ..languages.slugs import AsciiSlugs
from ..pages.blocks import BodyBlock, TopTasksBlock
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

    top_tasks = StreamField(
        TopTasksBlock(),
        blank=True,
        help_text=_(
            "Up to eight links to what most residents come for (e-services, timetables, waste collection), "
            "shown first on the home page. Translators translate the labels; links to pages follow the language."
        ),
        verbose_name=_("Top tasks"),
    )

    content_panels = [*Page.content_panels, "intro", "top_tasks"]
    api_fields = [APIField("intro"), APIField("top_tasks")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The top tasks show the home page and the addresses of the pages they link to; the stored
        # ids are enough, so a cached home page loads none of those pages.
        linked = [task["value"].get("page") for task in self.top_tasks.raw_data]
        context["top_task_tags"] = [page_tag(self.pk), *(page_tag(pk) for pk in linked if pk)]
        return context


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
