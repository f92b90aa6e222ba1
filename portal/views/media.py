"""Public images from MEDIA_ROOT when nothing in front of the application serves them.

nginx serves /media/images/ from disk in the deployment recipe (deploy/nginx); this view
keeps images working when gunicorn runs alone (`make run`, a quick trial) instead of the
404 that Django gives without DEBUG. Only the image folders are public: documents under
/media/documents/ are private by collection and go through Wagtail's view instead.
Django's `static.serve` resolves paths safely inside the root and answers conditional GETs.
"""

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.views.static import serve

# Wagtail's originals and renditions; a changed image gets a new file name.
PUBLIC_FOLDERS = ("images/", "original_images/")
IMAGE_CACHE_SECONDS = 30 * 24 * 60 * 60


@require_safe
def public_media(request, path):
    if not path.startswith(PUBLIC_FOLDERS):
        raise Http404("Not a public media folder.")
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=IMAGE_CACHE_SECONDS)
    response["X-Content-Type-Options"] = "nosniff"
    return response
