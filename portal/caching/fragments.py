"""Parts of pages (menus, footers, listings, an article's main text), cached with their tags.

A part is rebuilt when any tag it shows has changed (portal.caching.tags), and a preview
never reads or writes one: the preview rule of the whole portal lives here.
"""

from django.core.cache import cache
from django.utils import translation

from .keys import key
from .tags import add_tags, collecting, is_fresh, versions

# Changes invalidate parts through their tags; the timeout only bounds what an unvisited
# part costs the cache.
TIMEOUT = 24 * 60 * 60


def is_preview(request):
    """Previews show an editor's unsaved draft: nothing they build may be cached or reused."""
    return request is not None and getattr(request, "is_preview", False)


def cached(name, build, *, tags=(), per_language=True, request=None, timeout=TIMEOUT, propagate=True):
    """`build()`, cached until one of its tags changes.

    The tags are the given ones plus those of every cached part used while building, and
    travel on to every part and page built around this one, unless `propagate` is False: a
    lookup table of which callers show only some rows then tags what they show themselves.
    With `request` a preview builds afresh.
    """
    if is_preview(request):
        return build()
    name_key = key("part", name, translation.get_language() if per_language else "all")
    stored = cache.get(name_key)
    if stored is not None:
        stored_versions, value = stored
        if is_fresh(stored_versions):
            if propagate:
                add_tags(*stored_versions)
            return value
    with collecting() as found:
        add_tags(*tags)
        before = versions(tags)  # read before building: a change made meanwhile leaves it stale
        value = build()
    stored_versions = {**versions(found), **before}
    cache.set(name_key, (stored_versions, value), timeout)
    if propagate:
        add_tags(*stored_versions)
    return value
