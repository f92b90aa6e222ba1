"""What publishing an event records: one more publication (its calendar SEQUENCE) and its dates."""

from django.db import transaction
from django.db.models import F

from .models import EventOccurrence, EventPage


def rebuild_occurrences(event):
    """Replace the stored occurrences of an event with those of its live version."""
    occurrences = event.schedule.occurrences()
    with transaction.atomic():
        EventOccurrence.objects.filter(event_id=event.pk).delete()
        EventOccurrence.objects.bulk_create(
            EventOccurrence(event_id=event.pk, start=occurrence.start, end=occurrence.end) for occurrence in occurrences
        )


def record_publication(sender, instance, **kwargs):
    """The `page_published` signal of an event."""
    EventPage.objects.filter(pk=instance.pk).update(publication_count=F("publication_count") + 1)
    instance.publication_count += 1
    rebuild_occurrences(instance)
