"""Requests in the admin: a listing, the answer form whose status changes mail the requester.

Who may see and answer requests is the `view_` and `change_accessibilityrequest` permission
(the "Accessibility coordinators" group, migration 0023); nobody adds or copies one, and only
superusers delete one (the scheduler deletes closed requests after the retention period).
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from ...permissions.resident_records import guarded_bulk_action
from . import clock, deadlines, emails
from .models import AccessibilityRequest

Status = AccessibilityRequest.Status


class AnswerForm(WagtailAdminModelForm):
    """The coordinator's answer: a status, and what the law asks to tell the requester with it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored_status = self.instance.status
        self.stored_due_on = self.instance.due_on

    def clean(self):
        cleaned = super().clean()
        item = self.instance
        status = cleaned.get("status")
        due_on = cleaned.get("due_on") or self.stored_due_on
        if self.stored_status in AccessibilityRequest.CLOSED and status != self.stored_status:
            self.add_error("status", _("A closed request stays closed; a new request can be made."))
        if due_on != self.stored_due_on:
            if item.extended_on is not None:
                self.add_error("due_on", _("The deadline can be extended only once."))
            elif status != Status.EXTENDED:
                self.add_error("due_on", _("Choose “Deadline extended” to move the deadline."))
            elif due_on <= self.stored_due_on:
                self.add_error("due_on", _("An extension moves the deadline later."))
            elif due_on > deadlines.latest_extension(item.received_on):
                self.add_error(
                    "due_on",
                    _("At most two months after the request: %(date)s.")
                    % {"date": deadlines.latest_extension(item.received_on).isoformat()},
                )
        if status == Status.EXTENDED and self.stored_status != Status.EXTENDED:
            if item.extended_on is not None:
                self.add_error("status", _("The deadline can be extended only once."))
            if due_on == self.stored_due_on:
                self.add_error("due_on", _("Give the new deadline."))
            if not (cleaned.get("extension_reason") or "").strip():
                self.add_error("extension_reason", _("Say why the request cannot be met in 7 days."))
        if status in AccessibilityRequest.CLOSED and not (cleaned.get("answer") or "").strip():
            self.add_error("answer", _("Write the answer the requester receives."))
        return cleaned

    def save(self, commit=True):
        item = self.instance
        changed = item.status != self.stored_status
        if changed and item.status == Status.EXTENDED:
            item.extended_on = clock.today()
        if changed and item.status in AccessibilityRequest.CLOSED:
            item.closed = clock.now()
        saved = super().save(commit=commit)
        if changed and commit:
            transaction.on_commit(lambda: emails.tell_requester(item))
        return saved


class DaysLeftColumn(Column):
    """Days to the deadline in words, so that an overdue request does not rely on colour."""

    cell_template_name = "portal/legal/requests/admin/days_left_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        days = instance.days_left() if instance.is_open else None
        context.update(days=days, late=-days if days is not None else None)
        return context


class AccessibilityRequestViewSet(SnippetViewSet):
    model = AccessibilityRequest
    icon = "help"
    menu_label = _("Accessibility requests")
    add_to_admin_menu = True
    menu_order = 160
    list_display = [
        "__str__",
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("received", label=_("Received")),
        DateColumn("due_on", label=_("Deadline")),
        DaysLeftColumn("days_left", label=_("Days left")),
    ]
    list_filter = ["status", "language"]
    search_fields = ["page_concerned", "problem"]
    ordering = ["due_on", "pk"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("page_concerned", read_only=True),
                    FieldPanel("problem", read_only=True),
                    FieldPanel("alternative", read_only=True),
                    FieldPanel("language", read_only=True),
                    FieldPanel("received", read_only=True),
                ],
                heading=_("The request"),
            ),
            MultiFieldPanel(
                [FieldPanel("name", read_only=True), FieldPanel("email", read_only=True)], heading=_("Requester")
            ),
            MultiFieldPanel(
                [
                    "status",
                    "due_on",
                    "extension_reason",
                    "answer",
                ],
                heading=_("Answer"),
            ),
        ],
        base_form_class=AnswerForm,
    )

    def register_chooser_viewset(self):
        """No field chooses a request, and Wagtail's choosers list a model to anyone in the admin."""


# Wagtail's bulk actions, for those who may read requests only: its confirmation page names them.
bulk_action = guarded_bulk_action(AccessibilityRequest)
