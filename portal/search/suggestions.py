"""Where else to look when a search finds nothing: places the apps register, not ones portal names.

An app registers a function with the `register_search_suggestion` Wagtail hook; it takes the
request and the reader's language and returns (label, URL), or None when it has nothing to
offer in that language. The no-results page lists them in hook order.
"""

from dataclasses import dataclass

from wagtail import hooks

HOOK_NAME = "register_search_suggestion"


@dataclass(frozen=True)
class Suggestion:
    """A link on the no-results page: what it is called and where it goes."""

    label: str
    url: str


def suggestions(request, language):
    found = []
    for suggest in hooks.get_hooks(HOOK_NAME):
        offered = suggest(request, language)
        if offered:
            found.append(Suggestion(*offered))
    return found
