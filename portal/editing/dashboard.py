"""Dashboard panels for the editors: what is scheduled, and which live pages lack a language."""

from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..permissions.page_reach import translation_sources_within_reach

PANEL_ROWS = 20


def _editable_pages(user):
    """Pages this user may add to, edit or publish: nobody sees titles of pages outside their reach."""
    return PagePermissionPolicy().instances_user_has_any_permission_for(user, ["add", "change", "publish"])


class ScheduledPagesPanel(Component):
    """Pages waiting to go live, and live pages with an expiry date, soonest first."""

    name = "scheduled_pages"
    template_name = "portal/dashboard/scheduled_pages.html"
    order = 205

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        editable = _editable_pages(self.request.user)
        revisions = list(
            Revision.page_revisions.filter(approved_go_live_at__gt=now).order_by("approved_go_live_at")[:PANEL_ROWS]
        )
        pages_by_id = editable.filter(pk__in=[int(r.object_id) for r in revisions]).select_related("locale").in_bulk()
        rows = [
            {"page": pages_by_id[int(r.object_id)], "when": r.approved_go_live_at, "goes_live": True}
            for r in revisions
            if int(r.object_id) in pages_by_id
        ]
        expiring = editable.live().filter(expire_at__gt=now).select_related("locale").order_by("expire_at")
        rows += [{"page": page, "when": page.expire_at, "goes_live": False} for page in expiring[:PANEL_ROWS]]
        rows.sort(key=lambda row: row["when"])
        return {"rows": rows, "time_zone": settings.TIME_ZONE}


class MissingTranslationsPanel(Component):
    """Live pages that are not live in every language yet, with a way to translate them."""

    name = "missing_translations"
    template_name = "portal/dashboard/missing_translations.html"
    order = 206

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        languages = [code for code, _name in settings.LANGUAGES]
        incomplete_keys = (
            Page.objects.live()
            .filter(depth__gt=1)
            .values("translation_key")
            .annotate(languages=Count("locale", distinct=True))
            .filter(languages__lt=len(languages))
            .values("translation_key")
        )
        can_translate = self.request.user.has_perm("wagtail_localize.submit_translation")
        # Translators start translations of Polish pages they may not edit, so they also see the
        # live public ones (by their published title); everyone sees the live pages they may edit.
        in_reach = _editable_pages(self.request.user).live() | translation_sources_within_reach(self.request.user)
        newest_keys = (
            in_reach.filter(translation_key__in=incomplete_keys)
            .order_by("-last_published_at", "pk")
            .values_list("translation_key", flat=True)[: PANEL_ROWS * len(languages)]
        )
        keys = list(dict.fromkeys(newest_keys))[:PANEL_ROWS]
        # What is missing depends on every live version, not only on those this user may edit.
        present = {key: {} for key in keys}
        for page in Page.objects.live().filter(translation_key__in=keys).select_related("locale"):
            present[page.translation_key][page.locale.language_code] = page
        rows = []
        for by_language in present.values():
            # The source is the Polish page where there is one: translators work from it.
            source = by_language.get(languages[0]) or next(iter(by_language.values()))
            missing = [code for code in languages if code not in by_language]
            rows.append({"page": source, "missing": missing})
        return {"rows": rows, "can_translate": can_translate}
