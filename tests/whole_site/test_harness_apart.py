"""Production loads none of the benchmark and drill harness; the bench's own settings do.

Each settings module is loaded in a process of its own, as gunicorn would load it: the apps,
every app's Wagtail hooks, the WSGI application (middleware) and every URL pattern.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENVIRONMENT = {
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "PORTAL_BASE_URL": "https://www.krakow.example",
    # Never connected to: loading settings, apps and URLs asks no database.
    "DATABASE_URL": "postgres://portal@db.internal:5432/portal",
}

PROBE = """
import json, sys
import django
django.setup()
from django.conf import settings
from django.core.management import get_commands
from django.urls import Resolver404, get_resolver, resolve
from wagtail import hooks
from portal.wsgi import application

hooks.search_for_hooks()

def views(patterns):
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            yield from views(pattern.url_patterns)
        else:
            yield f"{pattern.callback.__module__}.{pattern.callback.__name__}"

try:
    resolve("/bench/ceiling/")
    ceiling = True
except Resolver404:
    ceiling = False
print(json.dumps({
    "apps": list(settings.INSTALLED_APPS),
    "views": sorted(set(views(get_resolver().url_patterns))),
    "ceiling": ceiling,
    "commands": sorted(get_commands()),
    "modules": sorted(sys.modules),
}))
"""


def load(settings_module):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    environment.update(ENVIRONMENT, DJANGO_SETTINGS_MODULE=settings_module)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def is_harness(name):
    return name == "tools" or name.startswith("tools.")


@pytest.fixture(scope="module")
def production():
    return load("portal.settings.production")


def test_production_installs_no_harness_app(production):
    assert [app for app in production["apps"] if is_harness(app)] == []


def test_production_imports_no_harness_module(production):
    assert "portal.urls" in production["modules"]  # the probe did load the URLconf
    assert [module for module in production["modules"] if is_harness(module)] == []


def test_production_serves_no_ceiling_view_and_no_harness_view(production):
    assert production["ceiling"] is False
    assert "portal.views.health.live" in production["views"]
    assert [view for view in production["views"] if is_harness(view)] == []


def test_production_has_no_benchmark_commands(production):
    assert "migrate" in production["commands"]
    assert {"bench", "bench_editor"} & set(production["commands"]) == set()


def test_the_bench_server_adds_the_ceiling_view_and_the_editor_command():
    served = load("tools.bench.server_settings")
    assert served["ceiling"] is True
    assert "tools.bench.ceiling.ceiling" in served["views"]
    assert {"bench", "bench_editor"} <= set(served["commands"])
    # Everything else is production's.
    production_apps = load("portal.settings.production")["apps"]
    assert served["apps"] == [*production_apps, "tools.bench"]


def test_no_benchmark_or_drill_module_lives_in_an_app():
    # Only the bench's settings module (portal/settings/bench.py) names the bench inside an app.
    found = [
        str(path.relative_to(ROOT))
        for app in ("portal", "news", "memberships", "events", "subscriptions")
        for path in (ROOT / app).rglob("*.py")
        if path.stem in {"bench", "benchmarking", "throughput", "faults", "drills"} and path.parent.name != "settings"
    ]
    assert found == []
