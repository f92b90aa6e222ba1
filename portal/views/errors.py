"""The server-error page: static, in the reader's language, with no database behind it."""

from django.conf import settings
from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def server_error(request):
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        # Rendered without a request so no context processor (and no query) can run.
        body = loader.get_template("500.html").render({"language": language})
    return HttpResponseServerError(body)
