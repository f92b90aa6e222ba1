"""The search tables: one document per live page, the words they use (for typo hints), and synonyms."""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin


class SearchDocument(models.Model):
    """The searchable text of one live page, in that page's language.

    A document exists only while its page is live (publishing writes it, unpublishing and
    deleting remove it). Expiry and view restrictions are checked on every query, against
    the copied expiry date and tree path (kept in step when pages move), so a restriction
    takes effect without a publish. On PostgreSQL the vectors, their indexes and the text
    search configurations come from migrations 0005, 0008, 0009 and 0018.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+", help_text=_("The page.")
    )
    # Indexed together with the vector: one partial GIN index per language (migration 0009).
    language = models.CharField(max_length=8, help_text=_("The page's language code."))
    path = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("The page's tree path, so view restrictions are checked at query time without the page."),
    )
    expire_at = models.DateTimeField(null=True, blank=True, help_text=_("When the page expires, if ever."))
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", help_text=_("The page's type, for the filter.")
    )
    title = models.CharField(max_length=255, help_text=_("The page title."))
    terms = models.TextField(
        blank=True, help_text=_("Names the page is also known by, e.g. a partner city's names in every language.")
    )
    name_keys = models.TextField(
        blank=True,
        help_text=_("The title and other names, folded, one a line: what an exact query is compared with."),
    )
    summary = models.TextField(blank=True, help_text=_("Short texts: search description, lead, intro."))
    body = models.TextField(blank=True, help_text=_("The long texts of the page, as plain text."))
    date = models.DateTimeField(null=True, blank=True, help_text=_("The date shown with the result."))
    folded = models.TextField(
        blank=True, help_text=_("All text in lower case without diacritics; used only on SQLite.")
    )
    head_vector = SearchVectorField(null=True, help_text=_("Title and other names; ranks results."))
    vector = SearchVectorField(
        null=True, help_text=_("Every word of the page, without positions or weights; finds results.")
    )

    class Meta:
        verbose_name = _("search document")

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """A word that occurs in some document of a language: what a mistyped word is corrected to."""

    language = models.CharField(max_length=8, help_text=_("The language code of the documents it occurs in."))
    word = models.CharField(max_length=60, help_text=_("The word in lower case without diacritics."))

    class Meta:
        verbose_name = _("search term")
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="portal_searchterm_unique_word")]

    def __str__(self):
        return f"{self.word} ({self.language})"


class SynonymGroup(TranslatableMixin, models.Model):
    """Words and phrases readers use for the same thing; a search for one finds the others."""

    words = models.TextField(
        help_text=_(
            "Words or phrases that mean the same here, separated by commas, e.g. “Cracow, Krakau, Kraków” or "
            "“sister city, twin city, town twinning”. A search for any of them finds pages with any of them."
        )
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")

    def __str__(self):
        return self.words

    def phrases(self):
        return [phrase.strip() for phrase in self.words.replace("\n", ",").split(",") if phrase.strip()]
