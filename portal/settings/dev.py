"""Local development: debug on, a throwaway key, mail to the console."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105 - never used outside a developer's machine
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# Plain storage so runserver picks up edited CSS without collectstatic.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405

# The zero-setup SQLite database and uploads live in the git-ignored var/ folder.
(BASE_DIR / "var").mkdir(exist_ok=True)  # noqa: F405

# Serve static files straight from the apps: no collectstatic step before running.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
