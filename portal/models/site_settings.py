"""Settings editors change in the admin: what the footer of every page says."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class FooterSettings(BaseSiteSetting):
    """Contact data, social links and the legal pages, shown in every footer."""

    organisation = models.CharField(
        max_length=120,
        default="Urząd Miasta Krakowa",
        help_text=_("The office that runs the portal."),
        verbose_name=_("Organisation"),
    )
    address = models.TextField(blank=True, help_text=_("Postal address, one line per row."), verbose_name=_("Address"))
    phone = models.CharField(
        max_length=40, blank=True, help_text=_("Switchboard number in international form."), verbose_name=_("Phone")
    )
    email = models.EmailField(blank=True, help_text=_("The address residents write to."), verbose_name=_("Email"))

    facebook_url = models.URLField(
        blank=True, help_text=_("Full address of the city's Facebook page."), verbose_name=_("Facebook URL")
    )
    instagram_url = models.URLField(
        blank=True, help_text=_("Full address of the city's Instagram profile."), verbose_name=_("Instagram URL")
    )
    youtube_url = models.URLField(
        blank=True, help_text=_("Full address of the city's YouTube channel."), verbose_name=_("YouTube URL")
    )
    linkedin_url = models.URLField(
        blank=True, help_text=_("Full address of the city's LinkedIn page."), verbose_name=_("LinkedIn URL")
    )

    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The accessibility statement; each language links to its own translation."),
        verbose_name=_("Accessibility page"),
    )
    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The imprint / legal notice."),
        verbose_name=_("Imprint page"),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The privacy notice."),
        verbose_name=_("Privacy page"),
    )

    panels = [
        MultiFieldPanel(["organisation", "address", "phone", "email"], heading=_("Contact")),
        MultiFieldPanel(["facebook_url", "instagram_url", "youtube_url", "linkedin_url"], heading=_("Social media")),
        MultiFieldPanel(["accessibility_page", "imprint_page", "privacy_page"], heading=_("Legal pages")),
    ]

    class Meta:
        verbose_name = _("footer")

    @property
    def social_links(self):
        """(label, url) pairs for the networks that have an address."""
        candidates = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(label, url) for label, url in candidates if url]

    @property
    def legal_page_roles(self):
        """{page id: "accessibility" | "imprint" | "privacy"} of the chosen legal pages."""
        chosen = {
            self.accessibility_page_id: "accessibility",
            self.imprint_page_id: "imprint",
            self.privacy_page_id: "privacy",
        }
        return {pk: role for pk, role in chosen.items() if pk}

    @property
    def legal_page_ids(self):
        """Ids of the chosen legal pages; each language shows its own translation of them."""
        return [pk for pk in (self.accessibility_page_id, self.imprint_page_id, self.privacy_page_id) if pk]
