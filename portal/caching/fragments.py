"""Parts of pages (menus, footers, listings, an article's main text), cached with their tags.

A part is rebuilt when any tag it shows has changed (portal.caching.tags), and a preview
never reads or writes one: the preview rule of the whole portal lives here.
"""

from django.utils import translation

from . import request_memo
from .keys import key
from .tags import EVERYTHING, add_tags, collecting, is_fresh, versions, versions_match

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
    stored = request_memo.get(name_key)
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
    request_memo.set(name_key, (stored_versions, value), timeout)
    if propagate:
        add_tags(*stored_versions)
    return value


def cached_each(name, keys, build_missing, *, tags_of=None, per_language=True, request=None, timeout=TIMEOUT):
    """[value of each key], each cached apart under `name:key`, until one of its own tags changes.

    For lists whose items many pages share (an article's card in the listing, the home page
    and related boxes): all entries are read in one round trip and their tags in one more,
    however many there are. `build_missing(missing keys)` returns {key: build} for those not
    found or stale, typically after loading them in one query; each `build()` runs collecting
    its own tags, besides `tags_of(key)`, known beforehand. A key it leaves out is left out of
    the result. Every tag of every value travels on to the parts and the page around the list.
    """
    keys = list(keys)
    if is_preview(request):
        builders = build_missing(keys)
        return [builders[item]() for item in keys if item in builders]
    language = translation.get_language() if per_language else "all"
    names = {item: key("part", name, *(item if isinstance(item, tuple) else (item,)), language) for item in keys}
    stored = request_memo.get_many(list(names.values())) if names else {}
    current = versions({tag for stored_versions, _value in stored.values() for tag in stored_versions})
    values = {}
    for item, name_key in names.items():
        entry = stored.get(name_key)
        if entry is not None and versions_match(entry[0], current):
            add_tags(*entry[0])
            values[item] = entry[1]
    missing = [item for item in keys if item not in values]
    builders = build_missing(missing) if missing else {}
    if builders:
        known = {item: set(tags_of(item)) if tags_of else set() for item in builders}
        # Read before building: a change made meanwhile leaves what was built stale.
        before = versions(set().union(*known.values()))
        built = {}
        for item, build in builders.items():
            with collecting() as found:
                found.update(known[item])
                built[item] = (found, build())
        after = versions(set().union(*(found for found, _value in built.values())))
        fresh_entries = {}
        for item, (found, value) in built.items():
            stored_versions = {tag: after[tag] for tag in found} | {tag: before[tag] for tag in known[item]}
            stored_versions[EVERYTHING] = before[EVERYTHING]
            fresh_entries[names[item]] = (stored_versions, value)
            add_tags(*stored_versions)
            values[item] = value
        request_memo.set_many(fresh_entries, timeout)
    return [values[item] for item in keys if item in values]
