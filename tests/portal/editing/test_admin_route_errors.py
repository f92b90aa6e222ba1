"""Admin routes the role x route matrix found answering 500, each answered properly now.

Every request goes through the test client to the real views; each test failed (500, raised
with `raise_request_exception`) before the portal's replacement view took the route over.
"""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import Locale, UploadedFile

from tests.news.builders import picture

pytestmark = pytest.mark.django_db


@pytest.fixture
def root():
    return get_user_model().objects.create_superuser("errors-root", "root@krakow.example", "x" * 20)


@pytest.fixture
def admin(root):
    client = Client(HTTP_HOST="localhost")  # raises whatever a view raises instead of answering 500
    client.force_login(root)
    return client


@pytest.mark.parametrize("snippet", ["portal/alertbanner", "news/newscategory", "memberships/partnercity"])
def test_a_snippet_chooser_without_a_creation_form_answers_404_to_a_post(admin, snippet):
    assert admin.post(f"/admin/snippets/choose/{snippet}/create/", {}).status_code == 404
    assert admin.get(f"/admin/snippets/choose/{snippet}/").status_code == 200  # the chooser itself still works


def test_confirming_a_redirect_import_without_its_signed_fields_is_a_bad_request(admin):
    assert admin.post("/admin/redirects/import/process/", {}).status_code == 400
    tampered = {"import_file_name": "x", "input_format": "0"}
    assert admin.post("/admin/redirects/import/process/", tampered).status_code == 400


def test_a_document_from_an_earlier_upload_is_created_with_its_file(admin, root):
    upload = UploadedFile.objects.create(
        file=ContentFile(b"Sprawozdanie", name="sprawozdanie.txt"),
        for_content_type=ContentType.objects.get_for_model(get_document_model()),
        uploaded_by_user=root,
    )
    prefix = f"uploaded-document-{upload.pk}"
    response = admin.post(
        f"/admin/documents/multiple/create_from_uploaded_document/{upload.pk}/",
        {f"{prefix}-title": "Sprawozdanie", f"{prefix}-collection": "1"},
    )
    assert response.status_code == 200 and response.json()["success"], response.content[:500]
    document = get_document_model().objects.get(title="Sprawozdanie")
    assert document.file.name.endswith(".txt") and document.file.read() == b"Sprawozdanie"


def test_a_document_from_an_upload_with_a_forbidden_extension_is_a_form_error(admin, root):
    upload = UploadedFile.objects.create(
        file=ContentFile(b"MZ", name="program.exe"),
        for_content_type=ContentType.objects.get_for_model(get_document_model()),
        uploaded_by_user=root,
    )
    prefix = f"uploaded-document-{upload.pk}"
    response = admin.post(
        f"/admin/documents/multiple/create_from_uploaded_document/{upload.pk}/",
        {f"{prefix}-title": "Program", f"{prefix}-collection": "1"},
    )
    assert response.status_code == 200 and not response.json()["success"]
    assert not get_document_model().objects.filter(title="Program").exists()


def test_deleting_a_locale_in_use_by_the_delete_method_keeps_it(admin):
    german = Locale.objects.get(language_code="de")
    response = admin.delete(f"/admin/locales/delete/{german.pk}/")
    assert response.status_code == 200
    assert Locale.objects.filter(pk=german.pk).exists()


def test_deleting_an_unused_locale_by_the_delete_method_deletes_it(admin):
    unused = Locale.objects.create(language_code="fr")
    response = admin.delete(f"/admin/locales/delete/{unused.pk}/")
    assert response.status_code == 302
    assert not Locale.objects.filter(pk=unused.pk).exists()


@pytest.fixture
def image_without_file():
    image = picture("Lost picture")
    image.file.storage.delete(image.file.name)
    return image


@pytest.mark.parametrize("filter_spec", ["original", "fill-80x80"])
def test_previewing_an_image_whose_file_is_gone_answers_404(admin, image_without_file, filter_spec):
    assert admin.get(f"/admin/images/{image_without_file.pk}/preview/{filter_spec}/").status_code == 404


def test_choosing_an_image_whose_file_is_gone_answers_404(admin, image_without_file):
    assert admin.get(f"/admin/images/chooser/chosen/{image_without_file.pk}/").status_code == 404


def test_saving_an_image_whose_file_is_gone_answers_404(admin, image_without_file):
    url = f"/admin/images/{image_without_file.pk}/"
    assert admin.get(url).status_code == 200  # Wagtail's form, saying the file could not be found
    response = admin.post(url, {"title": "Lost picture", "collection": "1"})
    assert response.status_code == 404
