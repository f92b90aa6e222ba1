import pytest

from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached navigation and translations must not leak from one test's pages to another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def uncached_pages(settings):
    """Pages built on every request, not served from the whole-page cache in front of them."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def client(client):
    """The test client on the host the portal's site is configured for."""
    client.defaults["HTTP_HOST"] = "localhost"
    return client
