"""Every translation catalogue of the project is complete, keeps its placeholders and is compiled.

The catalogues are found in the tree, so a new app's `locale/` or a new domain is checked
without anyone adding it here. The compiled `.mo` files are tracked, so they are compared
with their `.po` by content: modification times mean nothing on a fresh clone.
"""

import re
from collections import Counter
from pathlib import Path

import polib
import pytest

from django.conf import settings

from tests.events.builders import category, event, events_index, venue

PROJECT = Path(__file__).resolve().parents[2]
# Installed packages, the bench's scratch files and other people's checkouts are not ours.
NOT_OURS = {".venv", "node_modules", "var", ".git"}
# %(name)s and %s as Python and Django's JavaScript interpolate() read them; {name} and {0} for format().
PLACEHOLDER = re.compile(r"%\(\w+\)[a-z]|%[a-z]|\{\w*\}")
NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")


def project_catalogues():
    return sorted(
        path for path in PROJECT.rglob("LC_MESSAGES/*.po") if not NOT_OURS.intersection(path.relative_to(PROJECT).parts)
    )


CATALOGUES = project_catalogues()


def name(path):
    return str(path.relative_to(PROJECT))


def placeholders(text):
    return Counter(PLACEHOLDER.findall(text.replace("%%", "")))


def test_the_catalogues_are_found_in_every_locale_path():
    found = {(path.parents[2], path.parents[1].name) for path in CATALOGUES}

    for locale_path in settings.LOCALE_PATHS:
        for language in ("pl", "de"):
            assert (Path(locale_path), language) in found, f"no catalogue for {language} in {locale_path}"


@pytest.mark.parametrize("path", CATALOGUES, ids=name)
def test_every_entry_is_translated_and_none_is_fuzzy(path):
    po = polib.pofile(str(path))

    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]

    assert untranslated == [], "translate:\n" + "\n".join(untranslated)
    assert fuzzy == [], "check, correct and unflag:\n" + "\n".join(fuzzy)


@pytest.mark.parametrize("path", CATALOGUES, ids=name)
def test_every_plural_entry_has_the_forms_of_its_language(path):
    po = polib.pofile(str(path))
    forms = int(NPLURALS.search(po.metadata["Plural-Forms"]).group(1))

    wrong = [entry.msgid for entry in po if entry.msgid_plural and sorted(entry.msgstr_plural) != list(range(forms))]

    assert wrong == [], f"give these {forms} forms:\n" + "\n".join(wrong)


@pytest.mark.parametrize("path", CATALOGUES, ids=name)
def test_every_translation_keeps_the_placeholders_of_its_source(path):
    mismatched = []
    for entry in polib.pofile(str(path)).translated_entries():
        if entry.msgid_plural:
            # A plural form keeps the placeholders of the singular or of the plural source.
            allowed = [placeholders(entry.msgid), placeholders(entry.msgid_plural)]
            mismatched += [
                f"{entry.msgid!r} [{index}]: {text!r}"
                for index, text in sorted(entry.msgstr_plural.items())
                if placeholders(text) not in allowed
            ]
        elif placeholders(entry.msgstr) != placeholders(entry.msgid):
            mismatched.append(f"{entry.msgid!r}: {entry.msgstr!r}")

    assert mismatched == [], "placeholders lost or added:\n" + "\n".join(mismatched)


@pytest.mark.parametrize("path", CATALOGUES, ids=name)
def test_the_compiled_catalogue_says_what_its_source_says(path):
    def pairs(entries):
        return {
            (entry.msgctxt, entry.msgid, entry.msgstr, tuple(sorted(entry.msgstr_plural.items()))) for entry in entries
        }

    compiled = path.with_suffix(".mo")
    assert compiled.exists(), f"{name(compiled)} is missing: run `make messages`"

    source = pairs(polib.pofile(str(path)).translated_entries())
    served = pairs(entry for entry in polib.mofile(str(compiled)) if entry.msgid)

    assert source == served, f"{name(compiled)} differs from its source: run `make messages`"


@pytest.fixture
def polish_calendar(db):
    """A Polish calendar with two coming events at a step-free venue."""
    index = events_index("pl")
    house = venue("pl", "Dom Norymberski", step_free=True)
    culture = category("pl", "Kultura")
    first = event("Dni Norymbergi", language="pl", venue=house, categories=[culture])
    event("Spotkanie miast partnerskich", language="pl", venue=house)
    return index, first


def assert_in_polish(html, expected):
    for english, polish in expected:
        assert polish in html, f"{polish!r} is missing"
        assert english not in html, f"{english!r} is shown untranslated"


@pytest.mark.usefixtures("uncached_pages")
def test_the_polish_events_listing_speaks_polish(client, polish_calendar):
    index, _event = polish_calendar

    response = client.get(index.url)

    assert response.status_code == 200
    assert index.url == "/pl/wydarzenia/"
    assert_in_polish(
        response.content.decode(),
        [
            ("Find events", "Znajdź wydarzenia"),
            ("This weekend", "W ten weekend"),
            ("Subscribe to this calendar", "Subskrybuj ten kalendarz (iCalendar)"),
            ("Step-free venues only", "Tylko miejsca z dostępem bez schodów"),
            ("Step-free", "Bez schodów"),
            ("2 dates", "2 terminy"),
            ("Main Market Square", "Rynek Główny"),
        ],
    )


@pytest.mark.usefixtures("uncached_pages")
def test_a_polish_event_page_speaks_polish(client, polish_calendar):
    _index, page = polish_calendar

    response = client.get(page.url)

    assert response.status_code == 200
    assert_in_polish(
        response.content.decode(),
        [
            ("When and where", "Kiedy i gdzie"),
            ("Add to my calendar", "Dodaj do swojego kalendarza (.ics)"),
            ("Venue and accessibility", "Miejsce i dostępność"),
            ("Step-free entrance", "Wejście bez schodów: tak"),
            ("In person", "Stacjonarnie"),
            ("All events", "Wszystkie wydarzenia"),
        ],
    )
