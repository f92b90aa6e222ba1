from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessibilityConfig(AppConfig):
    name = "accessibility"
    verbose_name = _("Easy read and sign language")
    default_auto_field = "django.db.models.BigAutoField"
