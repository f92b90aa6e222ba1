from ..editing.models import AutosavedNewPage
from ..feedback.models import FeedbackAnswer
from ..legal.requests.models import AccessibilityRequest
from ..search.models import SearchDocument, SearchTerm
from .alerts import AlertBanner
from .imprint import ImprintSettings
from .legal import AccessibilityStatementPage
from .pages import HomePage, StandardPage
from .site_settings import FooterSettings

__all__ = [
    "AccessibilityRequest",
    "AccessibilityStatementPage",
    "AlertBanner",
    "AutosavedNewPage",
    "FeedbackAnswer",
    "FooterSettings",
    "HomePage",
    "ImprintSettings",
    "SearchDocument",
    "SearchTerm",
    "StandardPage",
]
