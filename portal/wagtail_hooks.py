"""Admin integration: the alert-banner snippet and the editors' dashboard panels."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .dashboard import MissingTranslationsPanel, ScheduledPagesPanel
from .models import AlertBanner


class AlertBannerViewSet(SnippetViewSet):
    model = AlertBanner
    icon = "warning"
    menu_label = "Alert banners"
    add_to_admin_menu = True
    menu_order = 150
    list_display = ["__str__", "level", "starts_at", "ends_at"]
    list_filter = ["level"]


register_snippet(AlertBannerViewSet)


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.append(ScheduledPagesPanel(request))
    panels.append(MissingTranslationsPanel(request))
