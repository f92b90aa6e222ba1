"""Mail what each address is owed: the hourly batch ("as published") and the daily digest.

Two sender processes may run this at the same moment (every node runs the scheduler's jobs).
Each address is handled inside a transaction that first takes its Subscriber row with
SELECT ... FOR UPDATE SKIP LOCKED: a second process skips an address the first is handling
instead of waiting for it, and after the first commits it finds the deliveries marked sent
and the batch or digest time moved on, so it sends nothing.

The deliveries are marked sent and committed before the message goes to the SMTP server, and
put back if the server refuses it: at most once. A crash in the moment between the commit
and the server's answer loses that one e-mail rather than ever sending an article twice.
"""

import datetime
import logging
import smtplib
from collections import namedtuple

from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone

from ..emails import alert_email
from ..models import Delivery, Frequency, Subscriber
from ..topics import mailable_pages

BATCH_GAP = datetime.timedelta(hours=1)
DIGEST_HOUR = 7  # Kraków time: the digest of the day before reaches readers with breakfast

logger = logging.getLogger(__name__)

Claimed = namedtuple("Claimed", "message delivery_ids kind previous")


def digest_moment(now):
    """The latest digest time (DIGEST_HOUR, local) at or before `now`."""
    local = timezone.localtime(now)
    moment = local.replace(hour=DIGEST_HOUR, minute=0, second=0, microsecond=0)
    return moment if moment <= local else moment - datetime.timedelta(days=1)


def _due(subscriber, kind, now):
    if kind == Frequency.AS_PUBLISHED:
        return subscriber.last_batch_at is None or subscriber.last_batch_at <= now - BATCH_GAP
    # A digest covers a whole day: the first one comes at the first digest time after confirming.
    last = max(filter(None, [subscriber.last_digest_at, subscriber.created_at]))
    return last < digest_moment(now)


def send_due(now):
    """Send every e-mail that is due; returns how many went out. The SMTP connection opens with
    the first message, so rounds with nothing due (most of them) never connect."""
    pending = Delivery.objects.filter(sent_at=None, subscription__isnull=False)
    connection = None
    sent = 0
    try:
        for subscriber_id in sorted(set(pending.values_list("subscriber_id", flat=True))):
            for claimed in _claim(subscriber_id, now):
                try:
                    if connection is None:
                        connection = get_connection()
                        connection.open()  # opened here, it stays open for the round's messages
                    connection.send_messages([claimed.message])
                except (smtplib.SMTPException, OSError):
                    logger.exception("An alert e-mail was not accepted; it is tried again next round")
                    _release(subscriber_id, claimed)
                else:
                    sent += 1
    finally:
        if connection is not None:
            connection.close()
    return sent


def _claim(subscriber_id, now):
    """Build and mark sent what one address is due, under its row lock; [] when another process
    holds the address or nothing is due."""
    claimed = []
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update(skip_locked=True).filter(pk=subscriber_id).first()
        if subscriber is None:
            return []
        for kind in (Frequency.AS_PUBLISHED, Frequency.DAILY):
            if not _due(subscriber, kind, now):
                continue
            deliveries = list(
                subscriber.deliveries.filter(sent_at=None, frequency=kind, subscription__isnull=False).select_related(
                    "subscription"
                )
            )
            if not deliveries:
                continue
            # Checked again now: an article unpublished or restricted since it was queued is dropped.
            articles = mailable_pages(subscriber.language, [d.article_id for d in deliveries])
            shown = {article.pk for article in articles}
            Delivery.objects.filter(pk__in=[d.pk for d in deliveries if d.article_id not in shown]).delete()
            if not articles:
                continue
            delivery_ids = [d.pk for d in deliveries if d.article_id in shown]
            subscriptions = {d.subscription for d in deliveries if d.article_id in shown}
            message = alert_email(subscriber, articles, subscriptions, digest=kind == Frequency.DAILY)
            field = "last_batch_at" if kind == Frequency.AS_PUBLISHED else "last_digest_at"
            claimed.append(Claimed(message, delivery_ids, field, getattr(subscriber, field)))
            Delivery.objects.filter(pk__in=delivery_ids).update(sent_at=now)
            setattr(subscriber, field, now)
        if claimed:
            subscriber.save(update_fields=["last_batch_at", "last_digest_at"])
    return claimed


def _release(subscriber_id, claimed):
    """Put a refused e-mail's articles back, to be tried next round."""
    with transaction.atomic():
        Delivery.objects.filter(pk__in=claimed.delivery_ids).update(sent_at=None)
        Subscriber.objects.filter(pk=subscriber_id).update(**{claimed.kind: claimed.previous})
