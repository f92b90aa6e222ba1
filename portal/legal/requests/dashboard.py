"""The dashboard panel of open requests, the nearest deadline first, overdue ones said in words."""

from wagtail.admin.ui.components import Component

from . import clock
from .models import AccessibilityRequest

PANEL_ROWS = 20


class OpenRequestsPanel(Component):
    """Open accessibility requests with the days left to answer them."""

    name = "accessibility_requests"
    template_name = "portal/legal/requests/admin/open_requests_panel.html"
    # Beside the statement's review reminder: both are duties the law sets a date for.
    order = 106

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        today = clock.today()
        items = AccessibilityRequest.objects.filter(status__in=AccessibilityRequest.OPEN).order_by("due_on", "pk")
        rows = []
        for item in items[:PANEL_ROWS]:
            days = item.days_left(today)
            rows.append({"item": item, "days": days, "late": -days})
        return {"rows": rows, "overdue": sum(row["days"] < 0 for row in rows)}


def add_open_requests_panel(request, panels):
    if request.user.has_perm("portal.view_accessibilityrequest"):
        panels.append(OpenRequestsPanel(request))
