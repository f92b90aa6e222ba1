"""Which documents readers may see: the portal.pages.queries.public rule, applied to documents.

Documents exist only for live pages (publishing writes them; unpublishing and deleting remove
them). Expiry and view restrictions are checked on every query against the document's copy
of the page's expiry date and tree path, so a restriction or a passed expiry hides a page at
once, without a publish and without joining the page tree. The rule is written twice, for
the ORM (the SQLite fallback) and as SQL (the PostgreSQL query); keep them together.
"""

from dataclasses import dataclass, field

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef, Q
from django.utils import timezone

from wagtail.models import PageViewRestriction


@dataclass(frozen=True)
class Scope:
    """What a search may return: documents of one language, minus some (the editors' picks)."""

    language: str
    excluded_page_ids: list = field(default_factory=list)
    now: object = field(default_factory=lambda: timezone.now())


def visible(documents, scope):
    """The ORM form of the rule."""
    restricted = PageViewRestriction.objects.annotate(
        candidate_path=ExpressionWrapper(OuterRef("path"), output_field=CharField())
    ).filter(candidate_path__startswith=F("page__path"))
    return (
        documents.filter(language=scope.language)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=scope.now))
        .exclude(page_id__in=scope.excluded_page_ids)
        .exclude(Exists(restricted))
    )


# The SQL form, for a query over `portal_searchdocument document`. Tree paths are made of
# digits and capital letters only, so they need no escaping in LIKE.
VISIBLE_SQL = """(
    document.language = %s
    AND (document.expire_at IS NULL OR document.expire_at > %s)
    AND document.page_id <> ALL(%s::bigint[])
    AND NOT EXISTS (
        SELECT 1 FROM wagtailcore_pageviewrestriction restriction
        JOIN wagtailcore_page restricted ON restricted.id = restriction.page_id
        WHERE document.path LIKE restricted.path || '%%'
    )
)"""

# The same rule for a statement that applies it in many places: the restricted paths as LIKE
# patterns, read once (RESTRICTED_PATTERNS_SQL, in a common table expression), and each place
# compares with them. Planning the join in each place cost as much as running the search.
RESTRICTED_PATTERNS_SQL = """ARRAY(
    SELECT restricted.path || '%%' FROM wagtailcore_pageviewrestriction restriction
    JOIN wagtailcore_page restricted ON restricted.id = restriction.page_id
)"""


def visible_against_sql(patterns):
    """VISIBLE_SQL with the restricted paths given as an SQL expression of LIKE patterns."""
    return f"""(
    document.language = %s
    AND (document.expire_at IS NULL OR document.expire_at > %s)
    AND document.page_id <> ALL(%s::bigint[])
    AND NOT document.path LIKE ANY ({patterns})
)"""


def visible_sql_params(scope):
    return [scope.language, scope.now, list(scope.excluded_page_ids)]
