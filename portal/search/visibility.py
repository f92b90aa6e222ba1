"""Which documents readers may see: the portal.queries.public rule, applied to documents."""

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef, Q
from django.utils import timezone

from wagtail.models import PageViewRestriction


def visible(documents, language):
    """Documents of live, unexpired pages in this language that no view restriction covers.

    Checked on every query, not at indexing: restricting a section or an expiry date needs
    no publish to take effect.
    """
    restricted = PageViewRestriction.objects.annotate(
        candidate_path=ExpressionWrapper(OuterRef("page__path"), output_field=CharField())
    ).filter(candidate_path__startswith=F("page__path"))
    return (
        documents.filter(language=language, page__live=True)
        .filter(Q(page__expire_at__isnull=True) | Q(page__expire_at__gt=timezone.now()))
        .exclude(Exists(restricted))
    )
