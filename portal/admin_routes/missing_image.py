"""An image whose file is gone from storage answers 404 in the admin, not 500.

Wagtail's image edit form, preview and chooser read the source file and let the error out;
the record alone is of no use to them, so "not found" is the honest answer.
"""

from functools import wraps

from django.http import Http404

from wagtail.images.models import SourceImageIOError
from wagtail.images.views.chooser import viewset as chooser_viewset
from wagtail.images.views.images import EditView, preview


def _missing_file_is_404(view):
    @wraps(view)
    def answer(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()  # template responses read the file while rendering
            return response
        except (SourceImageIOError, FileNotFoundError) as missing:
            raise Http404 from missing

    return answer


image_preview = _missing_file_is_404(preview)
image_chosen = _missing_file_is_404(lambda request, pk: chooser_viewset.chosen_view(request, pk=pk))
image_edit = _missing_file_is_404(EditView.as_view())
