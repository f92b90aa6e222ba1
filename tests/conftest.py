import pytest

from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached navigation and translations must not leak from one test's pages to another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client(client):
    """The test client on the host the portal's site is configured for."""
    client.defaults["HTTP_HOST"] = "localhost"
    return client
