"""Owed pages (articles, events): one Delivery row per (address, page), written by whichever process comes first."""

import datetime
from collections import defaultdict

from ..models import Delivery, Frequency, Subscription
from ..topics import matching_pages

# Articles first published this long ago are still picked up (a scheduler that was down for a
# day catches up); older ones are never matched again, so sent rows older than that may go.
LOOKBACK = datetime.timedelta(days=2)


def queue_deliveries(now):
    """Add a Delivery for every mailable article an active alert matches; returns how many rows
    were offered. Inserting with ON CONFLICT DO NOTHING on (subscriber, article) makes this
    idempotent across rounds, restarts and processes running it at the same moment."""
    groups = defaultdict(list)
    for subscription in Subscription.objects.filter(expires_at__gt=now).select_related("subscriber"):
        groups[(subscription.topic, subscription.key, subscription.subscriber.language)].append(subscription)

    rows = []
    for (topic, key, language), subscriptions in groups.items():
        since = max(now - LOOKBACK, min(subscription.confirmed_at for subscription in subscriptions))
        articles = list(matching_pages(topic, key, language, since))
        for subscription in subscriptions:
            rows += [
                Delivery(
                    subscriber_id=subscription.subscriber_id,
                    subscription=subscription,
                    article_id=article_id,
                    frequency=subscription.frequency,
                    queued_at=now,
                )
                for article_id, first_published_at in articles
                if first_published_at >= subscription.confirmed_at
            ]
    # Where two alerts of one address match an article, the faster one wins the row.
    rows.sort(key=lambda row: row.frequency != Frequency.AS_PUBLISHED)
    Delivery.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)
