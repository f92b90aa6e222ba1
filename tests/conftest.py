import pytest

from django.core.cache import cache
from django.test.client import ClientMixin

from tests.demo_content import loaded_once
from tests.editors import signed_in_with_both_factors
from tests.figures import show_figures
from tests.parallel import pytest_itemcollected  # noqa: F401 (a hook: marks transactional tests)
from tests.smtp_server import LoopbackSMTPServer


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


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The whole demo content, loaded once for a module whose every test reads it, inside a
    transaction rolled back after the module; each test's own changes roll back after it."""
    with loaded_once(django_db_blocker, "load_demo_content"):
        yield


@pytest.fixture(scope="class")
def class_demo(django_db_setup, django_db_blocker):
    """The whole demo content, loaded once for a class of tests and gone again after it: for a
    module whose other tests need a database without it."""
    with loaded_once(django_db_blocker, "load_demo_content"):
        yield


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on loopback (aiosmtpd) that the portal's smtp backend delivers to;
    `smtp_server.messages` are the received messages, parsed (email.message.EmailMessage)."""
    server = LoopbackSMTPServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = server.host, server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield server
    server.stop()
