"""The interface speaks Polish and German completely, and what is served is what was translated."""

from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.utils import translation

CATALOGUES = Path(settings.LOCALE_PATHS[0])


def catalogue(language, kind):
    path = CATALOGUES / language / "LC_MESSAGES" / f"django.{kind}"
    return polib.pofile(str(path)) if kind == "po" else polib.mofile(str(path))


@pytest.mark.parametrize("language", ["pl", "de"])
def test_every_interface_string_is_translated(language):
    po = catalogue(language, "po")

    missing = [entry.msgid for entry in po.untranslated_entries() + po.fuzzy_entries()]

    assert len(po) > 400
    assert missing == [], "run `make messages` and translate:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", ["pl", "de"])
def test_the_compiled_catalogue_matches_its_source(language):
    def pairs(entries):
        return {
            (entry.msgctxt, entry.msgid, entry.msgstr, tuple(sorted(entry.msgstr_plural.items()))) for entry in entries
        }

    po = catalogue(language, "po")
    mo = catalogue(language, "mo")

    assert pairs(po.translated_entries()) == pairs(entry for entry in mo if entry.msgid), "run `make messages`"


@pytest.mark.parametrize(("language", "expected"), [("pl", "Komunikat po polsku"), ("de", "Meldung auf Polnisch")])
def test_labels_come_out_in_the_editors_language(language, expected):
    from portal.models import AlertBanner

    with translation.override(language):
        assert str(AlertBanner._meta.get_field("message_pl").verbose_name) == expected
