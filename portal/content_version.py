"""One number that changes whenever anything a reader can see changes.

Everything cached for readers (navigation, footer, translations, whole pages) is keyed by
it, so an edit anywhere refreshes every language at once and nothing stale is ever served.
Publishing is rare next to reading, so invalidating everything on each change costs little.
"""

import contextvars
import time
from contextlib import contextmanager

from django.core.cache import cache

VERSION_KEY = "portal:content-version"

# Within one request the number is read once: navigation, footer, route, page and every other
# cached part would otherwise each ask the cache for it. Outside requests it is always read.
_read_in_this_request = contextvars.ContextVar("portal_content_version", default=None)


def _fresh_version():
    # When the number is lost (evicted, or the cache emptied), counting again from 1 would
    # bring back pages cached under the old numbers; the clock never repeats one.
    return time.time_ns() // 1000


def current_version():
    remembered = _read_in_this_request.get()
    if remembered is None:
        return cache.get_or_set(VERSION_KEY, _fresh_version, None)
    if not remembered:
        remembered.append(cache.get_or_set(VERSION_KEY, _fresh_version, None))
    return remembered[0]


@contextmanager
def read_once_per_request():
    """Remember the number for the request handled inside this block."""
    token = _read_in_this_request.set([])
    try:
        yield
    finally:
        _read_in_this_request.reset(token)


def bump_version(**kwargs):
    bump_version_in(cache)


def bump_version_in(backend):
    try:
        backend.incr(VERSION_KEY)
    except ValueError:  # not set yet, evicted, or the cache is unreachable
        backend.set(VERSION_KEY, _fresh_version(), None)
    remembered = _read_in_this_request.get()
    if remembered:
        remembered.clear()  # a change made by this request: read the new number from now on
