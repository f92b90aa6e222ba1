"""The throughput half of `make bench`: the portal under gunicorn and wrk, against the stack's ceiling.

The ceiling is a minimal Django view returning a static 30 KB page, served by the same
gunicorn, settings and middleware in the same run, so every figure is a share of what this
machine can do at all.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

CEILING_PATH = "/bench/ceiling/"
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


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url):
    """(requests/s, p50 ms, p99 ms, errors) of a bounded wrk run against one loopback URL."""
    wrk = shutil.which("wrk") or "wrk"
    output = subprocess.run(  # noqa: S603 - a fixed command line against our own loopback server
        [wrk, "-t2", f"-c{CONNECTIONS}", f"-d{DURATION_SECONDS}s", "--latency", "--timeout", "5s", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=DURATION_SECONDS + 30,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _milliseconds(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = _milliseconds(re.search(r"\s99%\s+(\S+)", output).group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return rate, p50, p99, errors


class PortalServer:
    """gunicorn with the production settings on a loopback port, for the length of a `with`."""

    def __init__(self, *, page_cache, static_root):
        self.port = _free_port()
        database = settings.DATABASES["default"]
        self.environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "DJANGO_SECRET_KEY": "bench-" + "x" * 50,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": (
                f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
                f"/{database['NAME']}"
            ),
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": str(static_root),
            "PAGE_CACHE_ENABLED": "true" if page_cache else "false",
            "BENCH_CEILING_VIEW": "true",
            "LOG_LEVEL": "WARNING",
        }

    def __enter__(self):
        self.process = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
            [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            cwd=settings.BASE_DIR,
            env=self.environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url("/healthz"), timeout=2)  # noqa: S310 - loopback only
                return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError("gunicorn did not start: " + (self.process.stderr.read() or "")[-2000:])

    def __exit__(self, *exc_info):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def warm(self, path, times=20):
        for _ in range(times):
            urllib.request.urlopen(self.url(path), timeout=10).read()  # noqa: S310 - loopback only


def collect_static(environment):
    """Build the hashed static files the production settings serve, into the server's STATIC_ROOT."""
    subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=settings.BASE_DIR,
        env=environment,
        check=True,
    )


def measure(targets):
    """Load results for the ceiling and for each (name, path), uncached then cached."""
    static_root = Path(tempfile.mkdtemp(prefix="portal-bench-static-"))
    results = []
    try:
        for cached in (False, True):
            server = PortalServer(page_cache=cached, static_root=static_root)
            if not cached:
                collect_static(server.environment)
            with server:
                for name, path in [("ceiling (30 KB view)", CEILING_PATH), *targets]:
                    server.warm(path)
                    results.append(LoadResult(name, cached, *run_wrk(server.url(path))))
    finally:
        shutil.rmtree(static_root, ignore_errors=True)
    return results
