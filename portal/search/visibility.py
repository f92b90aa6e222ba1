"""Which documents readers may see: the portal.queries.public rule, applied to documents."""

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef, Q
from django.utils import timezone

from wagtail.models import PageViewRestriction


def visible(documents, language):
    """Documents in this language whose page has not expired and no view restriction covers.

    Checked on every query against the document's copy of the tree path and expiry date, so a
    new restriction or a passed expiry hides a page at once, without a publish and without
    joining the page tree (documents exist only for live pages).
    """
    restricted = PageViewRestriction.objects.annotate(
        candidate_path=ExpressionWrapper(OuterRef("path"), output_field=CharField())
    ).filter(candidate_path__startswith=F("page__path"))
    return (
        documents.filter(language=language)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
        .exclude(Exists(restricted))
    )
