"""Benchmarks: production behaviour (no debug, manifest static files) on a scratch database."""

import os

import dj_database_url

from .base import *  # noqa: F403

# The benchmark's commands (`manage.py bench`); production never installs the harness.
INSTALLED_APPS = [*INSTALLED_APPS, "tools.bench"]  # noqa: F405

SECRET_KEY = "bench-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
DATABASES["default"]["OPTIONS"] = dict(POSTGRES_OPTIONS)  # noqa: F405 - as every node runs it
# The manifest is built by the bench command itself; plain storage keeps it optional.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405

# Render times are measured uncached; the throughput run switches the page cache on itself.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "false").lower() == "true"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - WhiteNoise warns at start-up when it is missing
