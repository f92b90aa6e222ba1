"""What the portal holds about one address, for the admin's export and erase (GDPR art. 15 and 17)."""

from .models import ConfirmationCount, Delivery, Subscriber
from .throttle import address_digest


def export(email):
    """Everything stored about `email` as plain data, or None when nothing is."""
    subscriber = Subscriber.objects.filter(email=email).first()
    counts = _counts(email)
    if subscriber is None and not counts:
        return None
    data = {"email": email, "confirmation_counts": counts}
    if subscriber is not None:
        data |= {
            "language": subscriber.language,
            "confirmed_at": subscriber.created_at.isoformat(),
            "last_batch_at": subscriber.last_batch_at and subscriber.last_batch_at.isoformat(),
            "last_digest_at": subscriber.last_digest_at and subscriber.last_digest_at.isoformat(),
            "alerts": [
                {
                    "topic": alert.topic,
                    "key": alert.key,
                    "name": alert.label,
                    "frequency": alert.frequency,
                    "confirmed_at": alert.confirmed_at.isoformat(),
                    "lapses_at": alert.expires_at.isoformat(),
                }
                for alert in subscriber.subscriptions.order_by("pk")
            ],
            "deliveries": [
                {
                    "article_id": delivery.article_id,
                    "article": delivery.article.title,
                    "queued_at": delivery.queued_at.isoformat(),
                    "sent_at": delivery.sent_at and delivery.sent_at.isoformat(),
                }
                for delivery in Delivery.objects.filter(subscriber=subscriber).select_related("article").order_by("pk")
            ],
        }
    return data


def erase(email):
    """Delete everything about `email`; True when anything was there."""
    from_subscriber, _ = Subscriber.objects.filter(email=email).delete()
    from_counts, _ = _count_rows(email).delete()
    return bool(from_subscriber or from_counts)


def _count_rows(email):
    return ConfirmationCount.objects.filter(digest=address_digest(email))


def _counts(email):
    return [{"day": row.day.isoformat(), "confirmations": row.count} for row in _count_rows(email).order_by("day")]
