"""The dashboard reminder to review the accessibility statement once a year."""

from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..models.legal import AccessibilityStatementPage, overdue_statements


class AccessibilityReviewPanel(Component):
    """Accessibility statements whose last review is more than twelve months old."""

    name = "accessibility_review"
    template_name = "portal/dashboard/accessibility_review.html"
    # Above the other editorial panels: an overdue statement breaks the law, not just a habit.
    order = 105

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        editable = PagePermissionPolicy().instances_user_has_any_permission_for(self.request.user, ["change"])
        statements = overdue_statements(AccessibilityStatementPage.objects.filter(pk__in=editable.values("pk")))
        return {"statements": list(statements)}
