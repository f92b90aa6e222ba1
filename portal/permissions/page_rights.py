"""Page rights beyond Wagtail's defaults: deleting or moving a page takes the right to publish it.

Wagtail lets anyone with "edit" rights delete (and so move) pages that are not live: drafts,
scheduled pages and pages waiting in moderation. For the city that is a publishing decision,
like reordering, so it needs publish rights on the page. Every route (single and bulk delete,
move, the admin API's actions, wagtail-localize) asks the page's permission tester, so the rule
lives here once; every page type of the portal mixes in `EditorialPermissions`.
"""

from wagtail.models import PagePermissionTester


class EditorialPagePermissionTester(PagePermissionTester):
    """Wagtail's rules, except that only publishers delete or move pages."""

    def can_delete(self, ignore_bulk=False):
        if not super().can_delete(ignore_bulk=ignore_bulk):
            return False
        return self.user.is_superuser or "publish" in self.permissions


class EditorialPermissions:
    """Mixed into every page type, so Wagtail asks `EditorialPagePermissionTester`."""

    def permissions_for_user(self, user):
        return EditorialPagePermissionTester(user, self)
