"""One base URL: absolute links come from PORTAL_BASE_URL, and a foreign Host port is refused."""

import json
import re

import pytest

from django.core.management import call_command
from django.test import RequestFactory

from wagtail.models import Site

from portal.serving.hosts import CanonicalHostMiddleware, base_url_parts
from tests.news.builders import article, picture

pytestmark = pytest.mark.django_db

BASE_URL = "https://www.krakow.example"


@pytest.fixture
def production_address(settings):
    """The base URL of a deployment, and the site moved to it as `sync_site` does at start-up."""
    settings.PORTAL_BASE_URL = BASE_URL
    settings.WAGTAILADMIN_BASE_URL = BASE_URL  # derived from PORTAL_BASE_URL, as in production
    settings.ALLOWED_HOSTS = ["www.krakow.example"]
    call_command("sync_site", verbosity=0)
    return BASE_URL


def secure_get(client, path, host="www.krakow.example"):
    return client.get(path, HTTP_HOST=host, HTTP_X_FORWARDED_PROTO="https", secure=True)


def test_sync_site_points_the_default_site_at_the_base_url_once(settings, capsys):
    settings.PORTAL_BASE_URL = "http://portal.example.org:8080"
    call_command("sync_site")
    call_command("sync_site")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("portal.example.org", 8080, "http://portal.example.org:8080")
    assert "already answers" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://WWW.Krakow.Example.", ("https", "www.krakow.example", 443, "www.krakow.example")),
        ("http://127.0.0.1:8000", ("http", "127.0.0.1", 8000, "127.0.0.1:8000")),
        ("http://[::1]:8000", ("http", "::1", 8000, "[::1]:8000")),
    ],
)
def test_base_url_parts_are_normalised(base_url, expected):
    assert base_url_parts(base_url) == expected


@pytest.mark.parametrize("host", ["www.krakow.example:6666", "www.krakow.example:80", "evil.example"])
def test_a_host_with_a_foreign_port_or_name_is_refused(client, production_address, host):
    assert secure_get(client, "/pl/", host=host).status_code == 400
    assert secure_get(client, "/sitemap.xml", host=host).status_code == 400


@pytest.mark.parametrize("host", ["WWW.KRAKOW.EXAMPLE", "www.krakow.example.", "www.krakow.example:443"])
def test_every_spelling_of_the_host_builds_the_same_absolute_urls_and_cache_keys(settings, host):
    settings.PORTAL_BASE_URL = BASE_URL
    settings.ALLOWED_HOSTS = ["www.krakow.example"]
    seen = {}

    def view(request):
        seen.update(uri=request.build_absolute_uri(), host=request.get_host(), port=request.get_port())

    request = RequestFactory().get("/pl/", HTTP_HOST=host, HTTP_X_FORWARDED_PROTO="https", secure=True)
    CanonicalHostMiddleware(view)(request)
    assert seen == {"uri": "https://www.krakow.example/pl/", "host": "www.krakow.example", "port": "443"}


def test_health_probes_answer_whatever_host_the_load_balancer_uses(client, production_address):
    assert client.get("/healthz/live", HTTP_HOST="10.0.0.7:8001").status_code == 200


def test_article_links_come_from_the_base_url_not_the_request(client, production_address):
    story = article("Base story", hero_image=picture(), hero_alt="The market square")
    html = secure_get(client, story.url, host="www.krakow.example.").content.decode()
    expected = f"{BASE_URL}{story.url}"
    assert f'<link rel="canonical" href="{expected}">' in html
    assert f'<meta property="og:url" content="{expected}">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["url"] == expected
    assert data["image"][0].startswith(f"{BASE_URL}/media/images/")
    assert "localhost" not in html
    assert "testserver" not in html


def test_api_sitemap_robots_and_feeds_use_the_base_url(client, production_address):
    story = article("Feed story")
    api = secure_get(client, f"/api/v2/pages/{story.pk}/").json()
    assert api["meta"]["html_url"] == f"{BASE_URL}{story.url}"
    assert f"Sitemap: {BASE_URL}/sitemap.xml" in secure_get(client, "/robots.txt").content.decode()
    feed = secure_get(client, "/en/news/feed/rss/", host="WWW.KRAKOW.EXAMPLE").content.decode()
    assert f"{BASE_URL}{story.url}" in feed


def test_password_reset_mail_links_the_base_url(client, production_address, mailoutbox, django_user_model):
    django_user_model.objects.create_user("resetter", "resetter@krakow.example", "a-long-password-123")
    response = client.post(
        "/admin/password_reset/",
        {"email": "resetter@krakow.example"},
        HTTP_HOST="www.krakow.example",
        HTTP_X_FORWARDED_PROTO="https",
        secure=True,
    )
    assert response.status_code == 302
    assert f"{BASE_URL}/admin/password_reset/confirm/" in mailoutbox[0].body
