"""Closed requests are kept ACCESSIBILITY_REQUEST_RETENTION_MONTHS (12), then the scheduler deletes them.

A year leaves time for the complaint that may follow an answer; open requests are never
deleted, however old.
"""

from dateutil.relativedelta import relativedelta

from django.conf import settings

from . import clock
from .models import AccessibilityRequest


def delete_expired_requests(moment=None):
    """Delete requests closed longer ago than the retention period; returns how many went."""
    cutoff = (moment or clock.now()) - relativedelta(months=settings.ACCESSIBILITY_REQUEST_RETENTION_MONTHS)
    deleted, _by_model = AccessibilityRequest.objects.filter(closed__lt=cutoff).delete()
    return deleted
