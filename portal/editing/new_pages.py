"""New pages and Wagtail's autosave: an abandoned autosaved page does not keep its slug.

Wagtail 8 creates a new page with the first autosave that succeeds and keeps it as a draft,
even when the editor then leaves without saving. Coming back to write the same page again,
the editor was told its slug is in use and every autosave of the new attempt was refused.

The page that only autosave made is remembered (`AutosavedNewPage`) until someone saves,
submits or publishes it on purpose. When its author starts a sibling with the same slug,
that draft is deleted through Wagtail's delete action (so the history says so), provided it
is still entirely theirs: never published, revised by nobody else, not in moderation, no
subpages or translations, and not open in an editor. Anything else keeps Wagtail's usual
"slug in use" answer: the page belongs to somebody's work.

The other reason autosave was refused on a new page (a title typed, the slug not yet
derived from it) is handled in the browser: see portal/static/portal/admin/new_page_autosave.js.
"""

from wagtail.actions.delete_page import DeletePageAction
from wagtail.admin.models import EditingSession
from wagtail.models import get_default_page_content_type

from .models import AutosavedNewPage


def is_autosave(request):
    """Wagtail's autosave asks for JSON; a person's click asks for the next HTML page."""
    return not request.accepts("text/html")


def remember_autosaved_page(request, page):
    """The `after_create_page` hook: a page created by an autosave is remembered as such."""
    if is_autosave(request):
        AutosavedNewPage.objects.get_or_create(page_id=page.pk)


def forget_autosaved_page(request, page):
    """The `after_edit_page` and `after_publish_page` hooks: a deliberate save makes it a real page."""
    if not is_autosave(request):
        AutosavedNewPage.objects.filter(page_id=page.pk).delete()


def is_open_in_an_editor(page):
    """Wagtail's own notion of a present editor: a tab that pinged lately and was not closed.

    A tab in the background stops pinging, so only Wagtail's generous "available" window keeps a
    page from being deleted under an editor who merely switched tabs.
    """
    return (
        EditingSession.objects.available()
        .filter(content_type=get_default_page_content_type(), object_id=str(page.pk))
        .exists()
    )


def is_abandoned_by(page, user):
    """True for a page only autosave made that is still entirely `user`'s and nobody edits."""
    return (
        AutosavedNewPage.objects.filter(page_id=page.pk).exists()
        and page.owner_id == user.pk
        and not page.live
        and page.first_published_at is None
        and page.numchild == 0
        and not page.revisions.exclude(user_id=user.pk).exists()
        and not page.workflow_states.exists()
        and not page.get_translations().exists()
        and not is_open_in_an_editor(page)
    )


def release_slug_of_abandoned_page(request, parent_page, page_class):
    """The `before_create_page` hook: the author's own abandoned autosaved sibling yields its slug."""
    slug = request.POST.get("slug", "") if request.method == "POST" else ""
    if not slug:
        return None
    for sibling in parent_page.get_children().filter(slug=slug).specific():
        if is_abandoned_by(sibling, request.user):
            DeletePageAction(sibling, user=request.user).execute(skip_permission_checks=True)
    return None
