"""The read-only content API: live public content only, per language, with stable query counts."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import StandardPage
from tests.builders import add_page, add_translation, home, make_private

pytestmark = pytest.mark.django_db


def titles(response):
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def test_pages_endpoint_lists_only_live_public_pages_of_the_requested_language(client):
    public_page = add_page(home("pl"), StandardPage, title="Publiczna strona")
    add_translation(public_page, "en", title="Public page")
    add_page(home("en"), StandardPage, title="Draft page", publish=False)
    make_private(add_page(home("en"), StandardPage, title="Private page"))

    english = titles(client.get("/api/v2/pages/?type=portal.StandardPage&locale=en"))

    assert english == {"Public page"}


def test_a_draft_or_private_page_cannot_be_fetched_by_id(client):
    draft = add_page(home("en"), StandardPage, title="Draft page", publish=False)
    private = add_page(home("en"), StandardPage, title="Private page")
    make_private(private)
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404


@pytest.mark.parametrize(
    "query",
    ["published_after=2025-13-01", "published_before=yesterday", "type=nope.Nope", "locale=xx", "limit=abc"],
)
def test_bad_filters_get_a_clear_client_error_in_json(client, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code in (400, 404)
    assert response["Content-Type"] == "application/json"


def test_date_filters_select_by_first_publication(client):
    add_page(home("en"), StandardPage, title="Published today")
    assert "Published today" in titles(client.get("/api/v2/pages/?locale=en&published_after=2000-01-01"))
    assert "Published today" not in titles(client.get("/api/v2/pages/?locale=en&published_before=2000-01-01"))


def test_listing_query_count_does_not_grow_with_the_page_size(client):
    for number in range(25):
        add_page(home("en"), StandardPage, title=f"Page number {number}", intro="Text")

    def count_queries(limit):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/api/v2/pages/?type=portal.StandardPage&locale=en&fields=intro&limit={limit}")
        assert len(response.json()["items"]) == limit
        return len(queries)

    client.get("/api/v2/pages/?type=portal.StandardPage&locale=en")  # warm the site lookup
    assert count_queries(20) == count_queries(5)


def test_api_responses_can_be_cached_by_shared_caches(client):
    client.get("/api/v2/pages/?locale=pl")
    response = client.get("/api/v2/pages/?locale=pl")
    assert response["X-Cache"] == "hit"
    assert "public" in response["Cache-Control"]
