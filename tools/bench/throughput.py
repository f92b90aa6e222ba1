"""The throughput half of `make bench`: the portal under gunicorn and wrk, against the stack's ceiling.

The ceiling is a minimal Django view returning a static 30 KB page, served by the same
gunicorn, settings and middleware in the same run, so every figure is a share of what this
machine can do at all.
"""

import os
import re
import shutil
import subprocess
import tempfile
import urllib.request
from dataclasses import dataclass

from django.conf import settings

from ..servers.portal_server import PortalServer, manage, production_environment
from .ceiling import CEILING_PATH

CONNECTIONS = 16
DURATION_SECONDS = 8
CACHED_MIN_SHARE = 0.60
MAX_P99_MS = 100.0


@dataclass
class LoadResult:
    name: str
    cached: bool
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


def _milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url, script=None, duration=DURATION_SECONDS):
    """(requests/s, p50 ms, p99 ms, errors) of a bounded wrk run against one loopback URL (or the
    paths a wrk Lua script picks on that server)."""
    wrk = shutil.which("wrk") or "wrk"
    command = [wrk, "-t2", f"-c{CONNECTIONS}", f"-d{duration}s", "--latency", "--timeout", "5s"]
    if script is not None:
        command += ["-s", str(script)]
    output = subprocess.run(  # noqa: S603 - a fixed command line against our own loopback server
        [*command, url],
        capture_output=True,
        text=True,
        check=True,
        timeout=duration + 30,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _milliseconds(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = _milliseconds(re.search(r"\s99%\s+(\S+)", output).group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return rate, p50, p99, errors


def database_url():
    """The URL of the database this process uses (the bench database), for the servers it starts."""
    database = settings.DATABASES["default"]
    host, port = database["HOST"] or "127.0.0.1", database["PORT"] or 5432
    return f"postgres://{database['USER']}@{host}:{port}/{database['NAME']}"


def bench_server_environment(workdir):
    """The production environment on the bench database, with the settings that add the ceiling view."""
    environment = production_environment(workdir, database_url(), os.environ.get("REDIS_URL", ""))
    environment["DJANGO_SETTINGS_MODULE"] = "tools.bench.server_settings"
    return environment


def measure(targets):
    """Load results for the ceiling and for each (name, path), uncached then cached."""
    results = []
    with tempfile.TemporaryDirectory(prefix="portal-bench-") as workdir:
        environment = bench_server_environment(workdir)
        manage(environment, "collectstatic", "--noinput", "--verbosity=0")
        for cached in (False, True):
            server_environment = {**environment, "PAGE_CACHE_ENABLED": "true" if cached else "false"}
            with PortalServer(workdir, server_environment, workers=2) as server:
                server.start()
                for name, path in [("ceiling (30 KB view)", CEILING_PATH), *targets]:
                    _warm(server.base_url + path)
                    results.append(LoadResult(name, cached, *run_wrk(server.base_url + path)))
    return results


def _warm(url, times=20):
    for _ in range(times):
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
            response.read()
