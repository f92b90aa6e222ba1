"""The CDN in front of the portal, purged by tag.

Public responses carry their tags in `Surrogate-Key` (Fastly, Varnish xkey) and `Cache-Tag`
(Cloudflare, Akamai); one PURGE request to `CDN_PURGE_URL` naming the changed tags removes
every cached copy of every page showing them. Wagtail's frontend cache app still purges a
published page's own URLs in every language, the fallback for a CDN without tag support.
"""

import logging
import urllib.error
import urllib.request

from django.conf import settings

from .tags import EVERYTHING

logger = logging.getLogger(__name__)

PURGE_TIMEOUT_SECONDS = 2
# CDNs limit header sizes; past this many tags everything is purged instead.
MAX_TAGS_PER_PURGE = 100


def tag_headers(tags):
    """The response headers naming a page's tags."""
    ordered = sorted(tags)
    return {"Surrogate-Key": " ".join(ordered), "Cache-Tag": ",".join(ordered)}


def purge_tags(tags):
    """Ask the CDN to drop everything carrying any of these tags; a failure is logged, not raised."""
    url = getattr(settings, "CDN_PURGE_URL", "")
    if not url or not tags:
        return False
    if len(tags) > MAX_TAGS_PER_PURGE:
        tags = {EVERYTHING}
    request = urllib.request.Request(url, method="PURGE", headers=tag_headers(tags))  # noqa: S310 (configured URL)
    try:
        with urllib.request.urlopen(request, timeout=PURGE_TIMEOUT_SECONDS):  # noqa: S310
            return True
    except (urllib.error.URLError, OSError) as error:
        logger.warning("CDN purge by tag failed, pages age out within their max-age: %s", error)
        return False
