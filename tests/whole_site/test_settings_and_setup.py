"""Production settings, the demo-content loader and the admin account bootstrap."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page

from portal.models import FooterSettings

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "PORTAL_BASE_URL": "https://www.krakow.example",
    "DATABASE_URL": "postgres://portal@db.internal:5432/portal",
}


def run_manage(*args, env):
    clean_env = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    clean_env.pop("DJANGO_ALLOWED_HOSTS", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args, "--settings=portal.settings.production"],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_settings_refuse_to_start_without_their_secrets(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_settings_pass_the_deploy_checklist():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.django_db
class TestTheDemoLoader:
    """Tests that start from the demo content, loaded once for them all."""

    def test_demo_content_loads_once_however_often_it_runs(self, class_demo):
        first = Page.objects.count()
        call_command("load_demo_content", verbosity=0)
        assert Page.objects.count() == first
        footer = FooterSettings.objects.get()
        assert footer.accessibility_page is not None
        assert footer.accessibility_page.get_translations().count() == 2

    def test_demo_footer_links_the_legal_pages_in_each_language(self, class_demo, client):
        client.defaults["HTTP_HOST"] = "localhost"
        html = client.get("/de/").content.decode()
        footer = html[html.index("<footer") :]
        assert 'href="/de/impressum/"' in footer
        assert 'href="/de/barrierefreiheit/"' in footer


@pytest.mark.django_db
def test_ensure_admin_creates_one_superuser_with_a_stored_password(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    call_command("ensure_admin", stdout=open(os.devnull, "w"))  # noqa: SIM115
    call_command("ensure_admin", stdout=open(os.devnull, "w"))  # noqa: SIM115
    credentials = (tmp_path / "var" / "admin-credentials.txt").read_text()
    password = credentials.split("password: ")[1].split()[0]
    users = get_user_model().objects.filter(is_superuser=True)
    assert users.count() == 1
    assert users.get().check_password(password)
    assert oct((tmp_path / "var" / "admin-credentials.txt").stat().st_mode)[-3:] == "600"


def test_media_go_to_object_storage_when_a_bucket_is_named():
    env = {**PRODUCTION_ENV, "MEDIA_S3_BUCKET": "krakow-media", "MEDIA_S3_ENDPOINT_URL": "http://127.0.0.1:9000"}
    result = run_manage(
        "shell",
        "-c",
        'from django.core.files.storage import storages; s = storages["default"]; '
        "print(type(s).__name__, s.bucket_name)",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["S3Storage", "krakow-media"]


def test_production_links_and_hosts_follow_the_base_url():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print(s.WAGTAILADMIN_BASE_URL, s.ALLOWED_HOSTS, s.CSRF_TRUSTED_ORIGINS, s.SESSION_COOKIE_SECURE)",
        env=PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == (
        "https://www.krakow.example ['www.krakow.example'] ['https://www.krakow.example'] True"
    )


def test_production_refuses_a_base_url_whose_host_is_not_allowed():
    result = run_manage("check", env={**PRODUCTION_ENV, "DJANGO_ALLOWED_HOSTS": "other.example"})
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must include www.krakow.example" in result.stderr


def test_production_logs_are_json_lines_with_a_request_id():
    result = run_manage(
        "shell",
        "-c",
        "import logging; logging.getLogger('portal.probe').warning('hello operators')",
        env=PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    line = json.loads(next(line for line in result.stderr.splitlines() if "hello operators" in line))
    assert line["message"] == "hello operators"
    assert line["level"] == "WARNING"
    assert "request_id" in line
