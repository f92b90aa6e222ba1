"""Two editors saving one page: the later save must not silently replace the earlier one.

Wagtail refuses a stale autosave but lets a stale form submission overwrite the draft and
even publish it. Here such a submission is kept as a draft revision (so nothing typed is
lost), is never published, and the editor is told who saved in between and where to compare.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _


def is_stale_submission(request, page):
    """True when the form was loaded from a revision that is no longer the latest."""
    latest = page.latest_revision
    if request.method != "POST" or latest is None:
        return False
    if overwrite_id := request.POST.get("overwrite_revision_id"):
        return overwrite_id != str(latest.pk)
    if loaded_id := request.POST.get("loaded_revision_id"):
        return loaded_id != str(latest.pk)
    return False


def keep_stale_submission_as_draft(request, page):
    """The `before_edit_page` hook: divert a stale save into a draft revision and explain."""
    if not is_stale_submission(request, page):
        return None
    latest = page.latest_revision
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(request.POST, request.FILES, instance=page, parent_page=page.get_parent(), for_user=request.user)
    if not form.is_valid():
        return None  # Wagtail shows the errors and saves nothing
    revision = form.save(commit=False).save_revision(user=request.user, log_action=True)
    compare_url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, latest.pk, revision.pk])
    messages.warning(
        request,
        format_html(
            _(
                "{author} saved this page at {time} while you were editing. Your version was kept as a draft "
                'and not published, so neither is lost. <a href="{url}">Compare the two versions</a>.'
            ),
            author=latest.user.get_full_name() or latest.user.get_username() if latest.user else _("Someone"),
            time=latest.created_at.strftime("%H:%M"),
            url=compare_url,
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
