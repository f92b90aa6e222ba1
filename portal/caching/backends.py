"""The caches underneath: Redis shared by every node, or files shared by one machine's processes."""

import functools
import itertools
import logging
import time

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache

from .tags import invalidate_everything_in

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
LOG_EVERY_SECONDS = 10
# After a failed call, calls skip Redis for this long: a dead server costs one timeout per
# process every few seconds, not one per cache call of every request.
BREAKER_SECONDS = 5
# How many file cache writes pass between two checks of the entry count.
CULL_CHECK_EVERY = 200


def _returning(value):
    return lambda *args, **kwargs: value


def _key_missing(*args, **kwargs):
    raise ValueError("Key not found: the cache is unreachable.")


def _fail_soft(method, fallback):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        now = time.monotonic()
        if now < self._open_until:
            self._missed_calls = True
            return fallback(*args, **kwargs)
        try:
            result = method(self, *args, **kwargs)
        except UNREACHABLE as error:
            self._missed_calls = True
            self._open_until = time.monotonic() + self.breaker_seconds
            if now - self._last_outage_log >= LOG_EVERY_SECONDS:
                self._last_outage_log = now
                logger.warning("Cache unreachable, serving without it for %ss: %s", self.breaker_seconds, error)
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
    (which callers already handle). A circuit breaker skips the server for a few seconds
    after each failure. When it answers again everything cached is invalidated once, so
    nothing cached before the outage outlives a change made during it.
    """

    _last_outage_log = float("-inf")
    _open_until = float("-inf")
    _missed_calls = False

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        # OPTIONS go to redis-py, which knows no breaker: take ours out first.
        self.breaker_seconds = options.pop("breaker_seconds", BREAKER_SECONDS)
        super().__init__(server, {**params, "OPTIONS": options})

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
        published meanwhile could not invalidate their tags, so invalidate everything now."""
        invalidate_everything_in(self)


class SharedFileCache(FileBasedCache):
    """Django's file cache, without listing the whole directory on every write.

    Django counts the entries before each write to decide whether to evict some; with the
    thousands of entries a portal keeps, that listing cost more than the rendering it saved.
    Counting every CULL_CHECK_EVERY writes keeps the directory near its limit for a fraction
    of the cost.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._writes = itertools.count(1)

    def _cull(self):
        if next(self._writes) % CULL_CHECK_EVERY == 0:
            super()._cull()
