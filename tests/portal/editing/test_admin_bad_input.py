"""Malformed admin submissions end in a form error or a 404, never a 500."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model

from portal.models import StandardPage
from tests.builders import add_page, home
from tests.editors import user_in

pytestmark = pytest.mark.django_db

# A GIF's signature and screen size, then bytes that are no GIF data at all.
BROKEN_GIF = b"GIF89a\x01\x00\x01\x00" + b"garbage" * 10


def test_an_image_with_a_valid_header_and_a_corrupt_body_is_a_form_error(client):
    client.force_login(user_in("Editors"))
    upload = SimpleUploadedFile("broken.gif", BROKEN_GIF, "image/gif")

    response = client.post(reverse("wagtailimages:add"), {"title": "Broken", "description": "alt", "file": upload})

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.filter(title="Broken").exists()


def test_a_broken_image_in_the_bulk_uploader_is_refused(client):
    client.force_login(user_in("Editors"))
    upload = SimpleUploadedFile("broken.gif", BROKEN_GIF, "image/gif")

    response = client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload})

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("group", ["Emergency publishers", "Moderators"])
def test_reverting_to_revision_zero_is_not_found(client, group):
    page = add_page(home("en"), StandardPage, title="Opening hours")
    client.force_login(user_in(group))

    response = client.post(reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, 0]))

    assert response.status_code == 404


def test_reverting_to_a_real_revision_still_opens_the_editor(client):
    page = add_page(home("en"), StandardPage, title="Opening hours")
    client.force_login(user_in("Moderators"))

    response = client.get(reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, page.latest_revision_id]))

    assert response.status_code == 200


@pytest.mark.parametrize("destination", [None, "", "abc", "99999999", "100000000000000000000"])
def test_copying_a_page_without_a_valid_destination_is_a_form_error(client, destination):
    page = add_page(home("en"), StandardPage, title="Opening hours")
    client.force_login(user_in("Moderators"))
    data = {"new_title": "Opening hours copy", "new_slug": "opening-hours-copy"}
    if destination is not None:
        data["new_parent_page"] = destination

    response = client.post(reverse("wagtailadmin_pages:copy", args=[page.pk]), data)

    assert response.status_code == 200
    assert response.context["form"].errors["new_parent_page"]
    assert not StandardPage.objects.filter(slug="opening-hours-copy").exists()
