import pytest

from django.core.cache import cache
from django.test.client import ClientMixin

from .editors import signed_in_with_both_factors
from .figures import show_figures
from .parallel import pytest_itemcollected  # noqa: F401 (a hook: marks transactional tests)


def pytest_terminal_summary(terminalreporter):
    show_figures(terminalreporter)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached navigation and translations must not leak from one test's pages to another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _force_login_signs_in_fully(monkeypatch):
    """`client.force_login(user)` stands for a completed sign-in, second factor included.

    Tests of the unverified state use `tests.editors.password_only_login` or the login form.
    """
    monkeypatch.setattr(ClientMixin, "force_login", signed_in_with_both_factors)


@pytest.fixture
def uncached_pages(settings):
    """Pages built on every request, not served from the whole-page cache in front of them."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def client(client):
    """The test client on the host the portal's site is configured for."""
    client.defaults["HTTP_HOST"] = "localhost"
    return client
