"""The newsroom's pages: the news listing of each language and its articles."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from portal.languages.slugs import AsciiSlugs
from portal.languages.translatable_tags import TranslatableTags
from portal.permissions.page_rights import EditorialPermissions

from ..article_view import ArticleView
from ..blocks import ArticleBodyBlock
from ..forms import NewsArticleForm
from ..listing import ListingViewsMixin
from ..querysets import NewsArticlePageQuerySet


class NewsIndexPage(AsciiSlugs, EditorialPermissions, ListingViewsMixin, RoutablePageMixin, Page):
    """The news listing of one language, with its category, tag and archive views and feeds."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count_per_parent = 1
    # Search results show no date for it: its publication date tells readers nothing.
    search_dated = False

    intro = models.TextField(
        blank=True, max_length=600, help_text=_("Shown above the list of articles."), verbose_name=_("Introduction")
    )

    content_panels = [*Page.content_panels, "intro"]

    class Meta:
        verbose_name = _("news listing")

    def articles(self):
        """This listing's live, public articles, newest first."""
        return NewsArticlePage.objects.child_of(self).published()

    def route(self, request, path_components):
        # An article is fetched with everything its page shows in one go, instead of Wagtail's
        # generic lookup followed by a second query for the specific page.
        if len(path_components) == 1:
            article = NewsArticlePage.objects.for_display().child_of(self).filter(slug=path_components[0]).first()
            if article is not None:
                article._cached_parent_obj = self
                return article.route(request, [])
        return super().route(request, path_components)


class NewsArticlePage(AsciiSlugs, EditorialPermissions, Page):
    """One news article: what happened, when, who answers for it and what it relates to."""

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    date = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("The date readers see. Leave empty to use the moment the article is first published."),
    )
    lead = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("The summary used in listings, feeds and search results."),
        verbose_name=_("Lead"),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The main picture, shown at the top, in listings, feeds and when the article is shared."),
        verbose_name=_("Hero image"),
    )
    hero_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it. Required with a picture."),
    )
    hero_caption = models.CharField(_("caption"), max_length=250, blank=True, help_text=_("Shown under the picture."))
    hero_credit = models.CharField(
        _("credit"), max_length=120, blank=True, help_text=_('Author or source, e.g. "Eurocities".')
    )
    hero_is_illustration = models.BooleanField(
        _("the picture is an illustration"),
        default=False,
        help_text=_('A drawing, graphic or generated picture, not a photograph: the credit reads "Illustration: …".'),
    )
    body = StreamField(
        ArticleBodyBlock(), blank=True, help_text=_("The article text, block by block."), verbose_name=_("Body")
    )

    categories = ParentalManyToManyField(
        "news.NewsCategory",
        blank=True,
        related_name="articles",
        help_text=_("The subject areas the article is filed under; readers can follow each one."),
        verbose_name=_("Categories"),
    )
    tags = TranslatableTags(
        through="news.NewsArticleTag",
        blank=True,
        help_text=_("Names, places and topics of the article, e.g. Eurocities, digitalisation."),
    )
    top_story = models.BooleanField(
        default=False,
        help_text=_("Lead the home page with this article until a newer top story is published."),
        verbose_name=_("Top story"),
    )

    # Public-information rules name who answers for an item and who prepared it: either a named
    # unit or person, or the city office as a whole, chosen on purpose (NewsArticleForm checks).
    responsible_unit = models.CharField(
        max_length=160,
        blank=True,
        help_text=_("The city office or department that answers for the information, e.g. the Press Office."),
        verbose_name=_("Responsible unit"),
    )
    responsible_is_city_office = models.BooleanField(
        default=False,
        help_text=_("Tick when the city office as a whole answers for the information instead of one unit."),
        verbose_name=_("The city office answers for it"),
    )
    produced_by = models.CharField(
        max_length=160,
        blank=True,
        help_text=_("The person or team who prepared the information, as public-information rules require."),
        verbose_name=_("Produced by"),
    )
    produced_by_city_office = models.BooleanField(
        default=False,
        help_text=_("Tick when the information was prepared by the city office rather than a named author."),
        verbose_name=_("Prepared by the city office"),
    )
    # Wagtail records publication times but not when a page was first written.
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    # The newsroom owns the link; a relation page shows its articles through `news_articles`.
    relations = ParentalManyToManyField(
        "memberships.RelationPage",
        blank=True,
        related_name="news_articles",
        help_text=_("The partnerships or network memberships this article is about."),
        verbose_name=_("Relations"),
    )

    objects = PageManager.from_queryset(NewsArticlePageQuerySet)()

    content_panels = [
        *Page.content_panels,
        "date",
        "lead",
        MultiFieldPanel(
            ["hero_image", "hero_alt", FieldRowPanel(["hero_caption", "hero_credit"]), "hero_is_illustration"],
            heading=_("Main picture"),
        ),
        "body",
        InlinePanel(
            "update_notes",
            heading=_("Update notes"),
            label=_("Update note"),
            help_text=_("Tell readers what changed after publication; the newest note sets the updated date."),
        ),
        MultiFieldPanel(
            ["responsible_unit", "responsible_is_city_office", "produced_by", "produced_by_city_office"],
            heading=_("Who answers for the information"),
            help_text=_("Required before publication: a name, or the city office ticked."),
        ),
    ]
    filing_panels = [
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        "tags",
        FieldPanel("relations", widget=forms.CheckboxSelectMultiple),
        "top_story",
        InlinePanel(
            "related_picks",
            max_num=3,
            heading=_("Related articles"),
            label=_("Related article"),
            help_text=_("Up to three. Without a pick, readers see articles that share categories and tags."),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(filing_panels, heading=_("Filing")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ],
        base_form_class=NewsArticleForm,
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("news article")
        # Listings and feeds read the newest articles first: with this index they stop after a page.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_article_newest_first")]

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt.strip():
            raise ValidationError({"hero_alt": _("Describe the picture for readers who cannot see it.")})

    def save(self, *args, **kwargs):
        # The editorial date defaults to the first publication and then stays put.
        if self.date is None and self.first_published_at is not None:
            self.date = self.first_published_at
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["article"] = ArticleView(self, request)
        return context

    @property
    def shown_responsible_unit(self):
        """The unit readers see: the one named, or the city office in the reader's language."""
        return _("Kraków City Office") if self.responsible_is_city_office else self.responsible_unit

    @property
    def shown_author(self):
        return _("Kraków City Office") if self.produced_by_city_office else self.produced_by

    @property
    def display_date(self):
        """The publication date readers see; drafts and previews fall back to when they were written."""
        return self.date or self.first_published_at or self.created_at

    @cached_property
    def last_updated(self):
        """The time of the newest update note, or None; listing querysets annotate it in advance."""
        return max((note.date for note in self.update_notes.all()), default=None)

    @property
    def last_changed(self):
        """When the information last changed for readers: the newest update note, else the publication.

        Not `last_published_at`: a technical re-publication (loading content, a migration, a bulk
        fix) changes nothing readers should be told about; editors say what changed in a note.
        """
        return self.last_updated or self.display_date
