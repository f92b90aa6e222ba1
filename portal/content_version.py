"""One number that changes whenever anything a reader can see changes.

Everything cached for readers (navigation, footer, translations, whole pages) is keyed by
it, so an edit anywhere refreshes every language at once and nothing stale is ever served.
Publishing is rare next to reading, so invalidating everything on each change costs little.
"""

import time

from django.core.cache import cache

VERSION_KEY = "portal:content-version"


def _fresh_version():
    # When the number is lost (evicted, or the cache emptied), counting again from 1 would
    # bring back pages cached under the old numbers; the clock never repeats one.
    return time.time_ns() // 1000


def current_version():
    return cache.get_or_set(VERSION_KEY, _fresh_version, None)


def bump_version(**kwargs):
    bump_version_in(cache)


def bump_version_in(backend):
    try:
        backend.incr(VERSION_KEY)
    except ValueError:  # not set yet, evicted, or the cache is unreachable
        backend.set(VERSION_KEY, _fresh_version(), None)
