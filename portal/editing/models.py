"""What the editing features remember between requests."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AutosavedNewPage(models.Model):
    """A page that exists only because Wagtail's autosave created it: nobody has saved it on purpose."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+", verbose_name=_("page")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"page {self.page_id}, autosaved {self.created_at:%Y-%m-%d %H:%M}"
