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


def test_every_field_editors_see_has_a_translatable_label():
    from django.apps import apps
    from django.utils.functional import Promise

    from wagtail.models import Page

    page_fields = {field.name for field in Page._meta.get_fields()}
    plain = sorted(
        f"{model.__name__}.{field.name}"
        for app in ("portal", "news", "memberships")
        for model in apps.get_app_config(app).get_models()
        if not model.__module__.startswith("portal.search")  # the search index is no one's form
        for field in model._meta.get_fields()
        if getattr(field, "editable", False) and not field.auto_created and hasattr(field, "verbose_name")
        if not (issubclass(model, Page) and field.name in page_fields)
        if not isinstance(field.verbose_name, Promise)
    )

    # The tag of a tagged article is taggit's own field.
    assert plain == ["NewsArticleTag.tag"], "give these fields verbose_name=_(...):\n" + "\n".join(plain)
