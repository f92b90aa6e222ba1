"""The Nu Html Checker (vnu.jar from the npm package vnu-jar) finds no error on any public page type."""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest

from ..public_pages import AUDIT_DB, KIND_NAMES, Missing, paths_in_every_language

pytestmark = AUDIT_DB

VNU = Path(__file__).resolve().parents[2] / "audit" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _served_html(url):
    try:
        with urlopen(url, timeout=30) as response:  # noqa: S310 - the test's own live server
            return response.read()
    except HTTPError as error:  # the 404 page is one of the audited pages
        return error.read()


def _check(files):
    """vnu's messages for the given HTML files, as parsed JSON."""
    java = shutil.which("java")
    if not java or not VNU.exists():
        pytest.fail("the Nu Html Checker needs Java and tests/audit/node_modules: run `make test-browser`")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(result.stderr)["messages"]


@pytest.mark.parametrize("kind_name", KIND_NAMES)
def test_page_type_has_no_html_errors(site, kind_name, tmp_path):
    try:
        pages = paths_in_every_language(kind_name)
    except Missing as missing:
        pytest.skip(str(missing))
    files = {}
    for number, (language, path) in enumerate(pages):
        file = tmp_path / f"{number}.html"
        file.write_bytes(_served_html(site.url + path))
        files[file.as_uri().replace("file:///", "file:/")] = f"{language} {path}"
    errors = [
        f"{files.get(m.get('url'), m.get('url'))} line {m.get('lastLine')}: {m['message']}\n    {m.get('extract', '')}"
        for m in _check(tmp_path.glob("*.html"))
        if m["type"] in ("error", "non-document-error")
    ]
    assert not errors, "\n".join(errors)
