"""The restore drill: back up a site while it serves, restore into a fresh database, compare.

Standalone: `python -m tools.drills.restore_drill`; `make faults` runs it as its last drill.
"""

import signal
import sys
import time
from pathlib import Path

import dj_database_url

from portal.backups.databases import for_settings
from portal.backups.folders import read_manifest
from portal.backups.programs import run

from ..servers.portal_server import BASE_DIR, manage
from .load import Load
from .report import DrillResult, details, table
from .stack import private_portal

RESTORED_DATABASE = "portal_restored"


def _counts(database_url):
    return for_settings(dj_database_url.parse(database_url)).counts()


def restore_drill(services):
    server, postgres, workdir = services.server, services.postgres, services.workdir
    result = DrillResult(
        "Backup, then restore into a fresh database while serving",
        "page, revision, image and document counts and files match; zero errors",
    )
    run([sys.executable, "-m", "tools.drills.sample_content"], cwd=BASE_DIR, env=server.env)
    restore_env = {
        **server.env,
        "DATABASE_URL": postgres.url(RESTORED_DATABASE),
        "MEDIA_ROOT": str(workdir / "media-restored"),
    }
    backup_command = [sys.executable, "-m", "portal.backups"]
    with Load(server.port) as load:
        time.sleep(1)
        started = time.monotonic()
        printed = run([*backup_command, "backup", "--into", str(workdir / "backups")], cwd=BASE_DIR, env=server.env)
        folder = Path(printed.strip().splitlines()[-1])
        backed_up = time.monotonic()
        postgres.create_database(RESTORED_DATABASE)
        run([*backup_command, "restore", str(folder)], cwd=BASE_DIR, env=restore_env)
        result.recovery = time.monotonic() - backed_up
        # The restored schema is complete: no migration is missing from it.
        manage(restore_env, "migrate", "--check", "--verbosity=0")
        time.sleep(1)
    result.outcomes = load.outcomes

    source, restored = _counts(server.env["DATABASE_URL"]), _counts(restore_env["DATABASE_URL"])
    manifest = read_manifest(folder)
    result.notes.append(
        f"backup {backed_up - started:.1f} s, restore {result.recovery:.1f} s; "
        + ", ".join(f"{count} {name}" for name, count in restored.items())
        + f", {manifest['media']['files']} media files"
    )
    if not (source == restored == manifest["counts"]):
        result.problems.append(f"counts differ: site {source}, backup {manifest['counts']}, restored {restored}")
    if not restored["images"] or not restored["documents"]:
        result.problems.append("nothing to compare: the site had no image or no document")
    if any(outcome.failed for outcome in result.outcomes):
        result.problems.append("errors on the site during the backup or restore")
    return result


def main():
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        with private_portal() as services:
            result = restore_drill(services)
    except (RuntimeError, TimeoutError) as error:
        print(f"\nThe restore drill could not run: {error}", file=sys.stderr)
        return 2
    print()
    print(table([result]))
    print()
    print(details([result]))
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
