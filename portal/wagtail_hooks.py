"""Admin integration: the alert-banner snippet, page feedback, accessibility requests and the dashboard panels."""

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_routes import urls as admin_route_urls
from .caching.records import portal_records
from .editing.conflicts import explain_conflicting_submission, keep_conflicting_submission_as_draft
from .editing.dashboard import MissingTranslationsPanel, ScheduledPagesPanel
from .editing.new_pages import forget_autosaved_page, release_slug_of_abandoned_page, remember_autosaved_page
from .editing.page_admin import page_viewset
from .feedback.admin import AnswerPermissionPolicy, FeedbackAnswerViewSet, summary_menu_item
from .feedback.admin import admin_urls as feedback_admin_urls
from .feedback.retention import delete_expired_answers
from .legal.accessibility_review import AccessibilityReviewPanel
from .legal.requests.admin import AccessibilityRequestViewSet
from .legal.requests.dashboard import add_open_requests_panel
from .legal.requests.retention import delete_expired_requests
from .models import AccessibilityRequest, AlertBanner, FeedbackAnswer
from .permissions.page_reach import pages_within_reach
from .permissions.resident_records import ResidentRecordPolicy
from .permissions.translations import admin_urls as translation_admin_urls
from .search.models import SynonymGroup


class AlertBannerViewSet(SnippetViewSet):
    model = AlertBanner
    icon = "warning"
    menu_label = _("Alert banners")
    add_to_admin_menu = True
    menu_order = 150
    list_display = ["__str__", "level", "starts_at", "ends_at"]
    list_filter = ["level"]


register_snippet(AlertBannerViewSet)


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]
    search_fields = ["words"]


register_snippet(SynonymGroupViewSet)

# Residents' answers to "Was this page useful?", under Reports; nobody adds one in the admin.
register_permission_policy(FeedbackAnswer, AnswerPermissionPolicy(FeedbackAnswer))
register_snippet(FeedbackAnswerViewSet)
hooks.register("register_reports_menu_item", summary_menu_item)
hooks.register("register_admin_urls", feedback_admin_urls)
# Every round of run_scheduler: one indexed DELETE, usually of nothing, safe on every node at once.
hooks.register("register_scheduled_job", lambda: ("page feedback retention", delete_expired_answers))

# Residents' requests for accessibility (portal.legal.requests): answered by whoever holds its
# permission, listed on the dashboard with their deadlines, deleted a year after closing.
register_permission_policy(AccessibilityRequest, ResidentRecordPolicy(AccessibilityRequest))
register_snippet(AccessibilityRequestViewSet)
hooks.register("construct_homepage_panels", add_open_requests_panel)
hooks.register("register_scheduled_job", lambda: ("accessibility request retention", delete_expired_requests))


@hooks.register("insert_global_admin_css")
def mark_overdue_accessibility_requests():
    return format_html('<link rel="stylesheet" href="{}">', versioned_static("portal/admin/accessibility_requests.css"))


# After Wagtail's own page viewset (order -1), so this one serves every page type.
hooks.register("register_admin_viewset", lambda: page_viewset, order=0)


hooks.register("register_cache_tags", portal_records)


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.append(ScheduledPagesPanel(request))
    panels.append(MissingTranslationsPanel(request))


@hooks.register("construct_homepage_panels")
def add_accessibility_review_reminder(request, panels):
    panels.append(AccessibilityReviewPanel(request))


# Two people on one page: a save made after another person's becomes a draft, never a silent overwrite.
hooks.register("before_edit_page", keep_conflicting_submission_as_draft)
hooks.register("after_edit_page", explain_conflicting_submission)

# A new page only autosave made is remembered until it is saved on purpose; abandoned, it yields its slug.
hooks.register("after_create_page", remember_autosaved_page)
hooks.register("after_edit_page", forget_autosaved_page, order=-1)  # before the hook that redirects
hooks.register("after_publish_page", forget_autosaved_page)
hooks.register("before_create_page", release_slug_of_abandoned_page)


@hooks.register("insert_editor_js")
def hold_autosave_of_a_new_page_until_it_has_a_title_and_slug():
    return format_html('<script src="{}"></script>', versioned_static("portal/admin/new_page_autosave.js"))


@hooks.register("insert_editor_js")
def translate_the_translation_editor():
    """wagtail-localize's editor writes a few phrases without gettext (see the script)."""
    return format_html('<script src="{}"></script>', versioned_static("portal/admin/translation_editor.js"))


# Ahead of wagtail-localize's own URLs (order), so its views cannot skip the page rights.
hooks.register("register_admin_urls", translation_admin_urls, order=-1)


@hooks.register("construct_page_chooser_queryset")
def choose_only_pages_within_reach(pages, request):
    return pages.filter(pk__in=pages_within_reach(request.user))


@hooks.register("insert_global_admin_css")
def menu_labels_that_fit():
    return format_html('<link rel="stylesheet" href="{}">', versioned_static("portal/admin/menu_labels.css"))


@hooks.register("insert_global_admin_js")
def translate_the_dashboard_search_button():
    return format_html('<script src="{}"></script>', versioned_static("portal/admin/dashboard_search.js"))


# Ahead of the admin's own URLs (order): views that answer what Wagtail's would answer with a 500.
hooks.register("register_admin_urls", admin_route_urls, order=-1)
