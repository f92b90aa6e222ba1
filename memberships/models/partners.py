"""The registry's records: partner cities and networks, with dated, sourced facts about networks.

They are translatable snippets: each language has its own row sharing a translation key, so a
city is called Norymberga in Polish, Nuremberg in English and Nürnberg in German. Coordinates,
codes and dates are the same in every language (wagtail-localize keeps them in step).
"""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..choices import DatePrecision

STALE_AFTER_MONTHS = 12


def stale_cutoff(today=None):
    """The as-of date before which a fact counts as stale: twelve months before today."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


class PartnerCity(TranslatableMixin, index.Indexed, models.Model):
    """A city Kraków has a relation with, named in the language of this translation."""

    name = models.CharField(
        max_length=120,
        help_text=_('The city\'s name in this language, e.g. "Norymberga" in Polish.'),
        verbose_name=_("Name"),
    )
    native_name = models.CharField(
        max_length=120,
        blank=True,
        help_text=_('The name used in the city itself, e.g. "Nürnberg". Leave empty when it is the same.'),
        verbose_name=_("Native name"),
    )
    other_names = models.CharField(
        max_length=400,
        blank=True,
        help_text=_(
            'Other names and spellings residents may search for, separated by commas (e.g. "Nuremberg, Nuernberg").'
        ),
        verbose_name=_("Other names"),
    )
    country_code = models.CharField(
        max_length=2,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use the two capital letters of ISO 3166-1, e.g. DE."))],
        help_text=_("ISO 3166-1 alpha-2 code of the country, in capitals, e.g. DE for Germany."),
        verbose_name=_("Country code"),
    )
    country_name = models.CharField(
        max_length=80,
        help_text=_('The country\'s name in this language, e.g. "Niemcy", "Germany".'),
        verbose_name=_("Country name"),
    )
    latitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Degrees north (negative south) of the city centre, e.g. 49.45211. Used on the map."),
        verbose_name=_("Latitude"),
    )
    longitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Degrees east (negative west) of the city centre, e.g. 11.07675. Used on the map."),
        verbose_name=_("Longitude"),
    )

    panels = [
        MultiFieldPanel(["name", "native_name", "other_names"], heading=_("Names")),
        FieldRowPanel(["country_code", "country_name"], heading=_("Country")),
        FieldRowPanel(["latitude", "longitude"], heading=_("Location")),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("native_name"),
        index.SearchField("other_names"),
        index.FilterField("country_code"),
        index.FilterField("locale_id"),
    ]

    # The code and the city's own name are the same in every language: not for translators.
    override_translatable_fields = [SynchronizedField("country_code"), SynchronizedField("native_name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner city")
        verbose_name_plural = _("partner cities")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    @property
    def all_names(self):
        """Every name a reader may know the city by, without repeats, this language's first."""
        names = [self.name, self.native_name, *self.other_names.split(",")]
        unique = []
        for name in (n.strip() for n in names):
            if name and name not in unique:
                unique.append(name)
        return unique


class Network(TranslatableMixin, index.Indexed, ClusterableModel):
    """A network or organisation of cities that Kraków belongs to or has applied to."""

    name = models.CharField(
        max_length=160, help_text=_('The network\'s name in this language, e.g. "Eurocities".'), verbose_name=_("Name")
    )
    founded_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
        help_text=_("The year the network was founded, if known."),
        verbose_name=_("Year founded"),
    )
    founders = models.CharField(
        max_length=400,
        blank=True,
        help_text=_('Who founded it, e.g. "the mayors of Barcelona, Birmingham and Lyon".'),
        verbose_name=_("Founders"),
    )
    website = models.URLField(blank=True, help_text=_("The network's own website."), verbose_name=_("Website"))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The network's logo, used with its permission. Its title serves as the alt text."),
        verbose_name=_("Logo"),
    )

    panels = [
        "name",
        FieldRowPanel(["founded_year", "website"]),
        "founders",
        "logo",
        InlinePanel(
            "facts",
            heading=_("Facts"),
            label=_("Fact"),
            help_text=_("Figures about the network, each with the date it describes and its source."),
        ),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name


class NetworkFact(TranslatableMixin, Orderable):
    """One dated, sourced figure about a network: figures change, so each carries its as-of date.

    Translatable, so wagtail-localize offers the figure and what it counts with the network.
    """

    network = ParentalKey(Network, on_delete=models.CASCADE, related_name="facts", verbose_name=_("Network"))
    value = models.CharField(
        max_length=60, help_text=_('The figure as readers should see it, e.g. "over 200".'), verbose_name=_("Value")
    )
    counts = models.CharField(
        max_length=160, help_text=_('What the figure counts, e.g. "member cities".'), verbose_name=_("What it counts")
    )
    as_of = models.DateField(
        help_text=_(
            "The date the figure describes (or when the source published it). After 12 months readers see a "
            "warning and the fact is listed on the dashboard for checking."
        ),
        verbose_name=_("As-of date"),
    )
    as_of_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("How much of the as-of date the source gives; readers see only that much."),
        verbose_name=_("Precision of the as-of date"),
    )
    source_name = models.CharField(
        max_length=160,
        help_text=_('Where the figure comes from, e.g. "Eurocities website".'),
        verbose_name=_("Source name"),
    )
    source_url = models.URLField(
        blank=True,
        help_text=_("The address of the exact page the figure is taken from, if it is online."),
        verbose_name=_("Source URL"),
    )
    archived = models.BooleanField(
        default=False,
        help_text=_(
            "A figure kept for the record after a newer one replaced it. Readers see it folded away with its "
            "date; it is never flagged as out of date."
        ),
        verbose_name=_("Archived figure"),
    )

    panels = [
        FieldRowPanel(["value", "counts"]),
        FieldRowPanel(["as_of", "as_of_precision"]),
        FieldRowPanel(["source_name", "source_url"]),
        "archived",
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("network fact")
        verbose_name_plural = _("network facts")

    def __str__(self):
        return f"{self.value} {self.counts}"

    def is_stale(self, today=None):
        """A current figure older than twelve months; an archived figure is old on purpose."""
        return not self.archived and self.as_of < stale_cutoff(today)

    @property
    def stale(self):
        return self.is_stale()
