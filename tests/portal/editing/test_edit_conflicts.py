"""Two people saving one page cannot silently overwrite each other; one person's autosaves never conflict.

Every request goes through Wagtail's real edit view, posting what the browser posts: the
revision the form was loaded from, and for Wagtail's autosave a JSON request that overwrites
the session's own autosave revision.
"""

import re
import zoneinfo

import pytest

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Revision, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from portal.models import StandardPage
from tests.builders import add_page, home
from tests.editors import user_in

pytestmark = pytest.mark.django_db


class Editor:
    """One person's browser tab on a page's edit form."""

    def __init__(self, group, username, page):
        self.client = Client()
        self.user = user_in(group, username)
        self.client.force_login(self.user)
        self.page = page
        self.url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        html = self.client.get(self.url).content.decode()
        self.loaded = {
            name: re.search(rf'name="{name}" value="([^"]+)"', html).group(1)
            for name in ("loaded_revision_id", "loaded_revision_created_at")
        }
        self.autosave_revision = None

    def form(self, title, **extra):
        data = nested_form_data({"title": title, "slug": self.page.slug, "intro": "", "body": streamfield([])})
        return {**data, **self.loaded, **extra}

    def autosave(self, title):
        """What Wagtail's autosave sends: JSON, overwriting this tab's autosave revision once it has one."""
        data = self.form(title)
        if self.autosave_revision:
            data["overwrite_revision_id"] = self.autosave_revision
        response = self.client.post(self.url, data, HTTP_ACCEPT="application/json")
        assert response.status_code == 200, response.content
        self.autosave_revision = response.json()["revision_id"]
        return response

    def submit(self, title, action, **extra):
        """A click on Publish, "Submit to Moderators approval" or Save draft."""
        return self.client.post(self.url, self.form(title, **{f"action-{action}": action, **extra}))

    def follow(self, response):
        return self.client.get(response["Location"]).content.decode()


def shared_page(slug):
    return add_page(home("pl"), StandardPage, title="Wersja wyjściowa", slug=slug)


def revision_titles(page):
    return {revision.content["title"] for revision in Revision.page_revisions.filter(object_id=str(page.pk))}


def test_a_save_after_another_persons_is_kept_as_a_draft_and_not_published():
    page = shared_page("wspolna")
    anna = Editor("Moderators", "anna", page)
    bartek = Editor("Moderators", "bartek", page)

    assert bartek.submit("Wersja Bartka", "publish").status_code == 302
    response = anna.submit("Wersja Anny", "publish")

    page.refresh_from_db()
    assert page.title == "Wersja Bartka"  # the live page keeps Bartek's published version
    assert {"Wersja Bartka", "Wersja Anny"} <= revision_titles(page)  # nothing typed is lost
    assert page.get_latest_revision().content["title"] == "Wersja Anny"
    followed = anna.follow(response)
    assert "bartek zapisał(a) tę stronę" in followed  # the admin speaks the editors' Polish
    assert "/revisions/compare/" in followed


def test_another_persons_autosave_since_loading_is_a_conflict_too():
    page = shared_page("autozapis-innej-osoby")
    anna = Editor("Moderators", "anna", page)
    bartek = Editor("Moderators", "bartek", page)

    bartek.autosave("Bartek jeszcze pisze")
    response = anna.submit("Wersja Anny", "publish")

    page.refresh_from_db()
    assert page.title == "Wersja wyjściowa"  # Anna's version was not published over Bartek's work
    assert {"Bartek jeszcze pisze", "Wersja Anny"} <= revision_titles(page)
    assert "/revisions/compare/" in anna.follow(response)


def test_an_autosave_after_another_persons_save_is_refused_by_wagtail():
    page = shared_page("odrzucony-autozapis")
    anna = Editor("Moderators", "anna", page)
    bartek = Editor("Moderators", "bartek", page)

    bartek.submit("Wersja Bartka", "publish")
    response = anna.client.post(anna.url, anna.form("Wersja Anny"), HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"


def test_publishing_after_ones_own_autosaves_puts_the_page_live():
    page = shared_page("wlasny-autozapis")
    celina = Editor("Moderators", "celina", page)

    celina.autosave("Pierwszy szkic")
    celina.autosave("Drugi szkic")  # Wagtail overwrites the same autosave revision
    response = celina.submit("Tytuł do publikacji", "publish")

    page.refresh_from_db()
    assert page.live and page.title == "Tytuł do publikacji"
    assert "w trakcie Twojej edycji" not in celina.follow(response)


def test_submitting_after_ones_own_autosave_puts_the_page_in_moderation():
    page = shared_page("wlasny-autozapis-do-moderacji")
    editor = Editor("Editors", "daria", page)

    editor.autosave("Szkic redaktorki")
    editor.submit("Tekst do akceptacji", "submit")

    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.get_latest_revision().content["title"] == "Tekst do akceptacji"


def test_a_save_based_on_the_latest_version_goes_through_normally():
    page = shared_page("jedna-osoba")
    editor = Editor("Moderators", "celina", page)

    editor.submit("Poprawiony tytuł", "publish")

    page.refresh_from_db()
    assert page.title == "Poprawiony tytuł"


@pytest.mark.parametrize(("preference", "zone"), [("", "Europe/Warsaw"), ("UTC", "UTC")])
def test_the_time_of_the_other_save_is_in_the_editors_time_zone(preference, zone):
    page = shared_page(f"strefa-{zone.lower().replace('/', '-')}")
    anna = Editor("Moderators", "anna", page)
    profile = UserProfile.get_for_user(anna.user)
    profile.current_time_zone = preference
    profile.save()
    bartek = Editor("Moderators", "bartek", page)

    bartek.submit("Wersja Bartka", "publish")
    followed = anna.follow(anna.submit("Wersja Anny", "publish"))

    bartek_saved_at = Revision.page_revisions.filter(object_id=str(page.pk), user=bartek.user).get().created_at
    seen = timezone.localtime(bartek_saved_at, zoneinfo.ZoneInfo(zone)).strftime("%H:%M")
    assert f"o {seen} w trakcie Twojej edycji" in followed


def test_a_page_locked_by_someone_else_is_not_saved_from_an_older_form():
    page = shared_page("blokada")
    editor = Editor("Moderators", "ewa", page)
    moderator = Editor("Moderators", "filip", page)
    moderator.client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    moderator.submit("Wersja Filipa", "publish")  # the older loaded revision is now outdated
    revisions_before = set(Revision.page_revisions.filter(object_id=str(page.pk)).values_list("pk", flat=True))

    response = editor.submit("Wersja Ewy", "publish")

    page.refresh_from_db()
    assert page.locked and page.title == "Wersja Filipa"
    assert set(Revision.page_revisions.filter(object_id=str(page.pk)).values_list("pk", flat=True)) == revisions_before
    assert "Wersja Ewy" not in revision_titles(page)
    assert response.status_code == 200  # Wagtail's form again, with its message that the page is locked
    assert "zablokowana" in response.content.decode().lower()


def test_a_malformed_edit_form_is_a_bad_request_not_a_server_error():
    page = shared_page("uszkodzony-formularz")
    anna = Editor("Moderators", "anna", page)
    bartek = Editor("Moderators", "bartek", page)
    bartek.submit("Wersja Bartka", "publish")
    data = anna.form("Wersja Anny", **{"action-publish": "publish"})
    del data["body-count"]

    response = anna.client.post(anna.url, data)

    assert response.status_code == 400
    page.refresh_from_db()
    assert page.title == "Wersja Bartka"
    assert "Wersja Anny" not in revision_titles(page)


def test_without_the_loaded_time_the_loaded_revisions_own_time_decides():
    page = shared_page("bez-czasu-wczytania")
    anna = Editor("Moderators", "anna", page)
    bartek = Editor("Moderators", "bartek", page)
    bartek.submit("Wersja Bartka", "publish")
    data = anna.form("Wersja Anny", **{"action-publish": "publish"})
    del data["loaded_revision_created_at"]

    anna.client.post(anna.url, data)

    page.refresh_from_db()
    assert page.title == "Wersja Bartka"
    assert "Wersja Anny" in revision_titles(page)
