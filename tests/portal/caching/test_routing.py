"""Remembered routes: a repeated address costs no tree walk, and no change is ever missed."""

import inspect
import pickle

import pytest

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail import wagtail_hooks
from wagtail.models import Page

from portal.models import StandardPage
from tests.builders import add_page, home, make_private
from tests.editors import user_in
from tests.news.builders import article, moment

# Whole-page caching would hide routing entirely: look at rendering without it.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def page_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries if "wagtailcore_page" in query["sql"]]


def test_the_second_visit_to_an_article_walks_no_part_of_the_page_tree(client):
    story = article("Eurocities admits Kraków")
    client.get("/en/")  # creates the footer settings on first use, which changes the content

    first = page_queries(client, story.url)
    second = page_queries(client, story.url)

    assert first, "the first visit finds the article in the tree"
    assert second == []


def test_an_unpublished_article_is_gone_on_the_next_request(client):
    story = article("Withdrawn story")
    assert client.get(story.url).status_code == 200

    story.unpublish()

    assert client.get(story.url).status_code == 404


def test_a_renamed_page_moves_to_its_new_address_at_once(client):
    page = add_page(home("en"), StandardPage, title="Contact", slug="contact")
    assert client.get("/en/contact/").status_code == 200

    page.slug = "contact-us"
    page.save_revision().publish()

    assert client.get("/en/contact/").status_code == 404
    assert client.get("/en/contact-us/").status_code == 200


def test_a_page_made_private_after_a_visit_is_refused_to_anonymous_readers(client):
    story = article("Internal memo")
    assert client.get(story.url).status_code == 200

    make_private(story)

    refused = client.get(story.url)
    assert refused.status_code == 302
    assert "login/?next=" in refused["Location"]
    client.force_login(user_in("Editors"))
    assert client.get(story.url).status_code == 200


def test_the_view_restriction_remembered_with_a_route_still_applies(client):
    story = article("Members only")
    make_private(story)

    for _visit in range(2):
        assert client.get(story.url).status_code == 302


def test_a_view_of_a_routable_page_is_remembered_with_its_arguments(client):
    story = article("Culture night", date=moment(2025, 10, 15))
    archive_url = story.get_parent().url + "archive/2025/"
    client.get("/en/")  # creates the footer settings on first use, which changes the content

    first = client.get(archive_url)
    second = page_queries(client, archive_url)

    assert "Culture night" in first.content.decode()
    assert second == [], "the second visit found the listing in the tree again"


def test_the_private_wagtail_parts_the_route_cache_relies_on_are_still_there(client):
    """Wagtail's serve view takes a route found in advance from `_wagtail_route_for_request`,
    its restriction check (a `before_serve_page` hook) calls `page.get_view_restrictions()`,
    and a route with its specific page pickles: an upgrade that changes any of them fails here."""
    assert "_wagtail_route_for_request" in inspect.getsource(Page.route_for_request)
    assert "get_view_restrictions()" in inspect.getsource(wagtail_hooks.check_view_restrictions)

    story = article("Pickled route")
    request = RequestFactory().get(story.url, HTTP_HOST="localhost")
    request._wagtail_site = story.get_site()
    with translation.override("en"):
        route = Page.route_for_request(request, story.url.removeprefix("/en/"))
    copy = pickle.loads(pickle.dumps(route))  # noqa: S301 (our own object)
    assert copy.page.pk == story.pk
    assert type(copy.page) is type(story)


def test_a_route_found_in_advance_is_the_one_wagtail_serves(client):
    story = article("Remembered route")
    assert client.get(story.url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(story.url).status_code == 200
    assert not [query for query in queries if "wagtailcore_pageviewrestriction" in query["sql"]]
