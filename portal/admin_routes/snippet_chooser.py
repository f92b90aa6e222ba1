"""A snippet chooser's "create" route answers 404 when the chooser offers no creation form.

Wagtail's chooser mounts `create/` for every snippet but builds a form only when the chooser
names fields to create with; a POST to a chooser without one calls a method on None.
"""

from django.apps import apps
from django.http import Http404


def snippet_chooser_create(request, app_label, model_name):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as missing:
        raise Http404 from missing
    viewset = getattr(getattr(model, "snippet_viewset", None), "chooser_viewset", None)
    if viewset is None:
        raise Http404
    chooser = viewset.create_view.view_initkwargs
    if not (chooser.get("creation_form_class") or chooser.get("form_fields") or chooser.get("exclude_form_fields")):
        raise Http404
    return viewset.create_view(request)
