"""Sections that apps add to pages they do not own: the home page, a partnership's page.

An app registers `@hooks.register("register_page_section")` returning (place, render), where
`place` names the spot ("header" in every page's header, beside the language switcher;
"home_head" in the home page's head, "home", "relation", "listing" beside a listing's feed
links, which reads the listing's filter from the context) and
`render(context, page)` returns HTML or "".
The page's template asks for its place with `{% page_sections "home" page %}`
(portal.templatetags.page_sections), so neither portal nor the app owning the page names the
app that adds the section, and apps stay a tree.
"""

from wagtail import hooks

HOOK_NAME = "register_page_section"
PLACES = ("header", "home_head", "home", "relation", "listing")


def sections(place):
    """The render functions registered for `place`, in hook order."""
    if place not in PLACES:
        raise ValueError(f"Unknown page section place: {place}")
    found = []
    for hook in hooks.get_hooks(HOOK_NAME):
        registered_place, render = hook()
        if registered_place == place:
            found.append(render)
    return found
