"""The content API answers hostile parameters with a 400 in JSON, never a 500."""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from portal.models import StandardPage
from tests.builders import add_page, home

pytestmark = pytest.mark.django_db


def test_documents_can_be_searched(client):
    get_document_model().objects.create(title="Development plan", file=ContentFile(b"x", name="plan.txt"))
    response = client.get("/api/v2/documents/?search=plan")
    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == ["Development plan"]


def test_searching_documents_leaves_out_restricted_collections(client):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Council only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    get_document_model().objects.create(title="Public plan", file=ContentFile(b"x", name="a.txt"))
    get_document_model().objects.create(title="Secret plan", collection=private, file=ContentFile(b"x", name="b.txt"))
    response = client.get("/api/v2/documents/?search=plan")
    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == ["Public plan"]


@pytest.mark.parametrize(
    "query",
    [
        "search=%00",
        "search=euro%00cities",
        "search=a&search_operator=xor",
        "offset=100000000000000000000",
        "limit=100000000000000000000",
        "offset=-1",
        "child_of=100000000000000000000",
        "descendant_of=100000000000000000000",
        "id=100000000000000000000",
        "translation_of=100000000000000000000",
    ],
)
@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_hostile_parameters_get_a_client_error_in_json(client, endpoint, query):
    response = client.get(f"/api/v2/{endpoint}/?{query}")
    assert response.status_code in (200, 400), response.content[:300]
    assert response["Content-Type"] == "application/json"
    if response.status_code == 400:
        assert response.json()["message"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/pages/find/?id=abc",
        "/api/v2/images/find/?id=abc",
        "/api/v2/documents/find/?id=1.5",
        "/api/v2/pages/?first_published_at=abc",
        "/api/v2/pages/?fields=" + "title(" * 50 + ")" * 50,
    ],
)
def test_values_of_the_wrong_shape_get_a_client_error_in_json(client, path):
    response = client.get(path)
    assert response.status_code == 400, response.content[:300]
    assert response.json()["message"]


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_a_search_of_two_hundred_words_is_answered_quickly(client, endpoint):
    add_page(home("en"), StandardPage, title="Wawel castle")
    words = "+".join(f"word{number}" for number in range(200))
    response = client.get(f"/api/v2/{endpoint}/?search={words}")
    assert response.status_code in (200, 400)
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    ("accept_language", "message"),
    [
        ("pl", "search_operator musi mieć wartość „and” lub „or”."),
        ("de", "search_operator muss „and“ oder „or“ sein."),
        ("en", "search_operator must be “and” or “or”."),
    ],
)
def test_a_bad_parameter_is_explained_in_the_readers_language(client, accept_language, message):
    response = client.get("/api/v2/pages/?search=a&search_operator=xor", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 400
    assert response.json()["message"] == message
