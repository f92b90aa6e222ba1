"""The PostgreSQL programs a backup runs: where they are installed, and running one so that a
failure shows its output."""

import glob
import shutil
import subprocess
from pathlib import Path


def postgres_bin(program):
    """The newest installed PostgreSQL's `program` (Debian keeps most of them out of PATH)."""
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{program}"), key=lambda p: int(Path(p).parts[-3]))
    if candidates:
        return candidates[-1]
    if found := shutil.which(program):
        return found
    raise RuntimeError(f"{program} not found in /usr/lib/postgresql/*/bin or PATH (apt-get install postgresql)")


def run(command, **kwargs):
    """Run a command to completion; on failure raise with its output so the cause is visible."""
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # noqa: S603
    if result.returncode != 0:
        shown = " ".join(map(str, command))
        raise RuntimeError(f"{shown} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout
