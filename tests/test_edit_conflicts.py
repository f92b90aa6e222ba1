"""Two editors saving the same page cannot silently overwrite each other."""

import re

import pytest

from django.test import Client
from django.urls import reverse

from wagtail.models import Revision
from wagtail.test.utils.form_data import nested_form_data, streamfield

from portal.models import StandardPage

from .builders import add_page, home
from .editors import user_in

pytestmark = pytest.mark.django_db


def loaded_revision(client, page):
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    return re.search(r'name="loaded_revision_id" value="(\d+)"', html).group(1)


def submit(client, page, loaded_revision_id, title, action):
    data = nested_form_data({"title": title, "slug": page.slug, "intro": "", "body": streamfield([])})
    data["loaded_revision_id"] = loaded_revision_id
    data[f"action-{action}"] = action
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_a_save_based_on_an_outdated_version_is_kept_as_a_draft_and_not_published():
    page = add_page(home("pl"), StandardPage, title="Wersja wyjściowa", slug="wspolna")
    anna, bartek = Client(), Client()
    anna.force_login(user_in("Moderators", "anna"))
    bartek.force_login(user_in("Moderators", "bartek"))
    anna_loaded = loaded_revision(anna, page)
    bartek_loaded = loaded_revision(bartek, page)

    assert submit(bartek, page, bartek_loaded, "Wersja Bartka", "publish").status_code == 302
    response = submit(anna, page, anna_loaded, "Wersja Anny", "publish")

    page.refresh_from_db()
    assert page.title == "Wersja Bartka"  # the live page keeps Bartek's published version
    titles = {revision.content["title"] for revision in Revision.page_revisions.filter(object_id=str(page.pk))}
    assert {"Wersja Bartka", "Wersja Anny"} <= titles  # nothing typed is lost
    followed = anna.get(response["Location"]).content.decode()
    assert "bartek zapisał(a) tę stronę" in followed  # the admin speaks the editors' Polish
    assert "/revisions/compare/" in followed


def test_a_save_based_on_the_latest_version_goes_through_normally():
    page = add_page(home("pl"), StandardPage, title="Jedna osoba", slug="jedna-osoba")
    editor = Client()
    editor.force_login(user_in("Moderators", "celina"))

    submit(editor, page, loaded_revision(editor, page), "Poprawiony tytuł", "publish")

    page.refresh_from_db()
    assert page.title == "Poprawiony tytuł"
