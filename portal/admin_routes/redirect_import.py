"""Confirming a redirect import without its signed hidden fields is a bad request (400).

Wagtail's confirmation form unsigns fields it never checked were sent (KeyError) and reports a
bad signature through an attribute the exception lacks (AttributeError), so a missing or
tampered field answered 500 instead of the SuspiciousOperation (400) Wagtail means to raise.
"""

from django.core.exceptions import SuspiciousOperation
from django.core.signing import BadSignature, Signer

from wagtail.contrib.redirects.views import process_import

SIGNED_FIELDS = ("import_file_name", "input_format")


def process_redirect_import(request):
    if request.method == "POST":
        signer = Signer()
        for name in SIGNED_FIELDS:
            try:
                signer.unsign(request.POST.get(name) or "")
            except BadSignature as tampered:
                raise SuspiciousOperation(f"Redirect import confirmation with a bad {name}") from tampered
    return process_import(request)
