"""One resident's request for accessibility, with its legal deadline and what became of it."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from . import clock, deadlines

# Long enough to describe a problem or name a document, short enough that nobody pastes one in.
PAGE_MAX_LENGTH = 500
PROBLEM_MAX_LENGTH = 2000
ALTERNATIVE_MAX_LENGTH = 1000


def _received_now():
    return clock.now()


class AccessibilityRequest(models.Model):
    """A request to make a page or document accessible or to provide it another way (art. 18)."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        EXTENDED = "extended", _("Deadline extended")
        COMPLETED = "completed", _("Completed")
        REFUSED = "refused", _("Refused")

    OPEN = (Status.NEW, Status.IN_PROGRESS, Status.EXTENDED)
    CLOSED = (Status.COMPLETED, Status.REFUSED)

    statement = models.ForeignKey(
        "portal.AccessibilityStatementPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement"),
    )
    language = models.CharField(_("language"), max_length=8)
    page_concerned = models.CharField(_("page or document concerned"), max_length=PAGE_MAX_LENGTH)
    problem = models.TextField(_("problem"), max_length=PROBLEM_MAX_LENGTH)
    alternative = models.TextField(_("preferred alternative"), max_length=ALTERNATIVE_MAX_LENGTH, blank=True)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.NEW,
        help_text=_("Each change is e-mailed to the requester, in the language of their request."),
    )
    received = models.DateTimeField(_("received"), default=_received_now, db_index=True)
    due_on = models.DateField(
        _("deadline"),
        help_text=_(
            "7 days after the request. To extend it, choose “Deadline extended”, give the reason and a new "
            "date at most 2 months after the request; the requester is told both. It can be extended once."
        ),
    )
    extended_on = models.DateField(_("extended on"), null=True, blank=True)
    extension_reason = models.TextField(
        _("reason for the extension"),
        blank=True,
        max_length=2000,
        help_text=_("Why the request cannot be met within 7 days. Sent to the requester."),
    )
    answer = models.TextField(
        _("answer"),
        blank=True,
        max_length=4000,
        help_text=_(
            "What was done, or why the request is refused and which alternative is offered. Sent to the "
            "requester with the complaint procedure."
        ),
    )
    closed = models.DateTimeField(_("closed"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("accessibility request")
        verbose_name_plural = _("accessibility requests")
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["status", "due_on"], name="access_request_open_due")]

    def __str__(self):
        return _("Request %(number)s: %(page)s") % {"number": self.pk, "page": self.page_concerned[:60]}

    def save(self, *args, **kwargs):
        if self.due_on is None:
            self.due_on = deadlines.first_deadline(clock.localdate(self.received))
        super().save(*args, **kwargs)

    @property
    def is_open(self):
        return self.status in self.OPEN

    @property
    def received_on(self):
        return clock.localdate(self.received)

    def days_left(self, today=None):
        return deadlines.days_left(self.due_on, today)

    def is_overdue(self, today=None):
        return self.is_open and self.days_left(today) < 0
