"""Middleware of the portal's own (caching middleware lives in portal.caching)."""

from django.middleware.locale import LocaleMiddleware

# Endpoints outside the language prefixes: their 404s are final, not a hint to add /pl/.
LANGUAGE_NEUTRAL_PREFIXES = ("/api/", "/admin/", "/documents/", "/static/", "/media/")


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that language-neutral endpoints are never redirected
    to a language prefix (an unknown API id is a 404 in JSON, not a Polish HTML page)."""

    def process_response(self, request, response):
        if request.path.startswith(LANGUAGE_NEUTRAL_PREFIXES):
            return response
        return super().process_response(request, response)
