"""One request's cache reads and writes, in a few round trips instead of one per entry.

A page reads the same few dozen entries on every visit: its route, its parts, the parts they
share (an article's `about` is asked by four parts) and the versions of their tags. Asked for
one at a time, each is a round trip to Redis, about forty for an article after a correction,
and each waits for the scheduler on a busy machine. Here a request:

- first reads, in one round trip, every key the previous visit of the same address read
  (the address's read list, kept in this process's memory: a stale list only costs a few
  unused bytes in that one read);
- remembers what it read or wrote for the rest of the request, so a part shared by several
  parts costs one read.

Written here rather than taken from a library: Django's cache API has no per-request layer,
and the packages that add one (django-cache-memoize, cachalot's local cache) memoise
functions or querysets, not the entries of an existing key scheme.

Tag versions go through here too; `forget` drops what a change made by this request moved on.
"""

import contextvars
import threading
from collections import OrderedDict
from contextlib import contextmanager

from django.core.cache import cache

# Addresses whose read list this process keeps, and how many keys one list may hold.
READ_LISTS = 5_000
KEYS_PER_LIST = 300
_ABSENT = object()

_current = contextvars.ContextVar("portal_request_memo", default=None)
_read_lists = OrderedDict()
_read_lists_lock = threading.Lock()  # threaded workers share the lists


class _Memo:
    def __init__(self, address):
        self.address = address
        self.read_ahead = address is not None and address in _read_lists
        self.known = {}  # key -> value, or _ABSENT
        self.asked = {}  # the keys this request used, in order (a dict as an ordered set)

    def start(self):
        """Read the previous visit's keys, with the first read of the request: not before, as a
        page served whole from the page cache reads none of them."""
        if self.read_ahead:
            self.read_ahead = False
            with _read_lists_lock:
                listed = _read_lists.get(self.address, ())
            names = [name for name in listed if name not in self.known]
            self.remember(cache.get_many(names), names)

    def remember(self, found, names):
        for name in names:
            self.known[name] = found.get(name, _ABSENT)


def get(name):
    """The cached value of one key, or None."""
    memo = _current.get()
    if memo is None:
        return cache.get(name)
    memo.start()
    memo.asked[name] = None
    if name not in memo.known:
        memo.remember(cache.get_many([name]), [name])
    value = memo.known[name]
    return None if value is _ABSENT else value


def get_many(names):
    """{key: value} of the given keys that are cached."""
    memo = _current.get()
    if memo is None:
        return cache.get_many(names)
    memo.start()
    memo.asked.update(dict.fromkeys(names))
    unknown = [name for name in names if name not in memo.known]
    if unknown:
        memo.remember(cache.get_many(unknown), unknown)
    return {name: memo.known[name] for name in names if memo.known[name] is not _ABSENT}


def set(name, value, timeout):  # noqa: A001 - the cache API's own name
    set_many({name: value}, timeout)


def set_many(entries, timeout):
    """Store entries at once: what is stored is what they are now, whatever the request does
    with these objects afterwards (a route's page is given its view restrictions)."""
    cache.set_many(entries, timeout)
    memo = _current.get()
    if memo is not None:
        memo.known.update(entries)
        memo.asked.update(dict.fromkeys(entries))


def note(found, names):
    """Record what was read for these keys outside this module (an atomic `add` and its read)."""
    memo = _current.get()
    if memo is not None:
        memo.asked.update(dict.fromkeys(names))
        memo.remember(found, names)


def forget(names):
    """Read these keys again when next asked: this request has just changed them."""
    memo = _current.get()
    if memo is not None:
        for name in names:
            memo.known.pop(name, None)


@contextmanager
def one_request(address=None):
    """Remember reads and writes for the request handled inside the block.

    `address` names what the request asks for (host and full path of a GET): the keys its
    previous visit read are read at once, and the keys it reads now are kept for the next.
    """
    memo = _Memo(address)
    token = _current.set(memo)
    try:
        yield memo
    finally:
        _current.reset(token)
    if address is not None and memo.asked:
        _learn(address, tuple(memo.asked)[:KEYS_PER_LIST])


def _learn(address, names):
    with _read_lists_lock:
        _read_lists[address] = names
        _read_lists.move_to_end(address)
        while len(_read_lists) > READ_LISTS:
            _read_lists.popitem(last=False)
