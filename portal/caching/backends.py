"""The caches underneath: Redis shared by every node, or files shared by one machine's processes."""

import functools
import itertools
import logging
import time

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from .tags import invalidate_everything_in

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
LOG_EVERY_SECONDS = 10
# After a failed call, calls skip Redis for this long: a dead server costs one timeout per
# process every few seconds, not one per cache call of every request.
BREAKER_SECONDS = 5
# While Redis is unreachable, how long this process keeps what it cached meanwhile.
OUTAGE_MEMORY_SECONDS = 10
# How many file cache writes pass between two checks of the entry count.
CULL_CHECK_EVERY = 200


class OutageMemory(LocMemCache):
    """This process's memory, standing in for Redis while it is unreachable.

    Entries live at most OUTAGE_MEMORY_SECONDS: another worker or node cannot invalidate what
    this one keeps, so a publication made during an outage shows everywhere within that time.
    Without it every request during an outage would render from the database.
    """

    def get_backend_timeout(self, timeout=DEFAULT_TIMEOUT):
        wanted = super().get_backend_timeout(timeout)
        limit = time.time() + OUTAGE_MEMORY_SECONDS
        return limit if wanted is None else min(wanted, limit)


def _fail_soft(method):
    """Call Redis, or this process's outage memory when Redis cannot be reached."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        now = time.monotonic()
        if now < self._open_until:
            self._missed_calls = True
            return getattr(self._outage_memory, method.__name__)(*args, **kwargs)
        try:
            result = method(self, *args, **kwargs)
        except UNREACHABLE as error:
            self._missed_calls = True
            self._open_until = time.monotonic() + self.breaker_seconds
            if now - self._last_outage_log >= LOG_EVERY_SECONDS:
                self._last_outage_log = now
                logger.warning("Cache unreachable, using process memory for %ss: %s", self.breaker_seconds, error)
            return getattr(self._outage_memory, method.__name__)(*args, **kwargs)
        if self._missed_calls:
            self._missed_calls = False
            self._recovered()
        return result

    return wrapper


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client wrapper, keeping one redis-py client per server.

    Django builds a new redis-py client for every cache call, and each one fills a table of
    about 170 response callbacks first: a third of a millisecond per call, more than the round
    trip itself, on pages that make twenty calls. A redis-py client is safe to share between
    threads (each command takes a connection from the pool), so one per server does.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class FailSoftRedisCache(RedisCache):
    """Django's Redis cache, where a dead or unreachable server is replaced by process memory.

    Every page can be built from the database, so a cache outage costs speed, not
    availability: meanwhile each process caches in its own memory for a few seconds
    (OutageMemory), and `incr` of a key it does not hold reports the key as missing (which
    callers already handle). A circuit breaker skips the server for a few seconds after each
    failure. When it answers again everything cached is invalidated once, so nothing cached
    before the outage outlives a change made during it.
    """

    _last_outage_log = float("-inf")
    _open_until = float("-inf")
    _missed_calls = False

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        # OPTIONS go to redis-py, which knows no breaker: take ours out first.
        self.breaker_seconds = options.pop("breaker_seconds", BREAKER_SECONDS)
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = ReusedClientRedisCacheClient
        self._outage_memory = OutageMemory(
            f"outage-{id(self)}", {"KEY_PREFIX": params.get("KEY_PREFIX", ""), "OPTIONS": {"MAX_ENTRIES": 2000}}
        )

    get = _fail_soft(RedisCache.get)
    get_many = _fail_soft(RedisCache.get_many)
    has_key = _fail_soft(RedisCache.has_key)
    add = _fail_soft(RedisCache.add)
    set = _fail_soft(RedisCache.set)
    set_many = _fail_soft(RedisCache.set_many)
    touch = _fail_soft(RedisCache.touch)
    delete = _fail_soft(RedisCache.delete)
    delete_many = _fail_soft(RedisCache.delete_many)
    incr = _fail_soft(RedisCache.incr)
    clear = _fail_soft(RedisCache.clear)

    def reachable(self):
        """Whether Redis itself answers now (the outage memory would answer any round trip)."""
        try:
            return bool(self._cache.get_client(write=False).ping())
        except UNREACHABLE:
            return False

    def _recovered(self):
        """The server answers again, perhaps with the data it had before the outage: changes
        published meanwhile could not invalidate their tags, so invalidate everything now."""
        self._outage_memory.clear()
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
