"""A new page that only Wagtail's autosave created gives its slug back to its author.

The requests are the ones the admin's create and edit views receive: an autosave asks for
JSON, a person's click for HTML.
"""

import datetime

import pytest

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.models import EditingSession
from wagtail.models import get_default_page_content_type
from wagtail.test.utils.form_data import nested_form_data, streamfield

from portal.models import AutosavedNewPage, StandardPage
from tests.builders import home
from tests.editors import user_in

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_ACCEPT": "application/json"}


def signed_in(group, username):
    client = Client()
    client.force_login(user_in(group, username))
    return client


def page_form(title, slug):
    return nested_form_data({"title": title, "slug": slug, "intro": "", "body": streamfield([])})


def autosave_new_page(client, title, slug):
    url = reverse("wagtailadmin_pages:add", args=["portal", "standardpage", home("pl").pk])
    return client.post(url, page_form(title, slug), **AUTOSAVE)


def pages_with(slug):
    return StandardPage.objects.child_of(home("pl")).filter(slug=slug)


def test_an_autosave_creates_the_page_and_remembers_that_only_autosave_made_it():
    anna = signed_in("Moderators", "anna")

    response = autosave_new_page(anna, "Nocne tramwaje", "nocne-tramwaje")

    assert response.status_code == 200 and response.json()["success"]
    page = pages_with("nocne-tramwaje").get()
    assert AutosavedNewPage.objects.filter(page_id=page.pk).exists()


def test_the_author_starting_the_same_page_again_gets_its_slug():
    anna = signed_in("Moderators", "anna")
    abandoned = autosave_new_page(anna, "Nocne tramwaje", "nocne-tramwaje").json()["pk"]

    response = autosave_new_page(anna, "Nocne tramwaje", "nocne-tramwaje")

    assert response.status_code == 200, response.content
    page = pages_with("nocne-tramwaje").get()
    assert page.pk != abandoned
    assert not StandardPage.objects.filter(pk=abandoned).exists()


def test_a_page_saved_on_purpose_keeps_its_slug():
    anna = signed_in("Moderators", "anna")
    created = autosave_new_page(anna, "Nocne tramwaje", "nocne-tramwaje").json()
    edit_url = reverse("wagtailadmin_pages:edit", args=[created["pk"]])
    anna.post(edit_url, {**page_form("Nocne tramwaje", "nocne-tramwaje"), "loaded_revision_id": created["revision_id"]})

    response = autosave_new_page(anna, "Nocne tramwaje", "nocne-tramwaje")

    assert response.status_code == 400
    assert response.json()["error_code"] == "validation_error"
    assert pages_with("nocne-tramwaje").get().pk == created["pk"]


def test_another_persons_autosaved_page_keeps_its_slug():
    autosave_new_page(signed_in("Moderators", "anna"), "Nocne tramwaje", "nocne-tramwaje")

    response = autosave_new_page(signed_in("Moderators", "bartek"), "Nocne tramwaje", "nocne-tramwaje")

    assert response.status_code == 400
    assert pages_with("nocne-tramwaje").get().owner.username == "anna"


def test_an_autosaved_page_still_open_in_an_editor_keeps_its_slug():
    anna = signed_in("Moderators", "anna")
    created = autosave_new_page(anna, "Nocne tramwaje", "nocne-tramwaje").json()
    EditingSession.objects.create(
        user=pages_with("nocne-tramwaje").get().owner,
        content_type=get_default_page_content_type(),
        object_id=str(created["pk"]),
        last_seen_at=timezone.now() - datetime.timedelta(seconds=30),
    )

    response = autosave_new_page(anna, "Nocne tramwaje", "nocne-tramwaje")

    assert response.status_code == 400
    assert pages_with("nocne-tramwaje").get().pk == created["pk"]
