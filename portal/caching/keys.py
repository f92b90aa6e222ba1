"""The one key scheme: `portal:<code version>:<kind>:<parts>`.

The deployed code's version is in every key, so objects pickled by old code (pages, routes,
dataclasses) are never read by new code after a deploy. It comes from `PORTAL_CODE_VERSION`
when the deployment sets it (e.g. `git describe --always --dirty`); otherwise it is a hash of
the project's own source files and templates, the same on every node running the same code.
"""

import functools
import hashlib
import os
from pathlib import Path

from django.conf import settings

SOURCE_SUFFIXES = (".py", ".html", ".txt", ".xml")
SKIPPED_DIRECTORIES = {"migrations", "static", "locale", "__pycache__", "tests"}


@functools.cache
def code_version():
    """A short name of the code this process runs."""
    configured = os.environ.get("PORTAL_CODE_VERSION", "").strip()
    if configured:
        return configured.replace(":", "-").replace(" ", "-")[:40]
    return _source_hash()


def _source_hash():
    from django.apps import apps

    base = Path(settings.BASE_DIR).resolve()
    digest = hashlib.sha256()
    for config in sorted(apps.get_app_configs(), key=lambda config: config.label):
        root = Path(config.path).resolve()
        if base not in root.parents and root != base:
            continue  # installed libraries change only with the requirements, which change the code too
        for path in sorted(_source_files(root)):
            digest.update(str(path.relative_to(base)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _source_files(root):
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = [name for name in subdirectories if name not in SKIPPED_DIRECTORIES]
        for name in files:
            if name.endswith(SOURCE_SUFFIXES):
                yield Path(directory) / name


def key(kind, *parts):
    """The cache key of one entry; long or arbitrary parts (URLs) are hashed."""
    named = ":".join(_short(str(part)) for part in parts)
    return f"portal:{code_version()}:{kind}:{named}"


def _short(part):
    # Spaces and control characters (a NUL in a requested path) would make the key unsafe for
    # caches such as memcached.
    if len(part) <= 64 and part.isascii() and part.isprintable() and " " not in part:
        return part
    return hashlib.sha256(part.encode()).hexdigest()[:32]
