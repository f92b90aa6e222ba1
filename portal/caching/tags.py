"""Cache tags: what each cached entry shows, and whether any of it has changed since.

Modelled on Drupal's cache tags and CDN surrogate keys. Every tag (a page, the pages of one
type in one language, a snippet, a setting, an image...) has a version number in the cache.
An entry stores the versions of its tags as they were when it was built and is stale as soon
as any of them has moved on, so invalidating a tag is one write however many entries carry
it. Written here rather than taken from a library: the Django cache packages that offer tags
(django-cacheops, django-cachalot) tag by database table and query, not by what a reader is
shown, and keep key sets that only Redis can hold; versions work on the file cache too.

Tags are collected as pages render: a cached part adds its tags to every part and page being
built around it, so a whole page carries the tags of everything on it.
"""

import contextvars
import time
from contextlib import contextmanager

from django.core.cache import cache

from . import request_memo
from .keys import key

# Carried by every entry: a change nobody could map (a site, a restore, a cache that lost its
# data) invalidates everything at once.
EVERYTHING = "all"
# Search results, the content API and the sitemaps may show any page: every page change
# reaches them.
SEARCH_TAG = "search"
API_TAG = "api"
SITEMAP_TAG = "sitemap"

# Within one request each tag's version is read once, however many parts carry it.
_read_in_this_request = contextvars.ContextVar("portal_cache_tag_versions", default=None)
_collectors = contextvars.ContextVar("portal_cache_tag_collectors", default=())


def page_tag(pk):
    """A page itself: its content, title and address."""
    return f"page:{pk}"


def address_tag(pk):
    """Where a page is and who may see it: its address and the view restrictions over it (a
    cached route), which a correction to its content leaves as they are."""
    return f"address:{pk}"


def children_tag(pk):
    """Which pages sit right under a page (menus, directories)."""
    return f"children:{pk}"


def menu_tag(pk):
    """Which pages right under a page are shown in menus (the main navigation)."""
    return f"menu:{pk}"


def pages_tag(model, language):
    """Which live pages of one type a language has (listings, feeds, home sections)."""
    return f"pages:{model._meta.label_lower}:{language}"


def translations_tag(translation_key):
    """Which live translations a page has and where they are (the language switcher): not
    what they say, which each page's own tag stands for."""
    return f"translations:{translation_key}"


def links_tag(translation_key):
    """Parts that show the pages linking to a page (a partnership's articles)."""
    return f"links-to:{translation_key}"


def model_tag(model):
    """Any record of a model: for parts that show all of them (a category filter)."""
    return f"model:{model._meta.label_lower}"


def record_tag(model, pk):
    """One record of a model (a category, a city, an image)."""
    return f"{model._meta.label_lower}:{pk}"


def _fresh_version():
    # When a version is lost (evicted, or the cache emptied), counting again from 1 would bring
    # back entries stored under the old numbers; the clock never repeats one.
    return time.time_ns() // 1000


def versions(tags):
    """{tag: version} of the given tags and EVERYTHING, in one or two cache reads."""
    wanted = {*tags, EVERYTHING}
    remembered = _read_in_this_request.get()
    known = {tag: remembered[tag] for tag in wanted if tag in remembered} if remembered is not None else {}
    missing = {key("tag", tag): tag for tag in wanted if tag not in known}
    if missing:
        found = request_memo.get_many(list(missing))
        absent = [name for name in missing if name not in found]
        if absent:
            fresh = _fresh_version()
            for name in absent:
                cache.add(name, fresh, None)  # atomic: the first of several builders sets it
            found.update(cache.get_many(absent))
            request_memo.note(found, absent)
        for name, tag in missing.items():
            # None when the cache is unreachable: such a version matches nothing stored.
            known[tag] = found.get(name)
        if remembered is not None:
            remembered.update(known)
    return known


def is_fresh(stored_versions):
    """Whether no tag of an entry has moved on since it was stored."""
    return versions_match(stored_versions, versions(stored_versions))


def versions_match(stored_versions, current):
    """Whether an entry's stored versions are all still current (in {tag: version} read before)."""
    if None in stored_versions.values():
        return False
    return all(current.get(tag) == version for tag, version in stored_versions.items())


def invalidate(tags, backend=None):
    """Make every entry carrying any of these tags stale, on every node and in every language."""
    backend = backend if backend is not None else cache
    tags = set(tags)
    remembered = _read_in_this_request.get()
    request_memo.forget([key("tag", tag) for tag in tags])
    for tag in tags:
        name = key("tag", tag)
        try:
            backend.incr(name)
        except ValueError:  # not set yet, evicted, or the cache is unreachable
            backend.set(name, _fresh_version(), None)
        if remembered is not None:
            remembered.pop(tag, None)  # a change made by this request: read the new number from now on
    return tags


def invalidate_everything_in(backend=None):
    """Make every cached entry stale (a restore, a cache that may have missed changes)."""
    invalidate([EVERYTHING], backend)


def add_tags(*tags):
    """Record that what is being built shows these (every enclosing part and the page)."""
    for found in _collectors.get():
        found.update(tags)


@contextmanager
def collecting():
    """Collect the tags of what is built inside the block (nested blocks see their own too)."""
    found = set()
    token = _collectors.set((*_collectors.get(), found))
    try:
        yield found
    finally:
        _collectors.reset(token)


@contextmanager
def read_once_per_request():
    """Remember tag versions for the request handled inside this block."""
    token = _read_in_this_request.set({})
    try:
        yield
    finally:
        _read_in_this_request.reset(token)
