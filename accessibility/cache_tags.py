"""The tag of the header links, registered with the portal through `register_cache_tags`.

The header links name no title or text of the pages, only where they are: a correction to an
easy-to-read or sign-language page, published again at the same address, leaves every cached
header (and so every cached page) as it was. The portal sees this tag as one of the places the
page is listed (portal.caching.invalidation), so publishing it for the first time, unpublishing,
moving, renaming or restricting it invalidates the tag, and the header of every page of that
language is rebuilt.
"""


def header_tag(language):
    """Which easy-to-read and sign-language pages a language's header links to."""
    return f"accessibility:header:{language}"


def header_tags(page):
    return {header_tag(page.locale.language_code)}
