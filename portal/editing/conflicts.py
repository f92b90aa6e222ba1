"""Two people saving one page: the later save must not silently replace the other's.

Wagtail refuses a stale autosave, but a submitted form (save, publish, submit for moderation)
based on an outdated version overwrites the draft and may even publish it. Here a submission
made after another person saved the page since the form was loaded is kept as a draft
revision (nothing typed is lost), is never published or submitted, and the editor is told
who saved in between and where to compare.

A person's own saves are never a conflict. Wagtail's autosave creates one revision per
editing session and then overwrites it, while the form keeps posting the revision it was
loaded with; so "since the form was loaded" is judged, as Wagtail's editing sessions judge
it, by the revisions' creation times (an overwritten revision keeps its id but gets a new
time), and only revisions by somebody else count.

The hook only rewrites the request into a plain draft save; Wagtail's own view then checks
the lock, validates the form and saves, so a locked page or a malformed form gets Wagtail's
usual answer.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail.admin.utils import get_user_display_name

# Set on the request when a submission was diverted, for the after-save hook to explain it.
DIVERTED = "_portal_conflicting_revision"


def loaded_at(request, page):
    """When the submitted form was loaded: the creation time of the revision it was loaded from."""
    try:
        posted = parse_datetime(request.POST.get("loaded_revision_created_at", ""))
    except ValueError:  # well-formed but impossible, such as a 31st of February
        posted = None
    if posted is not None:
        return posted
    loaded_id = request.POST.get("loaded_revision_id", "")
    if not loaded_id.isdigit():
        return None  # as Wagtail: without a loaded revision nothing can be compared
    return page.revisions.filter(pk=loaded_id).values_list("created_at", flat=True).first()


def save_by_someone_else(request, page):
    """The latest revision another person saved after the form was loaded, or None."""
    since = loaded_at(request, page)
    if since is None:
        return None
    later = page.revisions.filter(created_at__gt=since).exclude(user_id=request.user.pk)
    return later.select_related("user").order_by("-created_at", "-pk").first()


def is_form_submission(request):
    """A person's click, not an autosave: Wagtail refuses stale autosaves itself."""
    return request.method == "POST" and request.accepts("text/html")


def keep_conflicting_submission_as_draft(request, page):
    """The `before_edit_page` hook: turn a conflicting publish or submit into a draft save."""
    if not is_form_submission(request):
        return None
    lock = page.get_lock()
    if lock is not None and lock.for_user(request.user):
        return None  # Wagtail refuses the save and says the page is locked
    other = save_by_someone_else(request, page)
    if other is None:
        return None
    # Without an action key Wagtail's edit view saves a draft revision and nothing else.
    data = request.POST.copy()
    for key in [key for key in data if key.startswith("action-")]:
        del data[key]
    request.POST = data
    setattr(request, DIVERTED, other)
    return None


def explain_conflicting_submission(request, page):
    """The `after_edit_page` hook: say who saved in between and link both versions."""
    other = getattr(request, DIVERTED, None)
    if other is None:
        return None
    compare_url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, other.pk, page.latest_revision_id])
    messages.warning(
        request,
        format_html(
            _(
                "{author} saved this page at {time} while you were editing. Your version was kept as a draft "
                'and not published, so neither is lost. <a href="{url}">Compare the two versions</a>.'
            ),
            author=get_user_display_name(other.user) if other.user else _("Someone"),
            # Wagtail's admin runs in the editor's time zone (their profile, else Europe/Warsaw).
            time=formats.time_format(timezone.localtime(other.created_at)),
            url=compare_url,
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
