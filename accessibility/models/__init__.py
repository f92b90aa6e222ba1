from .easy_read import EasyReadPage
from .sign_language import SignLanguagePage

__all__ = ["EasyReadPage", "SignLanguagePage"]
