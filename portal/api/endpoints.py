"""The read-only content API (Wagtail API v2): live public pages, images and documents."""

from datetime import date

from rest_framework.filters import BaseFilterBackend

from django.core.exceptions import ValidationError
from django.db.models import Q

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction

from .parameters import check_parameters

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


# ?type=app.Model&starts_before=...&ends_after=...: on the dates a page type names in
# `api_date_range` (first day, last day), e.g. what is on during a week.
RANGE_PARAMETERS = ("starts_before", "ends_after")


class DateRangeFilter(BaseFilterBackend):
    """Pages of a type with a date range that starts on or before / ends on or after a day."""

    def filter_queryset(self, request, queryset, view):
        asked = [name for name in RANGE_PARAMETERS if name in request.GET]
        if not asked:
            return queryset
        date_range = getattr(queryset.model, "api_date_range", None)
        if date_range is None:
            raise BadRequestError(f"{asked[0]} needs a ?type= with dates, such as events.EventPage")
        first, last = date_range
        for parameter in asked:
            try:
                day = date.fromisoformat(request.GET[parameter])
            except ValueError as error:
                raise BadRequestError(f"{parameter} must be a date such as 2026-05-16") from error
            if parameter == "starts_before":
                queryset = queryset.filter(**{f"{first}__lte": day})
            else:
                queryset = queryset.filter(**{f"{last}__gte": day})
        return queryset


class CheckedParametersMixin:
    """Hostile query parameters get a 400 before Wagtail passes them on (portal.api.parameters)."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_parameters(request.GET)

    def handle_exception(self, exc):
        # A field filter of the wrong shape (?first_published_at=abc) fails in the model field.
        if isinstance(exc, ValidationError):
            exc = BadRequestError(" ".join(exc.messages))
        return super().handle_exception(exc)


class PortalPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint (live, public, ?type=, ?locale=, field filters) plus date filters."""

    filter_backends = [*PagesAPIViewSet.filter_backends, PublishedDateFilter, DateRangeFilter]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(DATE_PARAMETERS, RANGE_PARAMETERS)

    def get_queryset(self):
        # Every listed item shows its locale: fetch them with the pages, not one query each.
        return super().get_queryset().select_related("locale")


class PortalImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    """Wagtail's images endpoint with checked parameters."""


class PublicDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    """Documents outside any collection that is restricted to some readers."""

    def get_queryset(self):
        # A plain list of collection ids: the search backend can only apply simple field lookups.
        return super().get_queryset().exclude(collection_id__in=restricted_collection_ids())


def restricted_collection_ids():
    """Ids of the collections with a view restriction, and of every collection below them."""
    paths = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    below_any = Q()
    for path in paths:
        below_any |= Q(path__startswith=path)
    return list(Collection.objects.filter(below_any).values_list("pk", flat=True)) if below_any else []


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
