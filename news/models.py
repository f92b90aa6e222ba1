"""The newsroom: the news listing of each language and its articles."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page


class NewsIndexPage(Page):
    """The news listing of one language."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["news.NewsArticlePage"]

    intro = models.TextField(blank=True, max_length=600, help_text=_("Shown above the list of articles."))

    content_panels = [*Page.content_panels, "intro"]

    class Meta:
        verbose_name = _("news listing")


class NewsArticlePage(Page):
    """One news article."""

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    lead = models.TextField(
        blank=True, max_length=400, help_text=_("The summary used in listings, feeds and search results.")
    )

    # The newsroom owns the link; a relation page shows its articles through `news_articles`.
    relations = ParentalManyToManyField(
        "memberships.RelationPage",
        blank=True,
        related_name="news_articles",
        help_text=_("The partnerships or network memberships this article is about."),
    )

    content_panels = [*Page.content_panels, "lead", "relations"]

    class Meta:
        verbose_name = _("news article")
