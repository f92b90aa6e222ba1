from ..editing.models import AutosavedNewPage
from ..feedback.models import FeedbackAnswer
from ..search.models import SearchDocument, SearchTerm
from .alerts import AlertBanner
from .legal import AccessibilityStatementPage
from .pages import HomePage, StandardPage
from .site_settings import FooterSettings

__all__ = [
    "AccessibilityStatementPage",
    "AlertBanner",
    "AutosavedNewPage",
    "FeedbackAnswer",
    "FooterSettings",
    "HomePage",
    "SearchDocument",
    "SearchTerm",
    "StandardPage",
]
