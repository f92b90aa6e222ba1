"""Site-wide alert banners that the emergency group posts."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class AlertBanner(models.Model):
    """A notice shown at the top of every public page between its start and end time."""

    class Level(models.TextChoices):
        INFORMATION = "information", _("Information")
        WARNING = "warning", _("Warning")
        EMERGENCY = "emergency", _("Emergency")

    level = models.CharField(
        max_length=20,
        choices=Level.choices,
        default=Level.INFORMATION,
        help_text=_("Emergency is shown in red and read out at once by screen readers; use it for danger to people."),
        verbose_name=_("Level"),
    )
    message_pl = models.CharField(
        _("Message in Polish"), max_length=300, help_text=_("The message in Polish (required): one or two sentences.")
    )
    message_en = models.CharField(
        _("Message in English"),
        max_length=300,
        blank=True,
        help_text=_("English message; readers of English see the Polish one when empty."),
    )
    message_de = models.CharField(
        _("Message in German"),
        max_length=300,
        blank=True,
        help_text=_("German message; readers of German see the Polish one when empty."),
    )
    link_pl = models.URLField(
        _("Link in Polish"), blank=True, help_text=_("Optional: where Polish readers find more (full address).")
    )
    link_en = models.URLField(
        _("Link in English"), blank=True, help_text=_("Optional: where English readers find more.")
    )
    link_de = models.URLField(_("Link in German"), blank=True, help_text=_("Optional: where German readers find more."))
    starts_at = models.DateTimeField(
        default=timezone.now,
        help_text=_("When the banner appears (Kraków time). It shows within a minute."),
        verbose_name=_("Starts at"),
    )
    ends_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("When the banner disappears (Kraków time). Empty: until you remove it."),
        verbose_name=_("Ends at"),
    )

    panels = [
        "level",
        MultiFieldPanel(["message_pl", "message_en", "message_de"], heading=_("Message")),
        MultiFieldPanel(["link_pl", "link_en", "link_de"], heading=_("Link to more information")),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("When")),
    ]

    class Meta:
        verbose_name = _("alert banner")
        verbose_name_plural = _("alert banners")
        ordering = ["-starts_at", "-pk"]
        indexes = [models.Index(fields=["starts_at", "ends_at"])]

    def __str__(self):
        return f"{self.get_level_display()}: {self.message_pl[:60]}"

    def clean(self):
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})

    def localized(self, language=None):
        """(message, link, language of the message) for a reader of `language`, falling back to Polish."""
        language = language or translation.get_language()
        if language not in {code for code, _name in settings.LANGUAGES}:
            language = "pl"
        message = getattr(self, f"message_{language}") or self.message_pl
        link = getattr(self, f"link_{language}") or self.link_pl
        shown_language = language if getattr(self, f"message_{language}") else "pl"
        return message, link, shown_language
