"""News categories: a short, translatable list editors file articles under."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin


class NewsCategory(TranslatableMixin, models.Model):
    """A subject area such as International cooperation, City hall or Culture, in one language."""

    name = models.CharField(
        max_length=80,
        help_text=_('Shown on articles and in the listing filter, e.g. "Culture".'),
        verbose_name=_("Name"),
    )
    slug = models.SlugField(
        max_length=80,
        help_text=_("The address of the category's listing and feed; unique within a language."),
        verbose_name=_("Slug"),
    )
    description = models.TextField(
        blank=True,
        max_length=300,
        help_text=_("One sentence shown above the category's listing and used as its search-engine description."),
        verbose_name=_("Description"),
    )

    panels = ["name", "slug", "description"]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name", "pk"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name
