"""A bounded request loop: a few threads asking for pages at a steady pace, recording every outcome."""

import http.client
import itertools
import threading
import time
from collections import Counter
from dataclasses import dataclass

from ..servers.processes import LOOPBACK

# Two pages, and what a load balancer asks: whether the process answers, whether it can serve.
LIVE, READY = "/healthz/live", "/healthz/ready"
PATHS = ("/pl/", "/en/", READY, LIVE)


@dataclass
class Outcome:
    """One request: when it ran, and the status it got or the transport error that replaced it."""

    path: str
    started: float
    finished: float
    status: int | None = None
    error: str | None = None
    # A 503 with Retry-After and the static page in the address's language (JSON for /healthz).
    friendly: bool = False

    @property
    def elapsed(self):
        return self.finished - self.started

    @property
    def failed(self):
        return self.status is None or self.status >= 400

    @property
    def server_error(self):
        """A 5xx or no HTTP answer at all: what the drills' pass criteria count."""
        return self.status is None or self.status >= 500

    @property
    def label(self):
        return str(self.status) if self.status is not None else self.error


def _is_friendly(path, response, body):
    """The answer a reader or a load balancer should get while the database is away."""
    if response.status != 503:
        return False
    if path == READY:
        return b'"database": "down"' in body
    if not response.getheader("Retry-After"):
        return False
    language = path.strip("/").split("/")[0]
    return f'<html lang="{language}">'.encode() in body


class Load:
    """Drive GET requests at `rate` per second per thread until stopped; a context manager."""

    def __init__(self, port, threads=4, rate=6.0, timeout=10.0, paths=PATHS):
        self.port = port
        self.threads = threads
        self.interval = 1.0 / rate
        self.timeout = timeout
        self.paths = paths
        self.outcomes = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._workers = []

    def __enter__(self):
        for index in range(self.threads):
            worker = threading.Thread(target=self._loop, args=(index,), daemon=True)
            worker.start()
            self._workers.append(worker)
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for worker in self._workers:
            worker.join(self.timeout + 5)

    def _loop(self, index):
        paths = itertools.cycle(self.paths[index % len(self.paths) :] + self.paths[: index % len(self.paths)])
        next_start = time.monotonic()
        while not self._stop.is_set():
            outcome = self._request(next(paths))
            with self._lock:
                self.outcomes.append(outcome)
            next_start += self.interval
            self._stop.wait(max(0.0, next_start - time.monotonic()))
            next_start = max(next_start, time.monotonic() - self.interval)

    def _request(self, path):
        started = time.monotonic()
        connection = http.client.HTTPConnection(LOOPBACK, self.port, timeout=self.timeout)
        try:
            connection.request("GET", path, headers={"Host": LOOPBACK, "Connection": "close"})
            response = connection.getresponse()
            body = response.read()
            return Outcome(
                path, started, time.monotonic(), status=response.status, friendly=_is_friendly(path, response, body)
            )
        except TimeoutError:
            return Outcome(path, started, time.monotonic(), error="timeout")
        except (ConnectionResetError, http.client.RemoteDisconnected, BrokenPipeError):
            return Outcome(path, started, time.monotonic(), error="reset")
        except ConnectionRefusedError:
            return Outcome(path, started, time.monotonic(), error="refused")
        except (OSError, http.client.HTTPException) as error:
            return Outcome(path, started, time.monotonic(), error=type(error).__name__)
        finally:
            connection.close()


def errors_by_status(outcomes):
    """'503×12, reset×1' for the failed outcomes, most frequent first; '0' when none failed."""
    counts = Counter(outcome.label for outcome in outcomes if outcome.failed)
    return ", ".join(f"{label}×{count}" for label, count in counts.most_common()) or "0"


def median_seconds(outcomes):
    durations = sorted(outcome.elapsed for outcome in outcomes)
    return durations[len(durations) // 2]


def latency(outcomes):
    """'median 0.05 s, 95% 0.20 s, max 0.31 s' over the outcomes' durations."""
    if not outcomes:
        return "no requests"
    durations = sorted(outcome.elapsed for outcome in outcomes)
    median, p95 = durations[len(durations) // 2], durations[int(len(durations) * 0.95)]
    return f"median {median:.2f} s, 95% {p95:.2f} s, max {durations[-1]:.2f} s"
