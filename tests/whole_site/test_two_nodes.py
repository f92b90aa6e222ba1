"""Two app nodes sharing PostgreSQL and Redis: what one publishes, the other serves at once."""

import re
import tempfile
import urllib.parse
import urllib.request

import pytest
import redis

from django.contrib.auth.hashers import PBKDF2PasswordHasher

from wagtail.test.utils.form_data import nested_form_data, streamfield

from portal.models import StandardPage
from tests.builders import add_page, home
from tests.editors import current_code, enrolled_app, user_in
from tools.bench.throughput import database_url
from tools.servers.portal_server import PortalServer, manage, production_environment

REDIS_URL = "redis://127.0.0.1:6379/14"
PASSWORD = "not-a-real-password-123"  # the one tests/editors.py gives everybody

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class Browser:
    """Just enough of a browser for the admin: cookies (the Secure flag ignored on loopback) and forms."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = {}

    def request(self, path, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base_url + path, data=body)  # noqa: S310 - loopback only
        request.add_header("Cookie", "; ".join(f"{name}={value}" for name, value in self.cookies.items()))
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            response = opener.open(request, timeout=15)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        return response.status, response.read().decode()

    def csrf_token(self, path):
        _status, html = self.request(path)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_a_change_published_through_node_a_is_served_by_node_b_on_the_next_request():
    redis.Redis.from_url(REDIS_URL).flushdb()
    page = add_page(home("pl"), StandardPage, title="Stary tytuł", slug="wspolna-strona")
    moderator = user_in("Moderators", "moderator-a")
    # The nodes run the production password hasher, not the fast one of the test settings.
    moderator.password = PBKDF2PasswordHasher().encode(PASSWORD, "two-nodes-salt")
    moderator.save()
    device = enrolled_app(moderator)
    with tempfile.TemporaryDirectory(prefix="portal-two-nodes-") as workdir:
        environment = production_environment(workdir, database_url(), REDIS_URL)
        manage(environment, "collectstatic", "--noinput", "--verbosity=0")
        with (
            PortalServer(workdir, environment, port=58101) as node_a,
            PortalServer(workdir, environment, port=58102) as node_b,
        ):
            node_a.start()
            node_b.start()
            reader = Browser(node_b.base_url)
            assert "Stary tytuł" in reader.request("/pl/wspolna-strona/")[1]
            assert "Stary tytuł" in reader.request("/pl/wspolna-strona/")[1]  # now in the shared cache

            editor = Browser(node_a.base_url)
            token = editor.csrf_token("/admin/login/")
            status, _html = editor.request(
                "/admin/login/",
                {"username": "moderator-a", "password": PASSWORD, "csrfmiddlewaretoken": token},
            )
            assert status == 302
            # Moderators sign in with a second factor: the code the authenticator app shows.
            token = editor.csrf_token("/admin/two-factor/")
            status, _html = editor.request(
                "/admin/two-factor/", {"code": current_code(device), "csrfmiddlewaretoken": token}
            )
            assert status == 302
            edit_path = f"/admin/pages/{page.pk}/edit/"
            form = nested_form_data({"title": "Nowy tytuł", "slug": page.slug, "intro": "", "body": streamfield([])})
            form.update({"csrfmiddlewaretoken": editor.csrf_token(edit_path), "action-publish": "publish"})
            assert editor.request(edit_path, form)[0] == 302

            status, html = reader.request("/pl/wspolna-strona/")
            assert status == 200
            assert "Nowy tytuł" in html
            assert "Stary tytuł" not in html
    redis.Redis.from_url(REDIS_URL).flushdb()
