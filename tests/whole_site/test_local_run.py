"""`make run` (portal.settings.local): the site as residents get it, with no services to install.

The set-up steps `make run` takes run here on a fresh SQLite file, as on a machine with no
database server: a field or migration only PostgreSQL understands fails here first."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs inside `manage.py shell` with the local settings: a few requests, answered as JSON.
PROBE = """
import json
from django.conf import settings
from django.test import Client
from events.models import EventPage
client = Client(HTTP_HOST="127.0.0.1:8000")
missing = client.get("/pl/no-such-page/")
favicon = client.get("/favicon.ico")
icon = client.get(favicon["Location"])
found = client.get("/search/?q=Norymberga", follow=True)
event = EventPage.objects.live().public().filter(locale__language_code="pl").first()
print(json.dumps({
    "debug": settings.DEBUG,
    "cache": settings.CACHES["default"]["BACKEND"],
    "missing": [missing.status_code, missing.content.decode()],
    "favicon": [favicon.status_code, icon.status_code, icon["Content-Type"]],
    "home": client.get("/pl/").status_code,
    "event": [client.get(event.url).status_code, event.event_languages],
    "event_calendar": client.get(event.url + "calendar/").status_code,
    "events_feed": client.get(event.get_parent().url + "calendar/").status_code,
    "search": [found.status_code, "Norymberga" in found.content.decode()],
    "foreign_port": client.get("/pl/", HTTP_HOST="127.0.0.1:6666").status_code,
}))
"""


SET_UP = (["migrate", "--noinput"], ["load_demo_content"], ["ensure_admin"], ["sync_site"])


def test_make_run_sets_up_on_sqlite_and_answers_a_missing_page_with_the_localized_404(tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PORTAL_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.local",
        DATABASE_URL=f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        CACHE_DIR=str(tmp_path / "cache"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    env.pop("REDIS_URL", None)

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
        )

    for step in SET_UP:
        done = manage(*step)
        assert done.returncode == 0, f"{' '.join(step)}: {done.stderr[-3000:]}"
    result = manage("shell", "-c", PROBE)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["debug"] is False
    assert answer["cache"].endswith("SharedFileCache")  # no Redis needed
    status, html = answer["missing"]
    assert status == 404
    assert "Nie znaleziono strony" in html
    assert "URLconf" not in html  # Django's debug page lists the URL patterns
    assert answer["favicon"] == [302, 200, "image/svg+xml"]
    assert answer["home"] == 200
    event_status, languages = answer["event"]
    assert event_status == 200 and isinstance(languages, list)
    assert answer["event_calendar"] == answer["events_feed"] == 200
    assert answer["search"] == [200, True]
    assert answer["foreign_port"] == 400
