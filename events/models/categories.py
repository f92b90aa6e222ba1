"""Event categories: a short, translatable list the listing filters by."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin


class EventCategory(TranslatableMixin, models.Model):
    """A kind of event such as Conference, Culture or Exchange, in one language."""

    name = models.CharField(
        max_length=80, help_text=_('Shown on events and in the listing filter, e.g. "Culture".'), verbose_name=_("Name")
    )
    slug = models.SlugField(
        max_length=80,
        help_text=_("The address of the category's calendar; unique within a language."),
        verbose_name=_("Slug"),
    )

    panels = ["name", "slug"]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")
        ordering = ["name", "pk"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name
