"""What an article carries besides its own fields: tags, dated update notes, picked related articles."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.models import Orderable, TranslatableMixin


class NewsArticleTag(TaggedItemBase):
    """Links an article to one of its free-form tags."""

    content_object = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items", verbose_name=_("Article")
    )


class NewsUpdateNote(TranslatableMixin, Orderable):
    """A dated note telling readers what changed in an article after it was published.

    Translatable, so a translated article gets notes in its own language; the locale is
    taken from the article when a note is first saved.
    """

    page = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="update_notes", verbose_name=_("Page")
    )
    date = models.DateTimeField(
        default=timezone.now, help_text=_("When the article was updated."), verbose_name=_("Date")
    )
    note = models.CharField(
        max_length=300,
        help_text=_('What changed, in one sentence, e.g. "The mayor\'s letter was added."'),
        verbose_name=_("Note"),
    )

    panels = ["date", "note"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("update note")
        verbose_name_plural = _("update notes")


class NewsRelatedArticle(Orderable):
    """An article the editor recommends reading next."""

    page = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="related_picks", verbose_name=_("Page")
    )
    article = models.ForeignKey(
        "news.NewsArticlePage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Pick an article in any language: readers see its translation into their language."),
        verbose_name=_("Article"),
    )

    panels = ["article"]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")
