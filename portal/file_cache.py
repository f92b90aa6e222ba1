"""The cache of a single machine without Redis: files that every process on it shares."""

import itertools

from django.core.cache.backends.filebased import FileBasedCache

# How many writes pass between two checks of the entry count.
CULL_CHECK_EVERY = 200


class SharedFileCache(FileBasedCache):
    """Django's file cache, without listing the whole directory on every write.

    Django counts the entries before each write to decide whether to evict some; with the
    thousands of entries a portal keeps (parts and pages for each content version), that
    listing cost more than the rendering it saved. Counting every CULL_CHECK_EVERY writes keeps
    the directory near its limit for a fraction of the cost.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._writes = itertools.count(1)

    def _cull(self):
        if next(self._writes) % CULL_CHECK_EVERY == 0:
            super()._cull()
