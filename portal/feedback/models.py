"""One resident's answer to “Was this page useful?”."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# Long enough to say what was missing, short enough that nobody pastes a document in.
COMMENT_MAX_LENGTH = 1000


class FeedbackAnswer(models.Model):
    """A yes or no about one page, with what was wrong; no address, no browser, no cookie."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    language = models.CharField(_("language"), max_length=8)
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("what was wrong"), max_length=COMMENT_MAX_LENGTH, blank=True)
    created = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(
        _("handled"), default=False, help_text=_("Tick once the page has been fixed or the comment needs no action.")
    )

    class Meta:
        verbose_name = _("page feedback answer")
        verbose_name_plural = _("page feedback answers")
        ordering = ["-created", "-pk"]

    def __str__(self):
        answer = _("Yes") if self.useful else _("No")
        return f"{self.page.title} · {answer}"
