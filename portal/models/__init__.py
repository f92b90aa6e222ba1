from ..editing.models import AutosavedNewPage
from ..search.models import SearchDocument, SearchTerm
from .alerts import AlertBanner
from .legal import AccessibilityStatementPage
from .pages import HomePage, StandardPage
from .site_settings import FooterSettings

__all__ = [
    "AccessibilityStatementPage",
    "AlertBanner",
    "AutosavedNewPage",
    "FooterSettings",
    "HomePage",
    "SearchDocument",
    "SearchTerm",
    "StandardPage",
]
