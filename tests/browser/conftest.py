"""Browser tests: the system Chromium driven by Playwright against the live test server."""

import os

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Chromium's own background traffic has nowhere to go on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab that records console errors and uncaught exceptions."""
    context = browser.new_context(locale="pl-PL")
    tab = context.new_page()
    tab.console_errors = []
    tab.on("console", lambda message: message.type == "error" and tab.console_errors.append(message.text))
    tab.on("pageerror", lambda error: tab.console_errors.append(str(error)))
    yield tab
    context.close()


@pytest.fixture
def tabs(browser):
    """Opens a tab per person, closed when the test ends; `tabs("pl-PL")` for a reader whose
    browser prefers Polish."""
    from .admin_ui import open_tab

    opened = []

    def open_one(locale="en-GB"):
        tab = open_tab(browser, locale=locale)
        opened.append(tab)
        return tab

    yield open_one
    for tab in opened:
        tab.context.close()


@pytest.fixture(autouse=True)
def _migrated_rows(request):
    """Transactional journeys start from the migrated rows (home pages, locales, groups).

    pytest-django restores them from its snapshot on the connection it made; once Playwright's
    event loop runs, Django hands tests fresh connection objects without that snapshot, so after
    the first journey flushed the tables the next would start empty. Restore them here instead.
    """
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    from .public_pages import ensure_migrated_state

    ensure_migrated_state()
