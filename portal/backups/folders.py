"""Back up the database and uploaded media into one timestamped folder; restore from one.

The database (PostgreSQL: pg_dump in custom format; SQLite: the online backup API) and the
media folder go into the folder with manifest.json, which records what the backup holds
(page, revision, image and document counts from the dumped snapshot, checksums); a restore
checks all of it. `python -m portal.backups` is the command line (`make backup`, `make restore`).
"""

import hashlib
import json
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from .databases import for_settings

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"


class BackupError(Exception):
    """A backup that cannot be trusted or a restore that would lose data."""


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _new_folder(into):
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder, suffix = Path(into) / stamp, 1
    while folder.exists() or folder.with_name(folder.name + ".partial").exists():
        suffix += 1
        folder = Path(into) / f"{stamp}-{suffix}"
    return folder


def _archive_media(media_root, target):
    count = 0
    with tarfile.open(target, "w:gz") as archive:
        if media_root.is_dir():
            for path in sorted(media_root.rglob("*")):
                if path.is_file():
                    archive.add(path, arcname=f"media/{path.relative_to(media_root)}")
                    count += 1
    return count


def _extract_media(source, media_root):
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source, "r:gz") as archive:
        members = []
        for member in archive.getmembers():
            if not member.name.startswith("media/"):
                raise BackupError(f"Unexpected entry in {source.name}: {member.name}")
            member.name = member.name.removeprefix("media/")
            members.append(member)
        try:
            # The "data" filter refuses absolute paths, parent references and links out of the folder.
            archive.extractall(media_root, members=members, filter="data")
        except tarfile.FilterError as error:
            raise BackupError(f"Refusing a media archive entry: {error}") from None


def backup(database, media_root, into):
    """Write `<into>/<UTC time>/` with the database dump, the media tarball and a manifest."""
    media_root = Path(media_root)
    handler = for_settings(database)
    folder = _new_folder(into)
    partial = folder.with_name(folder.name + ".partial")
    partial.mkdir(parents=True)
    counts = handler.dump(partial / handler.dump_name)
    media_files = _archive_media(media_root, partial / MEDIA_ARCHIVE)
    manifest = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": {"vendor": handler.vendor, "name": Path(handler.name).name, "file": handler.dump_name},
        "media": {"root": str(media_root), "file": MEDIA_ARCHIVE, "files": media_files},
        "counts": counts,
        "sha256": {name: _sha256(partial / name) for name in (handler.dump_name, MEDIA_ARCHIVE)},
    }
    (partial / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    # Only a complete backup gets its final name, so a crash never leaves one that looks whole.
    partial.rename(folder)
    return folder, manifest


def read_manifest(folder):
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{folder} is not a backup: it has no {MANIFEST}") from None
    for name, expected in manifest["sha256"].items():
        if _sha256(folder / name) != expected:
            raise BackupError(f"{folder / name} does not match its checksum: the backup is damaged")
    return manifest


def restore(folder, database, media_root, replace=False):
    """Restore the backup in `folder` into `database` and `media_root`; check the counts and files."""
    folder, media_root = Path(folder), Path(media_root)
    manifest = read_manifest(folder)
    handler = for_settings(database)
    if manifest["database"]["vendor"] != handler.vendor:
        raise BackupError(f"This is a {manifest['database']['vendor']} backup; the target is {handler.vendor}")
    if handler.exists() and not handler.is_empty() and not replace:
        raise BackupError(f"{handler.name} already has tables: restore into an empty database or pass --replace")
    handler.restore(folder / manifest["database"]["file"], replace=replace)
    _extract_media(folder / manifest["media"]["file"], media_root)

    counts = handler.counts()
    if counts != manifest["counts"]:
        raise BackupError(f"Restored counts {counts} differ from the backup's {manifest['counts']}")
    missing = [name for name in handler.files() if not (media_root / name).is_file()]
    if missing:
        raise BackupError(f"{len(missing)} uploaded files are missing after the restore, e.g. {missing[0]}")
    _refresh_cached_pages()
    return counts


def _refresh_cached_pages():
    """Pages and parts cached from the database as it was before must not outlive the restore."""
    import django

    django.setup()  # the cache's keys carry the code's version, read from the installed apps
    from ..caching.tags import invalidate_everything_in

    invalidate_everything_in()
