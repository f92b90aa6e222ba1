from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .admin_views import VIEW_PERMISSION, AlertsAdminView
from .sections import listing_section, relation_section
from .sending.rounds import alerts_round


@hooks.register("register_public_urls")
def alert_pages():
    return urls.urlpatterns


@hooks.register("register_scheduled_job")
def send_alerts():
    return "e-mail alerts", alerts_round


@hooks.register("register_page_section")
def follow_a_partnership_by_email():
    return "relation", relation_section


@hooks.register("register_page_section")
def follow_a_listing_by_email():
    return "listing", listing_section


@hooks.register("register_admin_urls")
def alerts_admin_url():
    return [path("e-mail-alerts/", AlertsAdminView.as_view(), name="subscriptions_admin")]


class AlertsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def alerts_menu_item():
    return AlertsMenuItem(_("E-mail alerts"), reverse("subscriptions_admin"), icon_name="mail", order=900)
