"""Page views of the admin, guarded where Wagtail's own fail on impossible input with a 500."""

from django.http import Http404

from wagtail.admin.views.pages.copy import CopyView
from wagtail.admin.views.pages.revisions import RevisionsRevertView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page


class CheckedRevisionsRevertView(RevisionsRevertView):
    """Reverting to revision 0 is a 404: Wagtail reads 0 as "no revision" and then fails on None."""

    def dispatch(self, request, page_id, **kwargs):
        if not kwargs.get("revision_id"):
            raise Http404
        return super().dispatch(request, page_id, **kwargs)


class CheckedCopyView(CopyView):
    """A copy without a valid destination is the form again, with its error: Wagtail looks the
    destination up before validating the form, and fails when it is missing or unknown."""

    def post(self, request, page_id, *args, **kwargs):
        parent_id = request.POST.get("new_parent_page", "")
        if parent_id.isdecimal() and Page.objects.filter(id=int(parent_id)).exists():
            return super().post(request, page_id, *args, **kwargs)
        # Emptied, so the form reports the missing destination (its chooser cannot render "abc");
        # the source page's parent stays preselected.
        request.POST = request.POST.copy()
        request.POST["new_parent_page"] = ""
        return super(CopyView, self).post(request, page_id, *args, **kwargs)


class PortalPageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with the checked revert and copy views."""

    name = "portal_pages"
    revisions_revert_view_class = CheckedRevisionsRevertView
    copy_view_class = CheckedCopyView


page_viewset = PortalPageViewSet()
