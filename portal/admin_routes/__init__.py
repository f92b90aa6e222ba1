"""Admin views that take over a Wagtail route whose own view answers 500 to some requests.

Each module replaces one route's view, keeping Wagtail's view for every request it handles
well; `urls()` mounts them ahead of Wagtail's own admin URLs (see portal.wagtail_hooks).
"""

from django.urls import path

from .document_upload import create_document_from_upload
from .locale_delete import locale_delete
from .missing_image import image_chosen, image_edit, image_preview
from .redirect_import import process_redirect_import
from .snippet_chooser import snippet_chooser_create


def urls():
    return [
        path("snippets/choose/<slug:app_label>/<slug:model_name>/create/", snippet_chooser_create),
        path("redirects/import/process/", process_redirect_import),
        path(
            "documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/",
            create_document_from_upload,
        ),
        path("locales/delete/<str:pk>/", locale_delete),
        path("images/<int:image_id>/", image_edit),
        path("images/<int:image_id>/preview/<str:filter_spec>/", image_preview),
        path("images/chooser/chosen/<str:pk>/", image_chosen),
    ]
