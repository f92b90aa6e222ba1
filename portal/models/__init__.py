from .pages import HomePage, StandardPage
from .site_settings import FooterSettings

__all__ = ["FooterSettings", "HomePage", "StandardPage"]
