"""Venues: where events take place, with what a visitor with a disability needs to know before going."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin


class Venue(TranslatableMixin, models.Model):
    """A place such as the Nuremberg House or the ICE Kraków Congress Centre, in one language."""

    name = models.CharField(max_length=160, help_text=_('E.g. "Nuremberg House".'), verbose_name=_("Name"))
    street_address = models.CharField(
        max_length=200, help_text=_('Street and number, e.g. "ul. Rynek Główny 25".'), verbose_name=_("Street address")
    )
    postal_code = models.CharField(max_length=12, blank=True, verbose_name=_("Postal code"))
    locality = models.CharField(max_length=80, default="Kraków", verbose_name=_("Town or city"))
    latitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Degrees north, e.g. 50.06143. Places the venue on the map."),
        verbose_name=_("Latitude"),
    )
    longitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Degrees east, e.g. 19.93658."),
        verbose_name=_("Longitude"),
    )
    step_free_entrance = models.BooleanField(
        default=False,
        help_text=_("A wheelchair user can get in without steps (level, ramp or lift)."),
        verbose_name=_("Step-free entrance"),
    )
    accessible_toilet = models.BooleanField(default=False, verbose_name=_("Accessible toilet"))
    induction_loop = models.BooleanField(
        default=False, help_text=_("A hearing loop for hearing-aid users."), verbose_name=_("Induction loop")
    )
    seating = models.BooleanField(
        default=False, help_text=_("Seats are available for everyone who needs one."), verbose_name=_("Seating")
    )
    accessibility_notes = models.TextField(
        blank=True,
        max_length=500,
        help_text=_("Anything else visitors should know, e.g. where the ramp is or whom to call for help."),
        verbose_name=_("Accessibility notes"),
    )

    panels = [
        "name",
        MultiFieldPanel(
            ["street_address", FieldRowPanel(["postal_code", "locality"]), FieldRowPanel(["latitude", "longitude"])],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            ["step_free_entrance", "accessible_toilet", "induction_loop", "seating", "accessibility_notes"],
            heading=_("Accessibility"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    @property
    def address_line(self):
        return ", ".join(part for part in (self.street_address, f"{self.postal_code} {self.locality}".strip()) if part)

    @property
    def accessibility_facts(self):
        """(label, present) of each fact, in the order the page lists them."""
        return [
            (_("Step-free entrance"), self.step_free_entrance),
            (_("Accessible toilet"), self.accessible_toilet),
            (_("Induction loop"), self.induction_loop),
            (_("Seating"), self.seating),
        ]
