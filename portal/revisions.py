"""Page revision views of the admin, guarded where Wagtail's own fail on impossible input."""

from django.http import Http404

from wagtail.admin.views.pages.revisions import RevisionsRevertView
from wagtail.admin.viewsets.pages import PageViewSet


class CheckedRevisionsRevertView(RevisionsRevertView):
    """Reverting to revision 0 is a 404: Wagtail reads 0 as "no revision" and then fails on None."""

    def dispatch(self, request, page_id, **kwargs):
        if not kwargs.get("revision_id"):
            raise Http404
        return super().dispatch(request, page_id, **kwargs)


class PortalPageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with the checked revert view."""

    name = "portal_pages"
    revisions_revert_view_class = CheckedRevisionsRevertView


page_viewset = PortalPageViewSet()
