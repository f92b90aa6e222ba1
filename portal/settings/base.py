"""Settings shared by every environment: safe by default, relaxed by dev and test."""

import os
from datetime import timedelta
from email.utils import getaddresses
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

PORTAL_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PORTAL_DIR.parent

# Never debug and never a built-in secret: environments opt in explicitly.
DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h.strip()]

INSTALLED_APPS = [
    # Project apps first so their templates override Wagtail's.
    "portal",
    "memberships",
    "news",
    "events",
    "subscriptions",
    "accessibility",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    # Two-factor sign-in: authenticator apps (TOTP) and single-use recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "portal.signin",
    "django_guid",
]

MIDDLEWARE = [
    # A request id on every log line and in the X-Request-ID response header.
    "django_guid.middleware.guid_middleware",
    # Before everything that builds a URL: one spelling of the host (portal.serving.hosts).
    "portal.serving.hosts.CanonicalHostMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.serving.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and everything else: a cached page costs no database query at all.
    "portal.caching.middleware.TagVersionsMiddleware",
    "portal.caching.pages.PageCacheMiddleware",
    "portal.serving.resilience.DatabaseOutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common: the language comes from the URL prefix.
    "portal.languages.middleware.PortalLocaleMiddleware",
    "portal.caching.routes.CachedRoutingMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Right after authentication: no admin view runs for a user still owing a second factor.
    "django_otp.middleware.OTPMiddleware",
    "portal.signin.middleware.SecondFactorMiddleware",
    # No admin URL names a page out of the user's reach (least-privilege roles see no titles).
    "portal.permissions.page_reach.AdminPageReachMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A form posted without its block counts (body-count) is answered 400, not 500.
    "portal.editing.middleware.MalformedFormMiddleware",
    # Last, so it sees the outcome of every login attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# One URL names the database: SQLite for zero-setup runs, PostgreSQL everywhere else.
# Health checks drop dead pooled connections; short timeouts make a dead database fail fast.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'portal.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# JIT compilation pays off for long reports, not for a web page's short queries: a ranking
# query with a high cost estimate spent 80 of its 114 ms compiling.
POSTGRES_OPTIONS = {"connect_timeout": 3, "options": "-c statement_timeout=10000 -c jit=off"}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(POSTGRES_OPTIONS)

# Redis when configured (shared by every app node); otherwise files in var/cache, which every
# process on the machine shares (web workers and the scheduler), so a publication by any of
# them refreshes what all of them serve. Process memory would keep stale copies per process.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Fail soft: with Redis down every request misses and pages come from the database.
    CACHES = {
        "default": {
            "BACKEND": "portal.caching.backends.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            # Tens of milliseconds: a dead Redis must cost little, and the circuit breaker in
            # portal.caching.backends then skips it for a few seconds.
            "OPTIONS": {"socket_connect_timeout": 0.03, "socket_timeout": 0.08},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "portal.caching.backends.SharedFileCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            # Django's default of 300 files would evict pages and parts every few minutes.
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }
# Databases sharing one cache (dev and bench, staging and production on one Redis) must never
# read each other's pages: keys carry the database's name.
CACHES["default"]["KEY_PREFIX"] = str(DATABASES["default"]["NAME"]).replace("/", "_")

# Whole pages for anonymous readers (portal.caching.pages); off to measure uncached rendering.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "true").lower() == "true"

# "Was this page useful?" (portal.feedback): answers per address per window (answers, seconds),
# the least time between rendering the form and sending it, and how long answers are kept.
FEEDBACK_RATE_LIMIT = (5, 10 * 60)
FEEDBACK_MIN_SECONDS = 2
FEEDBACK_RETENTION_MONTHS = 12
# Accessibility requests (portal.legal.requests) follow the same rules, more strictly: each
# one mails the coordinator. Closed requests are kept a year, for a complaint that may follow.
ACCESSIBILITY_REQUEST_RATE_LIMIT = (3, 60 * 60)
ACCESSIBILITY_REQUEST_MIN_SECONDS = 3
ACCESSIBILITY_REQUEST_RETENTION_MONTHS = 12

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Polish is the city's language and the default; every public URL carries its prefix.
LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", "Polski"), ("en", "English"), ("de", "Deutsch")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# ASCII addresses in every language: the admin transliterates titles (ł → l, ß → ss, ä → a), and
# so does the server (portal.languages.slugs).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The project's own strings (`make messages`), then what Wagtail and wagtail-localize lack in
# Polish and German (kept by hand); both come before every app's catalogue.
LOCALE_PATHS = [PORTAL_DIR / "locale", PORTAL_DIR / "wagtail_locale"]
USE_I18N = True
TIME_ZONE = "Europe/Warsaw"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Several app nodes share uploads through S3-compatible object storage when a bucket is named.
# Images and renditions are public URLs (cacheable by a CDN); documents stay private in the
# bucket and are streamed through Wagtail's view, which checks collection privacy.
if os.environ.get("MEDIA_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "custom_domain": os.environ.get("MEDIA_CDN_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }

# Without object storage the app serves public images from MEDIA_ROOT itself
# (portal.views.media), so gunicorn alone shows them; nginx in front serves them from disk first.
PORTAL_SERVE_MEDIA = not os.environ.get("MEDIA_S3_BUCKET")

# Complex page forms exceed Django's default field limit.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

WAGTAIL_SITE_NAME = _("Kraków city portal")
# The public address: every absolute URL (links, feeds, sitemap, e-mails) is built on it, never
# on the request's Host (portal.serving.hosts). Empty: URLs follow the Host, as tests expect.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "").rstrip("/")
WAGTAILADMIN_BASE_URL = PORTAL_BASE_URL or "http://127.0.0.1:8000"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Documents go through Wagtail's view so privacy rules apply; only office formats are accepted,
# and the video and caption files of sign-language recordings (WebM, MP4, WebVTT).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "docx", "xlsx", "csv", "txt", "webm", "mp4", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# Every image carries alt text: the image form makes its description (the default alt) required.
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.editing.image_form.ImageForm"

# A page sent for translation stays a draft until its translator publishes it; wagtail-localize
# would otherwise publish the untranslated copy at once, Polish text under /de/ or /en/.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# With a CDN in front, changed tags are purged (portal.caching.purge) and, as the fallback,
# changed pages by URL in every language (HTTP PURGE to this URL).
CDN_PURGE_URL = os.environ.get("CDN_PURGE_URL", "")
if CDN_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["CDN_PURGE_URL"],
        }
    }
    WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]

# The content API answers in JSON only: no HTML browsing views to maintain.
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# Moderators hear of submissions by e-mail; times in the admin are Kraków's.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_USER_TIME_ZONES = ["Europe/Warsaw", "UTC"]
# No avatars from gravatar.com: the admin would send a hash of every editor's e-mail address to
# a third party on each page view. Editors may upload an avatar in their account instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# A shared page password is a secret nobody can rotate per person: use accounts instead.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}

# Moderators and residents with e-mail alerts get mail; the backend and the SMTP server come
# from the environment, console by default.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL", "false").lower() == "true"
# A hung mail server must not hold the scheduler's round for ever.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))

# An editor's session lasts a working day; closing the browser ends it.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Login throttling (portal.signin.throttling): five failures from one address lock that
# address, ten failures for one account lock that account, each for 15 minutes (HTTP 429).
# A successful login clears only that account's failures from that address, never another's.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_HANDLER = "portal.signin.throttling.AccountAndAddressHandler"
AXES_FAILURE_LIMIT = 5
ACCOUNT_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = False
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_TEMPLATE = "portal/login_locked.html"
AXES_CLIENT_IP_CALLABLE = "portal.serving.security.client_ip"
# How many load balancers append to X-Forwarded-For in front of the app (0: none).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Two-factor sign-in (portal.signin): superusers and these groups must use an authenticator
# app; SECOND_FACTOR_EXTRA_GROUPS (comma-separated, e.g. "Editors,Translators") adds groups.
SECOND_FACTOR_REQUIRED_GROUPS = [
    "Moderators",
    "Accessibility coordinators",
    "Emergency publishers",
    *(name.strip() for name in os.environ.get("SECOND_FACTOR_EXTRA_GROUPS", "").split(",") if name.strip()),
]
OTP_TOTP_ISSUER = "Kraków portal"
# Wrong codes double the wait before the next try (1 s, 2 s, 4 s, ...), per device.
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# Incoming X-Request-ID (nginx's $request_id) is kept when it is a UUID, else a new one is made.
DJANGO_GUID = {"GUID_HEADER_NAME": "X-Request-ID", "VALIDATE_GUID": True, "RETURN_HEADER": True}

# Who hears of server errors by e-mail: ADMINS="Name <a@b.pl>, Other <c@d.pl>".
ADMINS = [(name, address) for name, address in getaddresses([os.environ.get("ADMINS", "")]) if address]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost"))

# Plain text for people at a terminal; JSON lines (LOG_FORMAT=json) for log collectors. The
# request id is on every line either way.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "django_guid.log_filters.CorrelationId", "correlation_id_field": "request_id"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": os.environ.get("LOG_FORMAT", "text"),
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "filters": ["require_debug_false", "request_id"],
            "level": "ERROR",
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.request": {"handlers": ["console", "mail_admins"], "level": "ERROR", "propagate": False}},
}
