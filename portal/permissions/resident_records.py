"""Records residents send (page feedback, accessibility requests): what the admin may do with them.

Nobody, superusers included, adds or copies one: they come from the public forms only. Wagtail's
bulk actions name every chosen record on their confirmation page, including those a user may not
act on, so their route for such a model is guarded by the model's view permission.
"""

from django.core.exceptions import PermissionDenied

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.bulk_action import index as wagtail_bulk_action
from wagtail.permission_policies import ModelPermissionPolicy


class ResidentRecordPolicy(ModelPermissionPolicy):
    """The model's permissions, but never "add" or "copy"."""

    def user_has_permission(self, user, action):
        if action in ("add", "copy"):
            return False
        return super().user_has_permission(user, action)


def guarded_bulk_action(model):
    """Wagtail's bulk action view for `model`, for those who may view its records only.

    Mounted ahead of the admin's own bulk route (portal.urls), which comes before any hook's URLs.
    """
    meta = model._meta
    permission = f"{meta.app_label}.view_{meta.model_name}"

    @require_admin_access
    def bulk_action(request, action):
        if not request.user.has_perm(permission):
            raise PermissionDenied
        return wagtail_bulk_action(request, meta.app_label, meta.model_name, action)

    return bulk_action
