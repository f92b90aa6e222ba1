"""The read-only content API (Wagtail API v2): live public pages, images and documents."""

from datetime import date

from rest_framework.filters import BaseFilterBackend

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction

DATE_PARAMETERS = {
    "published_after": "first_published_at__date__gte",
    "published_before": "first_published_at__date__lte",
}


class PublishedDateFilter(BaseFilterBackend):
    """?published_after=2025-10-01&published_before=2025-10-31, on the first publication date."""

    def filter_queryset(self, request, queryset, view):
        for parameter, lookup in DATE_PARAMETERS.items():
            value = request.GET.get(parameter)
            if value is None:
                continue
            try:
                day = date.fromisoformat(value)
            except ValueError as error:
                raise BadRequestError(f"{parameter} must be a date such as 2025-10-15") from error
            queryset = queryset.filter(**{lookup: day})
        return queryset


class PortalPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint (live, public, ?type=, ?locale=, field filters) plus date filters."""

    filter_backends = [*PagesAPIViewSet.filter_backends, PublishedDateFilter]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(DATE_PARAMETERS)

    def get_queryset(self):
        # Every listed item shows its locale: fetch them with the pages, not one query each.
        return super().get_queryset().select_related("locale")


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    """Documents outside any collection that is restricted to some readers."""

    def get_queryset(self):
        restricted = CollectionViewRestriction.objects.annotate(
            document_collection_path=ExpressionWrapper(OuterRef("collection__path"), output_field=CharField())
        ).filter(document_collection_path__startswith=F("collection__path"))
        return super().get_queryset().exclude(Exists(restricted))


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
