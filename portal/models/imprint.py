"""The imprint (stopka redakcyjna / Impressum): who runs the portal, as editors fill it in.

Names and titles have a version per language (falling back to Polish); the address,
contact data and registration numbers are the same everywhere. The imprint page the footer
names shows them (`{% imprint %}`), and the footer links the Public Information Bulletin.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

LANGUAGES = ("pl", "en", "de")
FALLBACK = _("Leave empty to show the Polish text.")
TRANSLATED = ("body_name", "office_name", "representative")


@register_setting(icon="info-circle")
class ImprintSettings(BaseSiteSetting):
    """The publisher's full name, seat, contact, representative and registration numbers."""

    body_name_pl = models.CharField(
        _("Public body in Polish"), max_length=200, default="Gmina Miejska Kraków", help_text=_("Its full name.")
    )
    body_name_en = models.CharField(_("Public body in English"), max_length=200, blank=True, help_text=FALLBACK)
    body_name_de = models.CharField(_("Public body in German"), max_length=200, blank=True, help_text=FALLBACK)
    office_name_pl = models.CharField(
        _("Office in Polish"),
        max_length=200,
        default="Urząd Miasta Krakowa",
        help_text=_("The office that runs the portal on the body's behalf."),
    )
    office_name_en = models.CharField(_("Office in English"), max_length=200, blank=True, help_text=FALLBACK)
    office_name_de = models.CharField(_("Office in German"), max_length=200, blank=True, help_text=FALLBACK)
    representative_pl = models.CharField(
        _("Representative in Polish"),
        max_length=200,
        blank=True,
        help_text=_("Who represents the body, with their title, e.g. “Prezydent Miasta Krakowa”."),
    )
    representative_en = models.CharField(_("Representative in English"), max_length=200, blank=True, help_text=FALLBACK)
    representative_de = models.CharField(_("Representative in German"), max_length=200, blank=True, help_text=FALLBACK)
    address = models.TextField(_("Address"), blank=True, help_text=_("The seat's postal address, one line per row."))
    phone = models.CharField(_("Phone"), max_length=40, blank=True, help_text=_("In international form."))
    email = models.EmailField(_("Email"), blank=True, help_text=_("The address for general enquiries."))
    epuap = models.CharField(
        _("ePUAP inbox"), max_length=120, blank=True, help_text=_("The electronic inbox for official letters.")
    )
    nip = models.CharField(
        _("NIP (tax number)"), max_length=20, blank=True, help_text=_("The body's tax identification number.")
    )
    regon = models.CharField(
        _("REGON (statistical number)"),
        max_length=20,
        blank=True,
        help_text=_("The body's number in the REGON register."),
    )
    bip_url = models.URLField(
        _("Public Information Bulletin"),
        default="https://www.bip.krakow.pl/",
        help_text=_("The body's BIP, linked from every footer."),
    )

    panels = [
        MultiFieldPanel([f"{field}_{language}" for field in TRANSLATED for language in LANGUAGES], heading=_("Names")),
        MultiFieldPanel(["address", "phone", "email", "epuap"], heading=_("Seat and contact")),
        MultiFieldPanel(["nip", "regon", "bip_url"], heading=_("Registration and public information")),
    ]

    class Meta:
        verbose_name = _("imprint")

    def localized(self, field, language=None):
        """The field in the reader's language, or in Polish where editors left it empty."""
        language = language or translation.get_language()
        if language not in LANGUAGES:
            language = "pl"
        return getattr(self, f"{field}_{language}") or getattr(self, f"{field}_pl")

    @property
    def body_name(self):
        return self.localized("body_name")

    @property
    def office_name(self):
        return self.localized("office_name")

    @property
    def representative(self):
        return self.localized("representative")
