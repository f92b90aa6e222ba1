"""`make run` (portal.settings.local): the site as residents get it, with no services to install."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent

# Runs inside `manage.py shell` with the local settings: a few requests, answered as JSON.
PROBE = """
import json
from django.conf import settings
from django.test import Client
client = Client(HTTP_HOST="127.0.0.1:8000")
missing = client.get("/pl/no-such-page/")
favicon = client.get("/favicon.ico")
icon = client.get(favicon["Location"])
print(json.dumps({
    "debug": settings.DEBUG,
    "cache": settings.CACHES["default"]["BACKEND"],
    "missing": [missing.status_code, missing.content.decode()],
    "favicon": [favicon.status_code, icon.status_code, icon["Content-Type"]],
    "foreign_port": client.get("/pl/", HTTP_HOST="127.0.0.1:6666").status_code,
}))
"""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_make_run_answers_a_missing_page_with_the_localized_404_not_the_debug_page():
    db = connection.settings_dict
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PORTAL_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.local",
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["debug"] is False
    assert answer["cache"].endswith("SharedFileCache")  # no Redis needed
    status, html = answer["missing"]
    assert status == 404
    assert "Nie znaleziono strony" in html
    assert "URLconf" not in html  # Django's debug page lists the URL patterns
    assert answer["favicon"] == [302, 200, "image/svg+xml"]
    assert answer["foreign_port"] == 400
