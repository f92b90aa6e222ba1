from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import hooks
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from .api.endpoints import api_router
from .editing.link_chooser import external_link_view
from .feedback import views as feedback_views
from .feedback.admin import bulk_action as feedback_bulk_action
from .legal.requests import views as request_views
from .legal.requests.admin import bulk_action as request_bulk_action
from .search.views import search as search_view
from .views import health
from .views.favicon import favicon
from .views.media import public_media
from .views.robots import robots_txt
from .views.sitemap import sitemap_index, sitemap_language

handler500 = "portal.views.errors.server_error"

# Language-neutral endpoints: no prefix, no redirect.
urlpatterns = [
    # Ahead of the admin's own chooser on the same path (see portal.editing.link_chooser).
    path("admin/choose-external-link/", external_link_view),
    # Ahead of the admin's bulk actions: only those who may read page feedback or accessibility
    # requests see them named.
    path("admin/bulk/portal/feedbackanswer/<str:action>/", feedback_bulk_action),
    path("admin/bulk/portal/accessibilityrequest/<str:action>/", request_bulk_action),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    # Load balancers: live keeps a node in rotation, ready says whether its dependencies answer.
    path("healthz", health.ready, name="healthz"),
    path("healthz/live", health.live, name="healthz_live"),
    path("healthz/ready", health.ready, name="healthz_ready"),
    path("favicon.ico", favicon, name="favicon"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<str:language>.xml", sitemap_language, name="sitemap_language"),
]

# Public images when nothing in front serves MEDIA_ROOT; static files come from WhiteNoise.
if settings.PORTAL_SERVE_MEDIA:
    urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", public_media, name="public_media"))

# Every public page lives under /pl/, /en/ or /de/; LocaleMiddleware sends "/" to the
# reader's language by Accept-Language, Polish when nothing matches.
# Apps add their own public views under the language prefix through this hook (a list of URL
# patterns each), so this file names no app.
app_public_urls = [pattern for hook in hooks.get_hooks("register_public_urls") for pattern in hook()]

urlpatterns += i18n_patterns(
    path("search/", search_view, name="portal_search"),
    path("feedback/", feedback_views.submit, name="portal_feedback"),
    path("feedback/thanks/<int:page_id>/", feedback_views.thanks, name="portal_feedback_thanks"),
    path("accessibility-request/", request_views.submit, name="portal_accessibility_request"),
    path("accessibility-request/sent/", request_views.sent, name="portal_accessibility_request_sent"),
    *app_public_urls,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
