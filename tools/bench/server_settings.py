"""What the bench serves under gunicorn: the production settings, plus the ceiling view's URL
and the benchmark's commands (the editor the editors-at-work scenarios start)."""

from portal.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "tools.bench"]  # noqa: F405
ROOT_URLCONF = "tools.bench.urls"
