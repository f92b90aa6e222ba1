"""The vocabularies of the registry: Kraków's own categories of relations and their states."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RelationType(models.TextChoices):
    """Kraków's categories of international relations."""

    TWINNING = "twinning", _("Twinning")
    CITY_PARTNERSHIP = "city_partnership", _("City partnership")
    HONORARY_TWIN_CITY = "honorary_twin_city", _("Honorary twin-city title")
    SECTORAL_AGREEMENT = "sectoral_agreement", _("Sectoral agreement")
    COOPERATION_WITHOUT_AGREEMENT = "cooperation_without_agreement", _("Cooperation without agreement")
    NETWORK_MEMBERSHIP = "network_membership", _("Network membership")


class RelationStatus(models.TextChoices):
    """Where a relation stands today."""

    APPLIED = "applied", _("Applied")
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")
    ENDED = "ended", _("Ended")


class DatePrecision(models.TextChoices):
    """How much of a historical date is known: sources often give only a month or a year."""

    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")
