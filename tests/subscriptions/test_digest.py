"""The daily digest holds each matching article of the day once, with two senders running at once.

Transactional: the two senders are threads with database connections of their own, so their
row locks and unique constraints meet in PostgreSQL as two scheduler processes' would.
"""

import datetime
import threading

import pytest

from django.db import connection
from django.utils import timezone

from subscriptions.models import LIFETIME, Delivery, Frequency, Subscriber, Subscription, Topic
from subscriptions.sending.batches import DIGEST_HOUR
from tests.memberships.builders import directory, network, relation
from tests.news.builders import article, category
from tests.smtp_server import text_of
from tests.subscriptions.helpers import run_sender

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

READER = "czytelnik@example.org"


def follow(subscriber, topic, key, label, since):
    return Subscription.objects.create(
        subscriber=subscriber,
        topic=topic,
        key=str(key),
        label=label,
        frequency=Frequency.DAILY,
        confirmed_at=since,
        expires_at=since + LIFETIME,
    )


def at_once(count, work):
    """Run `work` in `count` threads released together; re-raise the first failure."""
    barrier = threading.Barrier(count)
    failures = []

    def run():
        try:
            barrier.wait()
            work()
        except Exception as error:  # noqa: BLE001 (reported to the test below)
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures, failures


def test_two_senders_at_once_mail_one_digest_with_each_article_of_the_day_once(smtp_server):
    since = timezone.now() - datetime.timedelta(minutes=5)
    eurocities = relation(directory("pl"), "Eurocities", partner_network=network("pl"))
    culture = category("pl", name="Kultura")
    subscriber = Subscriber.objects.create(email=READER, language="pl")
    follow(subscriber, Topic.RELATION, eurocities.translation_key, "Eurocities", since)
    follow(subscriber, Topic.CATEGORY, culture.translation_key, "Kultura", since)
    both = article("Kraków w Eurocities i kultura", language="pl", relations=[eurocities], categories=[culture])
    only_relation = article("Kraków członkiem Eurocities", language="pl", relations=[eurocities])
    only_category = article("Noc muzeów", language="pl", categories=[culture])
    article("Niezwiązany artykuł", language="pl")
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    digest_time = tomorrow.replace(hour=DIGEST_HOUR, minute=30, second=0, microsecond=0)

    at_once(2, lambda: run_sender(digest_time))

    [digest] = smtp_server.to(READER)
    text = text_of(digest)
    for mailed in (both, only_relation, only_category):
        assert text.count(mailed.get_full_url()) == 1
    assert "Niezwiązany" not in text
    assert "Przegląd dnia: 3 nowe artykuły" in digest["Subject"]
    assert Delivery.objects.filter(subscriber=subscriber, sent_at__isnull=False).count() == 3

    at_once(2, lambda: run_sender(digest_time + datetime.timedelta(hours=1)))
    at_once(2, lambda: run_sender(digest_time + datetime.timedelta(days=1)))

    assert len(smtp_server.messages) == 1
