"""Answers are kept twelve months (FEEDBACK_RETENTION_MONTHS), then the scheduler deletes them."""

from dateutil.relativedelta import relativedelta

from django.conf import settings
from django.utils import timezone

from .models import FeedbackAnswer


def delete_expired_answers(moment=None):
    """Delete answers older than the retention period; returns how many went."""
    cutoff = (moment or timezone.now()) - relativedelta(months=settings.FEEDBACK_RETENTION_MONTHS)
    deleted, _by_model = FeedbackAnswer.objects.filter(created__lt=cutoff).delete()
    return deleted
