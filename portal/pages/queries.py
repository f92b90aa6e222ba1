"""Query helpers every public listing uses."""

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef

from wagtail.models import PageViewRestriction


def public(queryset):
    """Live pages that no view restriction covers, in one SQL query.

    Wagtail's `.public()` first loads every restriction in a query of its own; this keeps the
    check inside the listing's query, so each listing costs one round trip.
    """
    restricted = PageViewRestriction.objects.annotate(
        candidate_path=ExpressionWrapper(OuterRef("path"), output_field=CharField())
    ).filter(candidate_path__startswith=F("page__path"))
    return queryset.live().exclude(Exists(restricted))
