"""Polish and German editors get the admin in their language: blocks, workflow, Wagtail's own gaps."""

import json
from pathlib import Path

import polib
import pytest

from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext, ngettext

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page, Task, Workflow
from wagtail.users.models import UserProfile

from tests.editors import user_in

SUPPLEMENT = Path(settings.LOCALE_PATHS[1])


def speaking(user, language):
    """The user's admin language, as chosen in their account."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def stream_fields():
    for app in ("portal", "news", "memberships"):
        for model in apps.get_app_config(app).get_models():
            for field in model._meta.get_fields():
                if isinstance(field, StreamField):
                    yield f"{model.__name__}.{field.name}", field.stream_block


def named_blocks(block, path):
    """Every named child block below `block`, with its path."""
    children = getattr(block, "child_blocks", {})
    for name, child in children.items():
        yield f"{path}.{name}", child
        yield from named_blocks(child, f"{path}.{name}")
    if isinstance(block, blocks.ListBlock):
        yield from named_blocks(block.child_block, f"{path}[]")


def test_every_block_editors_pick_or_fill_in_has_a_translatable_label():
    plain = [
        path
        for field_path, stream_block in stream_fields()
        for path, block in named_blocks(stream_block, field_path)
        if not isinstance(block.label, Promise)
    ]

    assert plain == [], "give these blocks label=_(...):\n" + "\n".join(plain)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", ["Nagłówek", "Akapit", "Obraz", "Cytat", "Ramka z faktami", "Lista", "Dokument"]),
        ("de", ["Überschrift", "Absatz", "Bild", "Zitat", "Faktenkasten", "Aufzählung", "Dokument"]),
    ],
)
def test_the_block_picker_of_an_article_speaks_the_editors_language(language, expected):
    from news.models import NewsArticlePage

    body = NewsArticlePage._meta.get_field("body").stream_block

    with translation.override(language):
        assert [str(block.label) for block in body.child_blocks.values()] == expected


@pytest.mark.parametrize(
    ("language", "msgid", "expected"),
    [
        ("pl", "Schedule to publish", "Zaplanuj publikację"),
        ("pl", "The page could not be created due to validation errors.", "Nie można utworzyć strony"),
        ("pl", "Autosave is paused", "Autozapis wstrzymany"),
        ("pl", "Toggle checks", "Pokaż lub ukryj kontrole"),
        ("pl", "Submit to %(workflow_name)s", "Wyślij do akceptacji"),
        ("de", "Submit to %(workflow_name)s", "Zur Freigabe einreichen"),
        ("de", "Schedule to publish", "Zur Veröffentlichung einplanen"),
    ],
)
def test_strings_wagtail_lacks_come_from_the_portals_catalogue(language, msgid, expected):
    with translation.override(language):
        assert gettext(msgid).startswith(expected)


def test_the_image_count_on_the_dashboard_is_polish_in_every_plural_form():
    msgid = '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>'
    plural = '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>'

    with translation.override("pl"):
        forms = [ngettext(msgid, plural, count).split(" <")[0] for count in (1, 3, 16, 22)]

    assert forms == ["%(total)s obraz", "%(total)s obrazy", "%(total)s obrazów", "%(total)s obrazy"]


@pytest.mark.parametrize("language", ["pl", "de"])
@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_supplement_is_complete_compiled_and_wins_over_the_apps_catalogues(language, domain):
    po = polib.pofile(str(SUPPLEMENT / language / "LC_MESSAGES" / f"{domain}.po"))
    mo = polib.mofile(str(SUPPLEMENT / language / "LC_MESSAGES" / f"{domain}.mo"))

    assert po.untranslated_entries() == [] and po.fuzzy_entries() == []
    assert {(e.msgid, e.msgstr) for e in po.translated_entries()} == {(e.msgid, e.msgstr) for e in mo if e.msgid}
    if domain == "django":
        with translation.override(language):
            for entry in po.translated_entries():
                expected = entry.msgstr_plural[1] if entry.msgid_plural else entry.msgstr
                got = ngettext(entry.msgid, entry.msgid_plural, 2) if entry.msgid_plural else gettext(entry.msgid)
                assert got == expected, entry.msgid


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"), [("pl", "Akceptacja moderatora"), ("de", "Freigabe durch Moderation")]
)
def test_the_moderation_workflow_and_task_are_named_in_the_editors_language(language, expected):
    workflow = Workflow.objects.get(name="Moderators approval")
    task = Task.objects.get(name="Moderators approval").specific

    with translation.override(language):
        assert (workflow.name, task.name, str(workflow)) == (expected, expected, expected)


@pytest.mark.django_db
def test_saving_the_workflow_in_polish_keeps_its_stored_name():
    workflow = Workflow.objects.get(name="Moderators approval")

    with translation.override("pl"):
        workflow.save()
        task = Task.objects.get(name="Moderators approval")
        task.save()

    assert Workflow.objects.filter(name="Moderators approval").count() == 1
    assert Task.objects.filter(name="Moderators approval").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "submit"), [("pl", "Wyślij do akceptacji (Akceptacja moderatora)"), ("de", "Zur Freigabe einreichen")]
)
def test_an_editor_is_offered_to_submit_in_their_language(client, language, submit):
    editor = user_in("Editors")
    speaking(editor, language)
    client.force_login(editor)
    home = Page.objects.get(depth=2, locale__language_code="pl")

    response = client.get(f"/admin/pages/{home.pk}/edit/")

    html = response.content.decode()
    assert response.status_code == 200
    assert submit in html
    assert "Moderators approval" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "strings"),
    [
        ("pl", ["Opublikuj: ", "Tłumaczenie: %(source)s → %(target)s", "Trwa autozapis…"]),
        ("de", ["Übersetzung: %(source)s → %(target)s"]),
    ],
)
def test_the_translation_editors_scripts_get_their_missing_phrases(client, language, strings):
    editor = user_in("Editors")
    speaking(editor, language)
    client.force_login(editor)

    catalogues = client.get("/admin/localize/jsi18n/").content.decode() + client.get("/admin/jsi18n/").content.decode()

    for string in strings:
        assert json.dumps(string)[1:-1] in catalogues
