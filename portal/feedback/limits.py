"""A per-address limit on answers that never keeps an address.

Each address is counted under HMAC-SHA256(day key, address): the day key is random, made by the
first answer of the day and kept in the shared cache for a little over a day, so no one (not
even with the server's secret key) can later turn a stored count back into an address, and
counts of one day cannot be linked to the next. Counts live in fixed windows and expire with
them. django-axes and django-ratelimit were weighed: axes counts logins in the database with
the address in clear; django-ratelimit keys its cache counters by the address itself.
"""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.cache import cache

from ..caching.keys import key
from ..serving.security import client_ip
from . import tokens

DAY_SECONDS = 24 * 60 * 60


def _day_key(day):
    name = key("feedback", "day-key", day)
    candidate = secrets.token_hex(32)
    # add() keeps the key another process made first, so every node counts under one key.
    cache.add(name, candidate, DAY_SECONDS + 3600)
    return cache.get(name) or candidate


def _pseudonym(address, day):
    return hmac.new(_day_key(day).encode(), (address or "").encode(), hashlib.sha256).hexdigest()


def allow(request, scope="feedback", rate=None):
    """Count one attempt from the request's address; False once the window's allowance is spent.

    Another form counts under its own `scope` with its own `rate` (attempts, seconds).
    """
    limit, window = rate or settings.FEEDBACK_RATE_LIMIT
    moment = tokens.now()
    day = int(moment // DAY_SECONDS)
    counter = key(scope, "rate", _pseudonym(client_ip(request), day), int(moment // window))
    cache.add(counter, 0, window)
    try:
        count = cache.incr(counter)
    except ValueError:  # expired between add() and incr()
        cache.set(counter, 1, window)
        count = 1
    return count <= limit
