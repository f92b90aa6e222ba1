"""Everything the portal caches for readers, and what makes it stale.

- `keys`: the one key scheme (deployed code version, kind, parts).
- `tags`: tag versions; an entry is stale once any tag it shows has moved on.
- `request_memo`: one request's reads and writes, in a few round trips.
- `fragments`: parts of pages, cached with their tags; previews never cached.
- `pages`: whole public pages for anonymous readers, with `Surrogate-Key` / `Cache-Tag`.
- `routes`: the Wagtail site and page a URL leads to.
- `registry`: what apps tell the portal about the records readers see.
- `invalidation`: which changes invalidate which tags (signals).
- `purge`: the CDN, purged by tag.
- `backends`: the Redis and file caches underneath.
"""
