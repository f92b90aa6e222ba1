"""The answers in the admin's Reports menu: a filterable list and a yes/no summary per section.

A page's section is its ancestor just below its language's home page (News, Partnerships,
...); the home page is a section of its own. The summary reads sections from the tree paths
at query time, so a page moved into another section is counted there from then on.
"""

import django_filters

from django.conf import settings
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.forms import ModelChoiceField
from django.urls import path, reverse, reverse_lazy
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from ..permissions.resident_records import ResidentRecordPolicy, guarded_bulk_action
from .models import FeedbackAnswer

# Tree paths grow by four characters a level: root 4, home pages 8, their sections 12.
STEP = 4
SECTION_DEPTH = 3
SECTION_PATH_LENGTH = STEP * SECTION_DEPTH


# Answers come from residents only: nobody, superusers included, adds or copies one.
AnswerPermissionPolicy = ResidentRecordPolicy


def page_label(page):
    return f"{page.title} ({page.locale.language_code})"


class PageChoiceField(ModelChoiceField):
    def label_from_instance(self, page):
        return page_label(page)


class PageFilter(django_filters.ModelChoiceFilter):
    field_class = PageChoiceField


def sections():
    return Page.objects.filter(depth__in=(SECTION_DEPTH - 1, SECTION_DEPTH)).select_related("locale").order_by("path")


def answered_pages():
    return (
        Page.objects.filter(pk__in=FeedbackAnswer.objects.values("page_id")).select_related("locale").order_by("path")
    )


def in_section(queryset, section):
    """Answers about the section's pages (a home page as a section: about itself only)."""
    if section.depth < SECTION_DEPTH:
        return queryset.filter(page=section)
    return queryset.filter(page__path__startswith=section.path)


class AnswerFilterSet(WagtailFilterSet):
    section = PageFilter(label=_("Section"), queryset=lambda request: sections(), method="filter_section")
    page = PageFilter(label=_("Page"), queryset=lambda request: answered_pages())
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    useful = django_filters.BooleanFilter(label=_("Useful"))
    handled = django_filters.BooleanFilter(label=_("Handled"))
    with_comment = django_filters.BooleanFilter(label=_("With a comment"), method="filter_with_comment")

    class Meta:
        model = FeedbackAnswer
        fields = []

    def filter_section(self, queryset, name, section):
        return in_section(queryset, section) if section else queryset

    def filter_with_comment(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.exclude(comment="") if value else queryset.filter(comment="")


def defused_cell(text):
    """A resident's text as a spreadsheet cell that can never run as a formula (CSV injection)."""
    text = str(text)
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


class AnswerIndexView(IndexView):
    # XLSX cells are written as strings already; a CSV opened in a spreadsheet needs this.
    custom_field_preprocess = {"comment": {"csv": defused_cell}}


def comment_excerpt(answer):
    return Truncator(answer.comment).chars(120)


class FeedbackAnswerViewSet(SnippetViewSet):
    """Residents' answers: read them, filter them, mark them handled."""

    model = FeedbackAnswer
    index_view_class = AnswerIndexView
    icon = "comment"
    menu_label = _("Page feedback")
    menu_name = "page-feedback"
    menu_order = 1100
    menu_hook = "register_reports_menu_item"
    filterset_class = AnswerFilterSet
    copy_view_enabled = False
    inspect_view_enabled = True
    list_per_page = 50
    list_display = [
        "page__title",
        Column("language", label=_("Language")),
        BooleanColumn("useful", label=_("Useful")),
        Column("comment", label=_("What was wrong"), accessor=comment_excerpt),
        DateColumn("created", label=_("Received"), sort_key="created"),
        BooleanColumn("handled", label=_("Handled")),
    ]
    list_export = ["page_id", "page.title", "language", "useful", "comment", "created", "handled"]
    export_headings = {"page_id": _("Page ID"), "page.title": _("Page")}
    search_fields = ["comment"]
    panels = [
        FieldPanel("page", read_only=True),
        FieldPanel("language", read_only=True),
        FieldPanel("useful", read_only=True),
        FieldPanel("comment", read_only=True),
        FieldPanel("created", read_only=True),
        FieldPanel("handled"),
    ]

    def get_queryset(self, request):
        return FeedbackAnswer.objects.select_related("page", "page__locale")

    def register_chooser_viewset(self):
        """No field chooses an answer, and Wagtail's choosers list a model to anyone in the admin."""


class SectionSummaryView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Yes and no per section, with the comments still waiting to be handled."""

    permission_required = "portal.view_feedbackanswer"
    template_name = "portal/feedback/admin/summary.html"
    page_title = _("Page feedback by section")
    header_icon = "comment"
    raise_exception = True

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = (
            FeedbackAnswer.objects.annotate(section_path=Substr("page__path", 1, SECTION_PATH_LENGTH))
            .values("section_path")
            .annotate(
                yes=Count("pk", filter=Q(useful=True)),
                no=Count("pk", filter=Q(useful=False)),
                waiting=Count("pk", filter=Q(handled=False) & ~Q(comment="")),
            )
            .order_by("section_path")
        )
        pages = {page.path: page for page in Page.objects.filter(path__in=[row["section_path"] for row in counts])}
        listing = reverse("wagtailsnippets_portal_feedbackanswer:list")
        rows = []
        for row in counts:
            section = pages.get(row["section_path"])
            if section is None:
                continue
            total = row["yes"] + row["no"]
            rows.append(
                {
                    "section": page_label(section),
                    "yes": row["yes"],
                    "no": row["no"],
                    "share": round(100 * row["yes"] / total) if total else 0,
                    "waiting": row["waiting"],
                    "url": f"{listing}?section={section.pk}",
                }
            )
        context["rows"] = rows
        return context


class SummaryMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("portal.view_feedbackanswer")


def summary_menu_item():
    return SummaryMenuItem(
        _("Page feedback by section"),
        reverse_lazy("portal_feedback_summary"),
        name="page-feedback-summary",
        icon_name="comment",
        order=1110,
    )


# Wagtail's bulk actions (delete), for those who may read answers only (portal.permissions.resident_records).
bulk_action = guarded_bulk_action(FeedbackAnswer)


def admin_urls():
    return [path("reports/page-feedback-by-section/", SectionSummaryView.as_view(), name="portal_feedback_summary")]
