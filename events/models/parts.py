"""What an event carries besides its own fields: tags, skipped dates and its computed occurrences."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.models import Orderable


class EventPageTag(TaggedItemBase):
    """Links an event to one of its free-form tags."""

    content_object = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="tagged_items", verbose_name=_("Event")
    )


class EventSkippedDate(Orderable):
    """A date on which a repeating event does not take place (an EXDATE in its calendar entry)."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="skipped_dates")
    date = models.DateField(
        help_text=_("A date the repetition rule gives on which the event does not happen."), verbose_name=_("Date")
    )

    panels = ["date"]

    class Meta(Orderable.Meta):
        verbose_name = _("skipped date")
        verbose_name_plural = _("skipped dates")


class EventOccurrence(models.Model):
    """One date of a published event, computed from its rule when it is published.

    Listings, filters and feeds query these rows instead of expanding every rule on each request.
    """

    event = models.ForeignKey("events.EventPage", on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField()
    end = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["start", "id"], name="events_occurrence_start"),
            models.Index(fields=["end"]),
            # "Has this event a date still ahead (or in the feed's window)?" in one index probe:
            # the venue list, the feed and the listing's count ask it of each event.
            models.Index(fields=["event", "end"], name="events_occurrence_event_end"),
        ]
        ordering = ["start", "id"]

    def __str__(self):
        return f"{self.event_id} {self.start:%Y-%m-%d %H:%M}"
