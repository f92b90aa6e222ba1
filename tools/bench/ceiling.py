"""The benchmark's yardstick: the cheapest page this stack can serve (a static 30 KB body)."""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache

CEILING_PATH = "/bench/ceiling/"
_HEAD = b"<!DOCTYPE html><html lang=en><title>ceiling</title><p>"
CEILING_BODY = _HEAD + b"x" * (30 * 1024 - len(_HEAD) - 4) + b"</p>"


@never_cache
def ceiling(request):
    return HttpResponse(CEILING_BODY, content_type="text/html; charset=utf-8")
