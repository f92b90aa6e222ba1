"""Sign-up and confirmation: what a form submission and a confirmation link do."""

import logging
import smtplib

from django.db import transaction
from django.utils import timezone

from . import emails, tokens
from .models import LIFETIME, Frequency, Subscriber, Subscription
from .throttle import may_send_confirmation
from .topics import find_topic

logger = logging.getLogger(__name__)


def request_confirmation(email, language, topic_ref, frequency, today=None):
    """Mail a confirmation link unless the address had its few for today; True when sent."""
    today = today or timezone.localdate()
    if not may_send_confirmation(email, today):
        return False
    token = tokens.confirmation_token(email, language, topic_ref.topic, topic_ref.key, frequency)
    try:
        emails.confirmation_email(email, language, topic_ref.label, token).send()
    except (smtplib.SMTPException, OSError):
        # A refused recipient or an unreachable server: the form answers as usual, so that it
        # tells nobody which addresses the mail server knows.
        logger.exception("A confirmation e-mail was not accepted by the mail server")
        return False
    return True


def confirm(data, now=None):
    """Store the alert a valid confirmation token carries; the Subscription, or None when its
    topic no longer exists in that language. Confirming again renews it."""
    now = now or timezone.now()
    language = data["l"]
    topic_ref = find_topic(data["t"], data["k"], language)
    if topic_ref is None or data["f"] not in Frequency.values:
        return None
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(email=data["e"], defaults={"language": language})
        if subscriber.language != language:
            subscriber.language = language  # the language of the latest confirmation
            subscriber.save(update_fields=["language"])
        subscription, created = Subscription.objects.get_or_create(
            subscriber=subscriber,
            topic=topic_ref.topic,
            key=topic_ref.key,
            defaults={
                "label": topic_ref.label,
                "frequency": data["f"],
                "confirmed_at": now,
                "expires_at": now + LIFETIME,
            },
        )
        if not created:
            subscription.label = topic_ref.label
            subscription.frequency = data["f"]
            subscription.renew(now)
            subscription.save()
    return subscription
