"""Each route through which an editorial role did more, or saw more, than its rights allow."""

from datetime import timedelta

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.models import Translation, TranslationSource

from portal.models import StandardPage
from portal.permissions.page_rights import EditorialPagePermissionTester
from tests.builders import add_page, home
from tests.editors import user_in

pytestmark = pytest.mark.django_db


def translated(source, language, on_commit):
    """The published wagtail-localize translation of `source`, and its translation source."""
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    translation = Translation.objects.create(
        source=translation_source, target_locale=Locale.objects.get(language_code=language)
    )
    with on_commit(execute=True):
        translation.save_target(publish=True)
    return translation.get_target_instance(), translation_source


def page_in(state, language="pl", **fields):
    """A page of the portal in one editorial state."""
    fields.setdefault("title", f"Strona {state}")
    fields.setdefault("slug", f"strona-{state}-{language}")
    if state == "live":
        return add_page(home(language), StandardPage, **fields)
    page = add_page(home(language), StandardPage, publish=False, **fields)
    if state == "scheduled":
        page.go_live_at = timezone.now() + timedelta(days=3)
        page.save_revision().publish()
    elif state == "moderation":
        page.get_workflow().start(page, user_in("Editors", "author"))
    return Page.objects.get(pk=page.pk)


@pytest.mark.parametrize("role", ["Editors", "Translators"])
def test_update_translations_publishes_no_polish_page_for_someone_who_may_not_publish_it(
    role, client, django_capture_on_commit_callbacks
):
    english = add_page(home("en"), StandardPage, title="Notice", slug="notice")
    polish, translation_source = translated(english, "pl", django_capture_on_commit_callbacks)
    english.title = "Notice, changed"
    english.save_revision().publish()
    published = polish.live_revision_id
    client.force_login(user_in(role))

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:update_translations", args=[translation_source.pk]),
            {"publish_translations": "on"},
        )

    assert Page.objects.get(pk=polish.pk).live_revision_id == published


def test_a_moderator_still_publishes_translations_from_the_update_screen(client, django_capture_on_commit_callbacks):
    source = add_page(home("pl"), StandardPage, title="Komunikat", slug="komunikat")
    target, translation_source = translated(source, "de", django_capture_on_commit_callbacks)
    before = target.live_revision_id
    client.force_login(user_in("Moderators"))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[translation_source.pk]),
            {"publish_translations": "on"},
        )

    assert response.status_code == 302
    assert Page.objects.get(pk=target.pk).live_revision_id != before


def test_a_translator_cannot_create_a_polish_page_by_translating_an_english_one(client):
    english = add_page(home("en"), StandardPage, title="Opening hours", slug="opening-hours")
    client.force_login(user_in("Translators"))
    url = reverse("wagtail_localize:submit_page_translation", args=[english.pk])
    polish, german = (Locale.objects.get(language_code=code) for code in ("pl", "de"))

    offered = client.get(url).context["form"].fields["locales"].queryset
    client.post(url, {"locales": [polish.pk]})

    assert list(offered) == [german]
    assert english.get_translation_or_none(polish) is None
    assert not Page.objects.filter(locale=polish, title="Opening hours").exists()

    client.post(url, {"locales": [german.pk]})
    assert english.get_translation_or_none(german) is not None


@pytest.mark.parametrize("state", ["draft", "scheduled", "moderation"])
def test_editors_delete_no_page_by_any_route(state, client):
    page = page_in(state)
    client.force_login(user_in("Editors"))
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={page.pk}"

    client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    client.post(bulk)
    api = client.post(f"/admin/api/main/pages/{page.pk}/action/delete/", content_type="application/json")

    assert Page.objects.filter(pk=page.pk).exists()
    assert api.status_code == 403


@pytest.mark.parametrize("state", ["draft", "scheduled", "moderation"])
def test_editors_move_no_page_by_any_route(state, client):
    page = page_in(state)
    destination = add_page(home("pl"), StandardPage, title="Dział", slug="dzial")
    client.force_login(user_in("Editors"))
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"]) + f"?id={page.pk}"

    client.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]))
    client.post(bulk, {"chooser": destination.pk})
    api = client.post(
        f"/admin/api/main/pages/{page.pk}/action/move/",
        {"destination_page_id": destination.pk},
        content_type="application/json",
    )

    assert Page.objects.get(pk=page.pk).get_parent().pk == home("pl").pk
    assert api.status_code == 403


def test_moderators_delete_and_move_pages(client):
    moved, deleted = page_in("moderation"), page_in("draft")
    section = add_page(home("pl"), StandardPage, title="Dział", slug="dzial")
    add_page(section, StandardPage, title="Podstrona", slug="podstrona")
    destination = add_page(home("pl"), StandardPage, title="Archiwum", slug="archiwum")
    client.force_login(user_in("Moderators"))

    client.post(reverse("wagtailadmin_pages:move_confirm", args=[moved.pk, destination.pk]))
    client.post(reverse("wagtailadmin_pages:delete", args=[deleted.pk]))
    client.post(reverse("wagtailadmin_pages:delete", args=[section.pk]))  # with its subpage

    assert Page.objects.get(pk=moved.pk).get_parent().pk == destination.pk
    assert not Page.objects.filter(pk__in=[deleted.pk, section.pk]).exists()


def _chooser_and_report_answers(client, page):
    yield client.get(reverse("wagtailadmin_choose_page"))
    yield client.get(reverse("wagtailadmin_choose_page_child", args=[page.get_parent().pk]))
    yield client.get(reverse("wagtailadmin_choose_page_search"), {"q": "qzv"})
    yield client.get(reverse("wagtailadmin_choose_page_chosen_multiple"), {"id": page.pk})
    yield client.get(reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={page.pk}")
    yield client.get(reverse("wagtail_localize:translations_report"))


@pytest.mark.parametrize(
    ("role", "hidden"),
    [
        ("Emergency publishers", [b"qzvdraft", b"qzvnewdraft", b"qzvlive", b"qzvsource"]),
        # The source of their German translation is their work; the rest of the Polish tree is not.
        ("Translators", [b"qzvdraft", b"qzvnewdraft", b"qzvlive"]),
    ],
)
def test_polish_titles_stay_out_of_choosers_bulk_actions_and_the_translations_report(
    role, hidden, client, django_capture_on_commit_callbacks
):
    draft = page_in("draft", title="qzvdraft")
    live = add_page(home("pl"), StandardPage, title="qzvlive", slug="opublikowana")
    live.title = "qzvnewdraft"
    live.save_revision()
    source = add_page(home("pl"), StandardPage, title="qzvsource", slug="zrodlo")
    translated(source, "de", django_capture_on_commit_callbacks)
    client.force_login(user_in(role))

    for page in (draft, live):
        for response in _chooser_and_report_answers(client, page):
            assert response.status_code < 500
            assert not [marker for marker in hidden if marker in response.content], response.request["PATH_INFO"]


def test_a_translator_chooses_pages_of_their_own_trees(client):
    german = add_page(home("de"), StandardPage, title="Öffnungszeiten", slug="oeffnungszeiten", publish=False)
    client.force_login(user_in("Translators"))

    response = client.get(reverse("wagtailadmin_choose_page_child", args=[home("de").pk]))

    assert response.status_code == 200
    assert "Öffnungszeiten" in response.json()["html"]
    assert german.pk


def test_every_page_type_deletes_and_moves_by_the_portal_rules():
    user = user_in("Editors")
    for model in get_page_models():
        if model is Page:
            continue
        assert isinstance(model().permissions_for_user(user), EditorialPagePermissionTester), model


def test_an_editor_cannot_publish_a_translation_by_converting_it_to_an_alias(
    client, django_capture_on_commit_callbacks
):
    source = add_page(home("pl"), StandardPage, title="Komunikat", slug="komunikat")
    german, _source = translated(source, "de", django_capture_on_commit_callbacks)
    german.unpublish()
    client.force_login(user_in("Editors"))

    client.post(reverse("wagtail_localize:convert_to_alias", args=[german.pk]))

    german = Page.objects.get(pk=german.pk)
    assert not german.live
    assert german.alias_of_id is None
