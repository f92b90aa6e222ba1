"""Health probes for load balancers and orchestrators.

`/healthz/live`: the process answers; it touches nothing else, so a database outage does
not take every node out of rotation while cached pages can still be served.
`/healthz/ready` (and `/healthz`, its old name): the database, the cache and the media
storage each answer; a JSON body names the part that does not.
"""

import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def live(request):
    return JsonResponse({"status": "ok"})


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return True


def _cache():
    # The Redis cache fails soft (process memory stands in for it), so it is asked directly.
    if hasattr(cache, "reachable"):
        return cache.reachable()
    key, value = f"portal:healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 10)
    answered = cache.get(key) == value
    cache.delete(key)
    return answered


def _storage():
    if isinstance(default_storage, FileSystemStorage):
        # The storage makes its folder on the first upload; a folder it cannot make is down.
        Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
        return os.access(settings.MEDIA_ROOT, os.W_OK)
    default_storage.exists("healthz-probe")  # raises when the object storage is unreachable
    return True


CHECKS = {"database": (_database, DatabaseError), "cache": (_cache, Exception), "storage": (_storage, Exception)}


@never_cache
@require_safe
def ready(request):
    parts = {}
    for name, (check, errors) in CHECKS.items():
        try:
            parts[name] = "up" if check() else "down"
        except errors:
            parts[name] = "down"
    healthy = all(state == "up" for state in parts.values())
    return JsonResponse({"status": "ok" if healthy else "unavailable", **parts}, status=200 if healthy else 503)
