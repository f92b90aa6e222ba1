"""The fixed vocabularies of an event: its status, how people attend, the languages spoken."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

DEFAULT_TIME_ZONE = "Europe/Warsaw"


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")
    RESCHEDULED = "rescheduled", _("Rescheduled")
    MOVED_ONLINE = "moved_online", _("Moved online")


# schema.org's names for each status (https://schema.org/EventStatusType).
SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.RESCHEDULED: "https://schema.org/EventRescheduled",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}


class AttendanceMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


SCHEMA_ATTENDANCE = {
    AttendanceMode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    AttendanceMode.MIXED: "https://schema.org/MixedEventAttendanceMode",
}

EVENT_LANGUAGES = [
    ("pl", _("Polish")),
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
    ("uk", _("Ukrainian")),
    ("pjm", _("Polish Sign Language")),
]


def validate_event_languages(value):
    """Only a list of the codes above may be stored as an event's languages."""
    known = {code for code, _name in EVENT_LANGUAGES}
    if not isinstance(value, list) or any(code not in known for code in value):
        raise ValidationError(_("Choose the event's languages from the list."), code="invalid_choice")
