"""The registry's records in the admin: partner cities and networks, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Network, PartnerCity


class PartnerCityViewSet(SnippetViewSet):
    model = PartnerCity
    icon = "site"
    menu_label = _("Partner cities")
    list_display = ["name", "native_name", "country_name", "country_code"]
    list_filter = ["country_code"]
    ordering = ["name"]


class NetworkViewSet(SnippetViewSet):
    model = Network
    icon = "group"
    menu_label = _("Networks")
    list_display = ["name", "founded_year", "website"]
    ordering = ["name"]


class RegistryViewSetGroup(SnippetViewSetGroup):
    items = (PartnerCityViewSet, NetworkViewSet)
    menu_icon = "globe"
    menu_label = _("Partnerships registry")
    menu_name = "partnerships-registry"
    menu_order = 250
