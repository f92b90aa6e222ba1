"""A Redis cache that an unreachable Redis cannot take the site down with."""

import functools
import logging
import time

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
LOG_EVERY_SECONDS = 10


def _returning(value):
    return lambda *args, **kwargs: value


def _key_missing(*args, **kwargs):
    raise ValueError("Key not found: the cache is unreachable.")


def _fail_soft(method, fallback):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            result = method(self, *args, **kwargs)
        except UNREACHABLE as error:
            self._missed_calls = True
            # One line per process every few seconds, not one per cache call of every request.
            now = time.monotonic()
            if now - self._last_outage_log >= LOG_EVERY_SECONDS:
                self._last_outage_log = now
                logger.warning("Cache unreachable, serving without it: %s", error)
            return fallback(*args, **kwargs)
        if self._missed_calls:
            self._missed_calls = False
            self._recovered()
        return result

    return wrapper


class FailSoftRedisCache(RedisCache):
    """Django's Redis cache, where a dead or unreachable server reads as an empty cache.

    Every page can be built from the database, so a cache outage costs speed, not
    availability: reads miss, writes are dropped, and `incr` reports the key as missing
    (which callers already handle). When it answers again, the content version moves on once,
    so nothing cached before the outage outlives a change made during it.
    """

    _last_outage_log = float("-inf")
    _missed_calls = False

    get = _fail_soft(RedisCache.get, lambda key, default=None, version=None: default)
    get_many = _fail_soft(RedisCache.get_many, lambda *args, **kwargs: {})
    has_key = _fail_soft(RedisCache.has_key, _returning(False))
    add = _fail_soft(RedisCache.add, _returning(False))
    set = _fail_soft(RedisCache.set, _returning(None))
    set_many = _fail_soft(RedisCache.set_many, lambda data, *args, **kwargs: list(data))
    touch = _fail_soft(RedisCache.touch, _returning(False))
    delete = _fail_soft(RedisCache.delete, _returning(False))
    delete_many = _fail_soft(RedisCache.delete_many, _returning(None))
    incr = _fail_soft(RedisCache.incr, _key_missing)
    clear = _fail_soft(RedisCache.clear, _returning(False))

    def _recovered(self):
        """The server answers again, perhaps with the data it had before the outage: changes
        published meanwhile could not move the content version on, so move it now, or pages
        cached before them would be served again."""
        from .content_version import bump_version_in

        bump_version_in(self)
