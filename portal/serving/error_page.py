"""The static "temporary problem" page, in the reader's language, with no database behind it."""

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.utils import translation


def error_page(request, status=500):
    """The static "temporary problem" page in the language of the address, with `status`."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        # Rendered without a request so no context processor (and no query) can run.
        body = loader.get_template("500.html").render({"language": language})
    return HttpResponse(body, status=status)
