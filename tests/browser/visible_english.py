"""Finds English that a Polish or German editor sees in the admin.

What counts as English is derived, not hand-picked: the words of the English source strings
of every catalogue the admin is built from (Django, Wagtail, wagtail-localize, the portal),
minus every word those catalogues use in the editor's language. "Publish", "translation",
"December", "paused" are English words the admin has; "Status", "Minimum", "Wagtail" or
Polish "to" are left out, because the Polish or German interface itself uses them.

What the editor sees: the text of every rendered element (visible, or read out by screen
readers as the "w-sr-only" labels are), and the labels of controls (aria-label, title,
placeholder, the words on submit buttons). Other form values are the editor's own content.
"""

import re
from functools import cache
from pathlib import Path

import polib

import django
from django.conf import settings

import wagtail
import wagtail_localize

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdi]|%[sdi]|\{\w*\}|<[^>]+>|&\w+;")
# A word cut off by the admin ("Odpowiedzialność za in…" in the minimap) is no word of any language.
CUT_OFF = re.compile(r"[^\W\d_]+…")

# Names, not words of a language: the product in the admin's footer and the languages, which
# the portal names in their own language everywhere ("English" in the language menus).
PROPER_NAMES = {"wagtail", "english"}

# Run in the page: text and labels of what is rendered, with the element they belong to.
COLLECT_SCRIPT = """() => {
    const shown = (element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: false })
        || element.closest('.w-sr-only, .visuallyhidden') !== null;
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode;
        const element = node.parentElement;
        const text = node.nodeValue.trim();
        if (!text || !element || element.closest('script, style, noscript, template, textarea, svg')) continue;
        if (element.closest('[contenteditable=true]')) continue;  // the editor's own text
        if (shown(element)) found.push([text, element.outerHTML.slice(0, 160)]);
    }
    for (const button of document.querySelectorAll('input[type=submit], input[type=button], input[type=reset]')) {
        if (shown(button) && button.value.trim()) found.push([button.value.trim(), 'value of <input type=submit>']);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (!shown(element)) continue;
        for (const name of ['aria-label', 'title', 'placeholder']) {
            const value = element.getAttribute(name);
            if (value && value.trim()) found.push([value.trim(), `${name} of <${element.tagName.toLowerCase()}>`]);
        }
    }
    return found;
}"""


def words(text):
    return {word.lower() for word in WORD.findall(CUT_OFF.sub(" ", PLACEHOLDER.sub(" ", text)))}


def catalogues(language):
    """The .po files of the admin's packages for `language` ("en" for the source strings)."""
    roots = [Path(django.__file__).parent, Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
    roots += [Path(path) for path in settings.LOCALE_PATHS]
    for root in roots:
        yield from root.glob(f"**/locale/{language}/LC_MESSAGES/*.po")
        yield from root.glob(f"{language}/LC_MESSAGES/*.po")


@cache
def english_words(language):
    """Words of the admin's English strings that its `language` strings never use."""
    source, translated = set(), set()
    for path in [*catalogues("en"), *catalogues(language)]:
        for entry in polib.pofile(str(path)):
            source |= words(entry.msgid) | words(entry.msgid_plural or "")
    for path in catalogues(language):
        for entry in polib.pofile(str(path)):
            translated |= words(entry.msgstr) | words(" ".join(entry.msgstr_plural.values()))
    return source - translated - PROPER_NAMES


def visible_english(tab, language, *, content=()):
    """(English words, text, where) for each text in the tab that has any.

    `content` lists the editors' own texts on the screen (titles, tags): their words are theirs.
    """
    own = set().union(*(words(text) for text in content)) if content else set()
    english = english_words(language) - own
    found = []
    for text, where in tab.evaluate(COLLECT_SCRIPT):
        hits = sorted(words(text) & english)
        if hits:
            found.append((hits, text[:120], where))
    return found
