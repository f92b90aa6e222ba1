from ..search.models import SearchDocument, SearchTerm
from .alerts import AlertBanner
from .pages import HomePage, StandardPage
from .site_settings import FooterSettings

__all__ = ["AlertBanner", "FooterSettings", "HomePage", "SearchDocument", "SearchTerm", "StandardPage"]
