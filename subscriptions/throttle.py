"""At most a few confirmation e-mails per address and day, counted without keeping the address.

The count is keyed by an HMAC of the normalised address (Django's salted_hmac, keyed with
SECRET_KEY): the same address always meets its own count, yet the table reveals nobody. One
INSERT ... ON CONFLICT DO UPDATE ... RETURNING bumps and reads the count atomically, so
parallel sign-ups for one address cannot all slip under the limit (PostgreSQL and SQLite
both speak it). A cache counter was weighed and left: Redis falls back to per-process memory
when it is down, which would multiply the limit by the number of processes.
"""

import datetime

from django.db import connection
from django.utils.crypto import salted_hmac

from .models import ConfirmationCount

CONFIRMATIONS_PER_DAY = 3
KEPT_FOR = datetime.timedelta(days=2)


def address_digest(email):
    return salted_hmac("subscriptions.throttle", email, algorithm="sha256").hexdigest()


def may_send_confirmation(email, today):
    """Count one more confirmation for `email` today; True while the day's limit is not passed."""
    table = connection.ops.quote_name(ConfirmationCount._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (digest, day, count) VALUES (%s, %s, 1) "  # noqa: S608 (a model's own table name)
            "ON CONFLICT (digest, day) DO UPDATE SET count = " + table + ".count + 1 RETURNING count",
            [address_digest(email), today],
        )
        (count,) = cursor.fetchone()
    return count <= CONFIRMATIONS_PER_DAY


def forget_old_counts(today):
    ConfirmationCount.objects.filter(day__lt=today - KEPT_FOR).delete()
