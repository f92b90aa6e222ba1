"""The public pages the audits visit, found in the demo content by page type.

Page types are looked up by name (`apps.get_model`), and the news listing's category and archive
views are found from the links the listing itself shows, so the audits pick up the newsroom,
the partnerships registry and search as soon as they exist. A kind that does not exist yet is
reported by `Missing` with the reason, which the tests turn into a skip.
"""

import gc
import re
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urljoin

import pytest
from pytest_django.live_server_helper import LiveServer

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client
from django.urls import Resolver404, resolve
from django.utils import translation

from wagtail.views import serve as wagtail_serve

from portal.pages.queries import public

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class Missing(Exception):  # noqa: N818 - reads as "the page kind is missing"
    """The page kind does not exist yet; the message names what is missing."""


@dataclass(frozen=True)
class Kind:
    """One kind of public page and how to find an example of it in a language."""

    name: str
    find: object  # callable(language) -> list of paths; raises Missing
    main: bool = False  # one of the main pages: screenshots and Lighthouse
    languages: tuple = ()  # the languages the demo has it in, when not every one
    screenshot: bool = False  # photographed too, without a Lighthouse run

    def paths(self, language):
        return self.find(language)


def _pages_of_type(label, language, order=("path",), limit=1):
    try:
        model = apps.get_model(label)
    except LookupError as error:
        raise Missing(f"the page type {label} does not exist yet") from error
    pages = public(model.objects.filter(locale__language_code=language)).order_by(*order)[:limit]
    paths = [page.url for page in pages]
    if not paths:
        raise Missing(f"the demo content has no live {label} page in {language}")
    return paths


def _by_type(label, order=("path",), limit=1):
    return lambda language: _pages_of_type(label, language, order, limit)


def _html(path):
    response = Client(headers={"host": "localhost"}).get(path)
    assert response.status_code == 200, f"{path} answered {response.status_code}"
    return response.content.decode()


def _listing_route(route):
    """Paths of a news listing's sub-view (e.g. "category/") linked from the listing itself."""

    def find(language):
        listing = _pages_of_type("news.NewsIndexPage", language)[0]
        links = re.findall(r'href="([^"#?]+)"', _html(listing))
        prefix = urljoin(listing, route)
        # Feeds live under the same prefix; a listing view is an HTML page.
        views = sorted({link for link in links if link.startswith(prefix) and "/feed/" not in link})
        if not views:
            raise Missing(f"the news listing {listing} links to no {route} view yet")
        return views[:1]

    return find


def _eurocities(language):
    """The relation the portal was made for: Eurocities, with its history, facts and news."""
    paths = [path for path in _pages_of_type("memberships.RelationPage", language, limit=50) if "/eurocities/" in path]
    if not paths:
        raise Missing(f"the demo content has no Eurocities relation page in {language}")
    return paths


def _search(language):
    path = f"/{language}/search/"
    try:
        with translation.override(language):  # i18n_patterns match the active language's prefix only
            match = resolve(path)
    except Resolver404:
        match = None
    if match is None or match.func is wagtail_serve:
        raise Missing(f"no search route at {path} yet (the search issue adds /<lang>/search/)")
    return [f"{path}?q=Eurocities", f"{path}?q=Krakow"]


def _not_found(language):
    return [f"/{language}/no-such-page-{uuid.uuid4().hex[:8]}/"]


KINDS = [
    Kind("home", _by_type("portal.HomePage"), main=True),
    Kind("news_listing", _by_type("news.NewsIndexPage"), main=True),
    Kind("article", _by_type("news.NewsArticlePage", order=("-first_published_at", "-pk")), main=True),
    Kind("category", _listing_route("category/")),
    Kind("archive", _listing_route("archive/")),
    Kind("partnerships_directory", _by_type("memberships.RelationIndexPage"), main=True),
    Kind("relation", _by_type("memberships.RelationPage", limit=2)),
    Kind("events_listing", _by_type("events.EventIndexPage")),
    Kind("event", _by_type("events.EventPage", order=("-first_published_at", "-pk"))),
    Kind("eurocities", _eurocities, screenshot=True),
    Kind("search_results", _search),
    Kind("not_found", _not_found),
    Kind("accessibility_statement", _by_type("portal.AccessibilityStatementPage"), main=True),
    Kind("legal_page", _by_type("portal.StandardPage", limit=3)),
    Kind("easy_read", _by_type("accessibility.EasyReadPage"), main=True),
    # Polish sign language: the English and German demo sites have none, and no link to one.
    Kind("sign_language", _by_type("accessibility.SignLanguagePage"), main=True, languages=("pl",)),
]
# The audits visit each kind once; a kind only photographed is audited under its own kind already
# (Eurocities is the first relation page).
KIND_NAMES = [kind.name for kind in KINDS if not kind.screenshot]


def kind(name):
    return next(k for k in KINDS if k.name == name)


def languages_of(page_kind):
    return page_kind.languages or LANGUAGES


def paths_in_every_language(name):
    """(language, path) pairs of one kind; raises Missing when it has none in one of its languages."""
    page_kind = kind(name)
    return [(language, path) for language in languages_of(page_kind) for path in page_kind.paths(language)]


# For the modules that use `served_demo_content`: the mark makes pytest-django create the test
# database and keep a snapshot of its migrated state, which the module restores when it is done.
AUDIT_DB = pytest.mark.django_db(serialized_rollback=True)


@contextmanager
def served_demo_content(django_db_blocker):
    """The demo content, committed once for a whole test module, and a live server showing it.

    Per-test transactional databases would reload the demo and flush dozens of tables for every
    test; an audit module only reads, so it loads once, and leaves the migrated state behind.
    """
    name = connections["default"].settings_dict["NAME"]
    assert name.startswith("test"), f"refusing to load the demo into {name}: mark the tests with AUDIT_DB"
    with django_db_blocker.unblock():
        ensure_migrated_state()
        call_command("load_demo_content", verbosity=0)
        server = LiveServer("localhost")
        try:
            yield server
        finally:
            server.stop()
            _reset_to_migrated_state()


def _reset_to_migrated_state():
    """Empty the tables and bring back the migrated rows, leaving the database as a fresh one."""
    # Cached content types keep the deserialized pages from creating new ones with other ids.
    for model in apps.get_models():
        ContentType.objects.get_for_model(model, for_concrete_model=False)
    for connection in connections.all():
        snapshot = _migrated_snapshot(connection.alias)
        assert snapshot, "no snapshot of the migrated database: mark the tests with AUDIT_DB"
        # As TransactionTestCase does: sequences keep counting past the restored rows.
        call_command(
            "flush",
            verbosity=0,
            interactive=False,
            database=connection.alias,
            reset_sequences=False,
            inhibit_post_migrate=True,
        )
        connection.creation.deserialize_db_from_string(snapshot)
        connection.close()  # the test database can only be dropped once every session has left
    # The cache now names the content types the flush removed; the restored rows have the
    # snapshot's ids, so look them up afresh.
    ContentType.objects.clear_cache()


def ensure_migrated_state():
    """After a transactional test the tables are empty, or hold only what a flush re-created:
    bring back the migrated rows, as its successor would."""
    from wagtail.models import Locale

    if not Locale.objects.exists():
        _reset_to_migrated_state()


def _migrated_snapshot(alias):
    """The rows pytest-django serialized after migrating (`serialized_rollback`).

    They hang on the connection object that existed then; Playwright's sync API later runs the
    tests in a context of its own, where Django hands out fresh connection objects, so look for
    the original among the live ones.
    """
    wrappers = [connections[alias]] + [
        thing for thing in gc.get_objects() if issubclass(type(thing), BaseDatabaseWrapper) and thing.alias == alias
    ]
    return next((w._test_serialized_contents for w in wrappers if getattr(w, "_test_serialized_contents", None)), None)
