"""The "editors at work" half of `make bench`: readers over a long tail of URLs while an editor saves.

Three scenarios in one run, on the same gunicorn, cache and database: nobody edits; an editor's
draft is saved every 3 s (as autosave does); an article is published every 10 s. wrk picks
each request's URL at random among the long tail the apps register. Machine speed cancels out:
the budgets are shares of the quiet scenario's throughput, plus one latency bound.
"""

import subprocess
import sys
import tempfile
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from ..servers.portal_server import PortalServer, manage
from .throughput import bench_server_environment, run_wrk

DURATION_SECONDS = 30
MIN_URLS = 300
MAX_P99_MS = 50.0


@dataclass(frozen=True)
class Scenario:
    name: str
    every_seconds: float | None  # None: nobody edits
    publish: bool
    min_share_of_quiet: float


SCENARIOS = [
    Scenario("quiet", None, False, 1.0),
    Scenario("a draft every 3 s", 3, False, 0.90),
    Scenario("a publication every 10 s", 10, True, 0.70),
]


@dataclass
class ScenarioResult:
    scenario: Scenario
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


def _wrk_script(paths, directory):
    """A wrk Lua script that asks for a random path of the long tail on every request."""
    listed = ",\n".join(f'  "{path}"' for path in paths)
    script = Path(directory) / "long_tail.lua"
    script.write_text(
        "local paths = {\n" + listed + "\n}\n"
        "math.randomseed(os.time())\n"
        "request = function()\n"
        "  return wrk.format('GET', paths[math.random(#paths)])\n"
        "end\n"
    )
    return script


def _visit_each(base_url, paths, readers=4):
    """GET every path once (a few at a time): random requests for a fixed time leave some cold."""

    def visit(path):
        with urllib.request.urlopen(base_url + path, timeout=30) as response:  # noqa: S310 - our own server
            response.read()

    with ThreadPoolExecutor(max_workers=readers) as pool:
        list(pool.map(visit, paths))


def _editor(environment, page_id, scenario):
    if scenario.every_seconds is None:
        return None
    command = [sys.executable, "manage.py", "bench_editor", str(page_id), "--every", str(scenario.every_seconds)]
    command += ["--for", str(DURATION_SECONDS + 2)]
    if scenario.publish:
        command.append("--publish")
    return subprocess.Popen(command, cwd=settings.BASE_DIR, env=environment, stdout=subprocess.PIPE, text=True)  # noqa: S603


def measure(paths, edited_page_id):
    """A ScenarioResult per scenario, readers loading `paths` while `edited_page_id` is edited."""
    if len(paths) < MIN_URLS:
        raise ValueError(f"The long tail has {len(paths)} URLs; at least {MIN_URLS} are needed.")
    results = []
    with tempfile.TemporaryDirectory(prefix="portal-editors-") as workdir:
        environment = bench_server_environment(workdir)
        script = _wrk_script(paths, workdir)
        manage(environment, "collectstatic", "--noinput", "--verbosity=0")  # production pages need the manifest
        with PortalServer(workdir, environment, workers=2) as server:
            server.start()
            # Every URL once, so the quiet scenario starts from a warm cache as a site in service does.
            _visit_each(server.base_url, paths)
            for scenario in SCENARIOS:
                editor = _editor(environment, edited_page_id, scenario)
                try:
                    figures = run_wrk(server.base_url + "/", script=script, duration=DURATION_SECONDS)
                finally:
                    if editor is not None:
                        editor.wait(timeout=DURATION_SECONDS + 60)
                results.append(ScenarioResult(scenario, *figures))
    return results


def verdicts(results):
    """[(result, share of quiet, [what broke])]."""
    quiet = results[0].requests_per_second
    rows = []
    for result in results:
        share = result.requests_per_second / quiet if quiet else 0.0
        broken = []
        if share < result.scenario.min_share_of_quiet:
            broken.append(f"share {share:.0%} < {result.scenario.min_share_of_quiet:.0%}")
        if result.p99_ms > MAX_P99_MS:
            broken.append(f"p99 {result.p99_ms:.0f} ms > {MAX_P99_MS:.0f} ms")
        if result.errors:
            broken.append(f"{result.errors} errors")
        rows.append((result, share, broken))
    return rows
