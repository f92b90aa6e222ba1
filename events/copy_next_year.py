"""The admin's "Copy for next year" on an event: a confirmation on GET, the copy on POST."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from wagtail.admin.ui.menus.pages import PageMenuItem

from .models import EventPage
from .next_year import a_year_later, copy_for_next_year

URL_NAME = "events_copy_for_next_year"


def may_copy(user, event):
    """Whoever may add an event beside this one may copy it there (Wagtail's rule for copies)."""
    return event.permissions_for_user(user).can_copy_to(event.get_parent())


@require_http_methods(["GET", "POST"])
def copy_for_next_year_view(request, page_id):
    event = get_object_or_404(EventPage, pk=page_id)
    if not may_copy(request.user, event):
        raise PermissionDenied
    if request.method == "POST":
        copy = copy_for_next_year(event, request.user)
        messages.success(
            request,
            _("“%(title)s” was copied for %(year)s as a draft: check it, then publish it.")
            % {"title": copy.title, "year": copy.start_date.year},
        )
        return redirect("wagtailadmin_pages:edit", copy.pk)
    return TemplateResponse(
        request,
        "events/admin/copy_next_year.html",
        {"page": event, "new_start_date": a_year_later(event.start_date)},
    )


class CopyForNextYearButton(PageMenuItem):
    """The item in an event's header menu and in the page listing's "More" menu."""

    label = gettext_lazy("Copy for next year")
    icon_name = "copy"
    url_name = URL_NAME

    def is_shown(self, user):
        return may_copy(user, self.page)
