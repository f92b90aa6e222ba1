"""Back up the database and uploaded media, or restore a backup (`make backup`, `make restore`).

    python -m portal.backups backup [--into var/backups]
    python -m portal.backups restore var/backups/<folder> [--replace]

The database is DATABASE_URL and the media folder MEDIA_ROOT, both read through the Django
settings in DJANGO_SETTINGS_MODULE (portal.settings.dev when unset, as manage.py does).
"""

import argparse
import os
import sys
import time
from pathlib import Path

import psycopg

from .folders import BackupError, backup, restore

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def _configured():
    """DATABASES["default"] and MEDIA_ROOT from the Django settings, as manage.py would load them."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    from django.conf import settings

    return settings.DATABASES["default"], Path(settings.MEDIA_ROOT)


def _describe(counts):
    return ", ".join(f"{count} {name}" for name, count in counts.items())


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m portal.backups", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup", help="back up the database and media")
    make.add_argument("--into", default=BASE_DIR / "var" / "backups", type=Path, help="parent folder of backups")
    back = commands.add_parser("restore", help="restore a backup folder into DATABASE_URL and MEDIA_ROOT")
    back.add_argument("folder", type=Path)
    back.add_argument("--replace", action="store_true", help="overwrite a database that already has tables")
    args = parser.parse_args(argv)

    database, media_root = _configured()
    started = time.monotonic()
    try:
        if args.command == "backup":
            folder, manifest = backup(database, media_root, args.into)
            print(f"Backed up {_describe(manifest['counts'])} and {manifest['media']['files']} media files")
            print(folder)
        else:
            counts = restore(args.folder, database, media_root, replace=args.replace)
            print(f"Restored {_describe(counts)} into {database['NAME']} and {media_root}")
    except (BackupError, RuntimeError, psycopg.Error) as error:
        print(f"{args.command} failed: {error}", file=sys.stderr)
        return 1
    print(f"Done in {time.monotonic() - started:.1f} s.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
