"""Lighthouse, mobile profile, on the main pages: performance >= 95, accessibility 100, best practices and SEO >= 95.

tests/audit/lighthouse.mjs runs Lighthouse 12.2.3 in the system Chromium against this module's
live server and prints the scores; `make lighthouse` runs this module alone.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ..public_pages import AUDIT_DB, Missing, kind

pytestmark = AUDIT_DB

SCRIPT = Path(__file__).resolve().parents[2] / "audit" / "lighthouse.mjs"
MAIN_PAGES = ["home", "news_listing", "article", "partnerships_directory"]
# Polish, the default and the heaviest (it needs the extra font subset); more with LIGHTHOUSE_LANGUAGES=pl,en,de.
LANGUAGES = os.environ.get("LIGHTHOUSE_LANGUAGES", "pl").split(",")


def test_main_pages_meet_the_lighthouse_thresholds(site, capsys):
    node = shutil.which("node")
    if not node or not (SCRIPT.parent / "node_modules" / "lighthouse").exists():
        pytest.fail("Lighthouse needs Node.js and tests/audit/node_modules: run `make test-browser`")
    urls, missing = [], []
    for name in MAIN_PAGES:
        try:
            urls += [site.url + kind(name).paths(language)[0] for language in LANGUAGES]
        except Missing as reason:
            missing.append(str(reason))
    result = subprocess.run(
        [node, str(SCRIPT), *urls],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "CHROMIUM": os.environ.get("CHROMIUM", "/usr/bin/chromium")},
        check=False,
    )
    with capsys.disabled():
        print(f"\n{result.stdout}{result.stderr}")
    assert not missing, missing
    assert result.returncode == 0, result.stdout + result.stderr
