"""The oracle: every request the fuzzer makes is checked for a 5xx, slowness and leaked secrets."""

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import quote_from_bytes

from django.test import Client

# Two seconds for one answer, as residents would still wait; FUZZ_MAX_SECONDS relaxes it on a loaded machine.
MAX_SECONDS = float(os.environ.get("FUZZ_MAX_SECONDS", "2.0"))
# The first request of a route also loads its templates and code: allowed a little more.
MAX_COLD_SECONDS = 3 * MAX_SECONDS
# Markup among the generated values (values.CLASSIC): never to appear unescaped in a page.
REFLECTED_MARKUP = (b"<script>alert(1)</script>", b"<img src=x onerror=alert(1)>")


@dataclass
class Report:
    """What the fuzzer did, printed at the end of the run."""

    requests: Counter = field(default_factory=Counter)  # per surface
    statuses: Counter = field(default_factory=Counter)
    routes: set = field(default_factory=set)  # URL patterns and routable sub-routes generated from
    paths: set = field(default_factory=set)  # addresses found by crawling
    parameters: set = field(default_factory=set)
    examples: Counter = field(default_factory=Counter)
    server_errors: int = 0
    leaks: int = 0
    slowest: tuple = (0.0, "")

    def lines(self):
        seconds, slowest = self.slowest
        surfaces = ", ".join(f"{name} {count}" for name, count in sorted(self.requests.items()))
        examples = ", ".join(f"{name} {count}" for name, count in sorted(self.examples.items()))
        statuses = ", ".join(f"{status}: {count}" for status, count in sorted(self.statuses.items()))
        return [
            f"requests: {sum(self.requests.values())} ({surfaces})",
            f"examples: {examples}",
            f"routes generated from: {len(self.routes)}, crawled addresses: {len(self.paths)}, "
            f"parameter names: {len(self.parameters)}",
            f"statuses: {statuses}",
            f"5xx: {self.server_errors}, leaks: {self.leaks}",
            f"slowest response: {seconds:.3f} s  {slowest[:160]}",
        ]


REPORT = Report()


def encode_query(pairs):
    """A query string from (name, value) pairs; bytes values go out as they are (invalid UTF-8 too)."""
    return "&".join(f"{_quoted(name)}={_quoted(value)}" for name, value in pairs)


def _quoted(value):
    return quote_from_bytes(value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass"), safe="")


class Probe:
    """A client whose every answer must be below 500, fast enough, and free of the secrets."""

    def __init__(self, secrets, surface, user=None, login=None, report=REPORT):
        self.report = report
        self.client = Client(HTTP_HOST="localhost", raise_request_exception=False)
        if user is not None:
            login(self.client, user)
        self.secrets = [secret.encode() for secret in secrets]
        self.surface = surface

    def get(self, path, *, cold=False, **headers):
        return self._send(f"GET {path}", lambda: self.client.get(path, **headers), cold)

    def post(self, path, data, *, cold=False):
        return self._send(f"POST {path}", lambda: self.client.post(path, data), cold)

    def _send(self, shown, send, cold):
        started = time.perf_counter()
        response = send()
        elapsed = time.perf_counter() - started
        self.report.requests[self.surface] += 1
        self.report.statuses[response.status_code] += 1
        self.report.slowest = max(self.report.slowest, (elapsed, shown))
        if response.status_code >= 500:
            self.report.server_errors += 1
            raise AssertionError(f"{shown} answered {response.status_code}")
        limit = MAX_COLD_SECONDS if cold else MAX_SECONDS
        assert elapsed < limit, f"{shown} took {elapsed:.2f} s (limit {limit:.1f} s)"
        self._check_leaks(response, shown)
        self._check_reflection(response, shown)
        return response

    def _check_reflection(self, response, shown):
        if "html" in response.get("Content-Type", "") and not getattr(response, "streaming", False):
            for markup in REFLECTED_MARKUP:
                assert markup not in response.content, f"{shown} puts the input's markup into the page unescaped"

    def _check_leaks(self, response, shown):
        content = b"" if getattr(response, "streaming", False) else response.content
        exposed = content + response.get("Location", "").encode()
        leaked = [secret.decode() for secret in self.secrets if secret in exposed]
        if leaked:
            self.report.leaks += 1
            raise AssertionError(f"{shown} shows hidden content: {', '.join(leaked)}")
