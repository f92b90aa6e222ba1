"""The editorial groups through the real admin: who may edit, publish, translate and alert."""

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from portal.models import AlertBanner, StandardPage
from tests.builders import add_page, add_translation, home
from tests.editors import GROUPS, user_in

pytestmark = pytest.mark.django_db


def edit_form(page, **changes):
    data = {"title": page.title, "slug": page.slug, "intro": page.intro, "body": streamfield([])}
    data.update(changes)
    return nested_form_data(data)


def test_the_editorial_groups_exist():
    from django.contrib.auth.models import Group

    assert set(GROUPS) <= set(Group.objects.values_list("name", flat=True))


def test_an_editor_can_save_a_draft_but_not_publish(client):
    page = add_page(home("pl"), StandardPage, title="Strona redakcji", slug="strona-redakcji")
    client.force_login(user_in("Editors"))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    client.post(url, {**edit_form(page, title="Zmieniony tytuł"), "action-publish": "publish"})

    page.refresh_from_db()
    assert page.title == "Strona redakcji"  # the live version is untouched
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Zmieniony tytuł"


def test_an_editor_submits_for_moderation_and_a_moderator_is_told(client, mailoutbox):
    moderator = user_in("Moderators")
    page = add_page(home("pl"), StandardPage, title="Do sprawdzenia", slug="do-sprawdzenia", publish=False)
    client.force_login(user_in("Editors"))

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), {**edit_form(page), "action-submit": "submit"}
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == "in_progress"
    assert not page.live
    assert any(moderator.email in message.to for message in mailoutbox)


def test_a_moderator_approves_and_the_page_goes_live(client):
    page = add_page(home("pl"), StandardPage, title="Zatwierdź mnie", slug="zatwierdz-mnie", publish=False)
    editor = user_in("Editors")
    page.save_revision(user=editor)
    workflow = page.get_workflow()
    workflow.start(page, editor)
    client.force_login(user_in("Moderators"))
    task_state = page.current_workflow_task_state

    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": "Dobrze"},
    )

    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert client.get("/pl/zatwierdz-mnie/", HTTP_HOST="localhost").status_code == 200


def test_a_translator_cannot_edit_the_polish_source_but_can_edit_its_translation(client):
    source = add_page(home("pl"), StandardPage, title="Źródło", slug="zrodlo")
    german = add_translation(source, "de", title="Quelle", slug="quelle")
    client.force_login(user_in("Translators"))

    assert client.get(reverse("wagtailadmin_pages:edit", args=[source.pk])).status_code == 404
    assert client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])).status_code == 200


def test_a_translator_creates_the_german_translation_with_wagtail_localize(client):
    source = add_page(home("pl"), StandardPage, title="Do tłumaczenia", slug="do-tlumaczenia")
    client.force_login(user_in("Translators"))

    german_locale = home("de").locale
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[source.pk]), {"locales": [german_locale.pk]}
    )

    assert response.status_code == 302
    assert source.get_translation_or_none(german_locale) is not None


def test_an_emergency_publisher_can_post_alerts_but_not_touch_pages(client):
    page = add_page(home("pl"), StandardPage, title="Nietykalna", slug="nietykalna")
    client.force_login(user_in("Emergency publishers"))

    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 404
    assert client.get(reverse("wagtailadmin_pages:add_subpage", args=[home("pl").pk])).status_code == 404

    add_url = reverse("wagtailsnippets_portal_alertbanner:add")
    response = client.post(
        add_url,
        {
            "level": "emergency",
            "message_pl": "Alarm powodziowy",
            "starts_at": "2026-01-01 08:00",
        },
    )
    assert response.status_code == 302
    assert AlertBanner.objects.filter(message_pl="Alarm powodziowy").exists()


def test_anonymous_visitors_see_neither_drafts_nor_previews(client):
    draft = add_page(home("pl"), StandardPage, title="Tajny szkic", slug="tajny-szkic", publish=False)
    assert client.get("/pl/tajny-szkic/", HTTP_HOST="localhost").status_code == 404
    preview = client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk]))
    assert preview.status_code == 302
    assert "/admin/login/" in preview["Location"]
    assert "Tajny szkic" not in preview.content.decode()


def test_scheduled_and_untranslated_pages_show_on_the_dashboard(client):
    from datetime import timedelta

    from django.utils import timezone

    scheduled = add_page(home("pl"), StandardPage, title="Zaplanowana", slug="zaplanowana", publish=False)
    scheduled.go_live_at = timezone.now() + timedelta(hours=2)
    scheduled.save_revision().publish()  # with a future go-live date this schedules, not publishes
    add_page(home("pl"), StandardPage, title="Tylko polska", slug="tylko-polska")
    client.force_login(user_in("Moderators"))

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Zaplanowana" in html
    assert "Tylko polska" in html
    assert not Page.objects.get(pk=scheduled.pk).live
