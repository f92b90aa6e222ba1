"""`make run`: the portal as residents get it (no debug pages), on one machine with no services.

SQLite and the file cache from base; static files straight from the apps (no collectstatic)
and images from MEDIA_ROOT through the application. A secret key is generated once into
var/secret-key, so sessions survive restarts without a secret in the repository.
"""

import os
import secrets

from ..serving.hosts import base_url_parts
from .base import *  # noqa: F403

(BASE_DIR / "var").mkdir(exist_ok=True)  # noqa: F405


def _local_secret_key(path):
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or _local_secret_key(BASE_DIR / "var" / "secret-key")  # noqa: F405

# The address printed by `make run`; links, feeds and the sitemap use it whatever the Host.
PORTAL_BASE_URL = PORTAL_BASE_URL or "http://127.0.0.1:8000"  # noqa: F405
WAGTAILADMIN_BASE_URL = PORTAL_BASE_URL
ALLOWED_HOSTS = ALLOWED_HOSTS or [base_url_parts(PORTAL_BASE_URL)[1], "127.0.0.1", "localhost", "[::1]"]  # noqa: F405
CSRF_TRUSTED_ORIGINS = [PORTAL_BASE_URL]

# No collectstatic step: WhiteNoise finds the files in the apps, as in development.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - WhiteNoise warns at start-up when it is missing
WHITENOISE_USE_FINDERS = True
