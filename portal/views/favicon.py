"""/favicon.ico, which browsers and feed readers ask for whatever the page's <link> says."""

from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe


@require_safe
def favicon(request):
    # Temporary: the static name carries a content hash that changes with the icon.
    response = redirect(static("portal/favicon.svg"))
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response
