"""Production: refuses to start without its secrets, base URL and database; strict transport."""

import os

from django.core.exceptions import ImproperlyConfigured

from ..serving.hosts import base_url_parts
from .base import *  # noqa: F403

for required in ("DJANGO_SECRET_KEY", "PORTAL_BASE_URL", "DATABASE_URL"):
    if not os.environ.get(required):
        raise ImproperlyConfigured(f"{required} must be set for production settings.")

# Only the base URL's host name unless more names (aliases) are listed; a Host with another
# port, or a name not listed, is refused (portal.serving.hosts).
_base_scheme, _base_hostname, _base_port, _base_netloc = base_url_parts(PORTAL_BASE_URL)  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or [_base_hostname]  # noqa: F405
if _base_hostname not in ALLOWED_HOSTS:
    raise ImproperlyConfigured(f"DJANGO_ALLOWED_HOSTS must include {_base_hostname}, the host of PORTAL_BASE_URL.")

# HTTPS only: the reverse proxy terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
# Load balancers and container engines probe a node by its address over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz(/|$)"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# A plain-HTTP base URL (`make serve` on loopback) cannot carry secure-only cookies.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = _base_scheme == "https"
CSRF_COOKIE_HTTPONLY = True
CSRF_TRUSTED_ORIGINS = [PORTAL_BASE_URL]  # noqa: F405
X_FRAME_OPTIONS = "DENY"

# nginx sends documents from disk (X-Accel-Redirect) once Wagtail's view has checked privacy;
# gunicorn alone streams them itself.
if os.environ.get("DOCUMENTS_X_ACCEL_REDIRECT", "").lower() == "true":
    SENDFILE_BACKEND = "portal.serving.sendfile_nginx"
    SENDFILE_ROOT = str(MEDIA_ROOT)  # noqa: F405
    SENDFILE_URL = "/internal-media"

# JSON lines for the log collector; errors by e-mail to ADMINS and, when configured, to Sentry.
LOGGING["handlers"]["console"]["formatter"] = os.environ.get("LOG_FORMAT", "json")  # noqa: F405
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405
if os.environ.get("SENTRY_DSN"):
    import sentry_sdk

    sentry_sdk.init(
        dsn=os.environ["SENTRY_DSN"],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
