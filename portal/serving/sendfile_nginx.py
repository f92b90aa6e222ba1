"""Documents sent by nginx: Wagtail's view checks privacy, nginx sends the bytes.

A `SENDFILE_BACKEND` for `wagtail.utils.sendfile` (Wagtail's copy of django-sendfile, which
has no X-Accel-Redirect backend of its own). The response names the file under
SENDFILE_URL, an `internal` nginx location that clients cannot request themselves, so a
worker thread is not held for the length of a download.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse


class AcceleratedResponse(HttpResponse):
    """An empty response for nginx to fill: a Content-Length naming the file's size would
    promise the proxy a body the application never sends."""

    def __setitem__(self, header, value):
        if header.lower() == "content-length":
            return
        super().__setitem__(header, value)


def sendfile(request, filename, **kwargs):
    relative = Path(filename).resolve().relative_to(Path(settings.SENDFILE_ROOT).resolve())
    response = AcceleratedResponse()
    response["X-Accel-Redirect"] = quote(f"{settings.SENDFILE_URL}/{relative.as_posix()}")
    return response
