"""A year after confirming, alerts lapse: a reminder two weeks before, then they and the address go."""

import datetime
import logging
import smtplib

from django.db import transaction
from django.db.models import Exists, OuterRef

from ..emails import reminder_email
from ..models import Delivery, Subscriber, Subscription
from ..throttle import forget_old_counts
from .queue import LOOKBACK

REMIND_BEFORE = datetime.timedelta(days=14)
# What was mailed to whom is kept only as long as it stops an article being mailed twice.
SENT_KEPT_FOR = max(LOOKBACK * 2, datetime.timedelta(days=7))

logger = logging.getLogger(__name__)


def send_reminders(now):
    """One reminder per address whose alerts lapse within two weeks; at most once, as batches are."""
    soon = Subscription.objects.filter(expires_at__lte=now + REMIND_BEFORE, expires_at__gt=now, reminded_at=None)
    sent = 0
    for subscriber_id in sorted(set(soon.values_list("subscriber_id", flat=True))):
        with transaction.atomic():
            subscriber = Subscriber.objects.select_for_update(skip_locked=True).filter(pk=subscriber_id).first()
            if subscriber is None:
                continue
            subscriptions = list(soon.filter(subscriber=subscriber))
            if not subscriptions:
                continue
            message = reminder_email(subscriber, subscriptions)
            Subscription.objects.filter(pk__in=[s.pk for s in subscriptions]).update(reminded_at=now)
        try:
            message.send()
        except (smtplib.SMTPException, OSError):
            logger.exception("A renewal reminder was not accepted; it is tried again next round")
            Subscription.objects.filter(pk__in=[s.pk for s in subscriptions]).update(reminded_at=None)
        else:
            sent += 1
    return sent


def forget_lapsed(now):
    """Delete lapsed alerts, addresses with no alert left, old delivery records and old counts."""
    for subscription in Subscription.objects.filter(expires_at__lte=now):
        subscription.end()
    Subscriber.objects.exclude(Exists(Subscription.objects.filter(subscriber=OuterRef("pk")))).delete()
    Delivery.objects.filter(sent_at__lt=now - SENT_KEPT_FOR).delete()
    forget_old_counts(now.date())
