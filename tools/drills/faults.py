"""Fault drills: serve the portal as in production, break one part at a time, check that it copes.

Everything runs on loopback: a private PostgreSQL cluster, a private Redis and gunicorn with
the production settings, in a temporary folder that is removed at the end, pass or fail.
Prints one table and exits with 1 when any pass criterion fails.

    .venv/bin/python -m tools.drills.faults [--only NAME ...] [--keep]
"""

import argparse
import signal
import sys
import time

from ..servers.processes import ReadinessWatch, wait_for
from .load import LIVE, READY, Load, latency, median_seconds
from .report import DrillResult, details, table
from .restore_drill import restore_drill
from .stack import private_portal, say

# A dead database must not hold a worker: requests arriving during an outage fail well under a
# second, typically in milliseconds. The 95th percentile, not the maximum, so that a busy
# machine's scheduler cannot fail the drill; none may wait as long as the connect timeout.
FAST_FAILURE_MEDIAN_SECONDS = 0.1
FAST_FAILURE_P95_SECONDS = 0.5
CONNECT_TIMEOUT_SECONDS = 3  # connect_timeout in portal/settings/base.py
RECOVERY_SECONDS = 2.0  # no 5xx from this long after PostgreSQL accepts connections again
OUTAGE_SECONDS = 30
# With Redis gone the cache answers "miss" at once (portal.caching.backends): pages cost what an
# uncached render costs, not a wait for Redis.
REDIS_DOWN_MEDIAN_SECONDS = 0.05


def server_errors_after(outcomes, moment):
    return [outcome for outcome in outcomes if outcome.server_error and outcome.finished > moment]


def recovery_after(outcomes, moment):
    """Seconds from `moment` until the last failed request ended (0 when none failed after it)."""
    ends = [outcome.finished for outcome in outcomes if outcome.failed and outcome.finished > moment]
    return max(ends) - moment if ends else 0.0


def check_outage_answers(result, outcomes, outage):
    """Every failure was the friendly 503; requests arriving during the outage failed fast."""
    unfriendly = [outcome for outcome in outcomes if outcome.failed and not outcome.friendly]
    if unfriendly:
        sample = ", ".join(f"{o.path} {o.label}" for o in unfriendly[:3])
        result.problems.append(f"{len(unfriendly)} failures were not the friendly 503 page ({sample})")
    durations = sorted(outcome.elapsed for outcome in outage if outcome.failed)
    if not durations:
        result.problems.append("no request failed during the outage: was the database really down?")
        return
    median, p95 = durations[len(durations) // 2], durations[int(len(durations) * 0.95)]
    if median >= FAST_FAILURE_MEDIAN_SECONDS or p95 >= FAST_FAILURE_P95_SECONDS:
        result.problems.append(f"failures were slow (median {median:.2f} s, 95% within {p95:.2f} s)")
    if durations[-1] >= CONNECT_TIMEOUT_SECONDS:
        result.problems.append(f"a failure took {durations[-1]:.1f} s: it waited for a timeout")


def check_recovered(result, outcomes, came_back_at):
    late = server_errors_after(outcomes, came_back_at + RECOVERY_SECONDS)
    if late:
        result.problems.append(f"{len(late)} server errors later than {RECOVERY_SECONDS:.0f} s after recovery")
    if not any(o.status == 200 and o.started > came_back_at + RECOVERY_SECONDS for o in outcomes):
        result.problems.append("no successful request after recovery")


def drill_baseline(services):
    result = DrillResult("Baseline, no fault", "zero errors")
    with Load(services.server.port) as load:
        time.sleep(5)
    result.outcomes = load.outcomes
    if any(outcome.failed for outcome in result.outcomes):
        result.problems.append("errors without any fault")
    return result


def drill_postgres_restart(services):
    result = DrillResult(
        "PostgreSQL restarted under load",
        f"no 5xx from {RECOVERY_SECONDS:.0f} s after it accepts connections",
    )
    postgres = services.postgres
    with Load(services.server.port) as load, ReadinessWatch(postgres.accepts_connections) as watch:
        time.sleep(3)
        restart_began = time.monotonic()
        postgres.restart()
        returned = time.monotonic()
        time.sleep(RECOVERY_SECONDS + 4)
    result.outcomes = load.outcomes
    came_back_at = min(filter(None, [watch.came_back_at, returned]))
    result.recovery = recovery_after(result.outcomes, came_back_at)
    result.notes.append(f"accepting connections again {came_back_at - restart_began:.1f} s after the restart began")
    check_recovered(result, result.outcomes, came_back_at)
    during = [o for o in result.outcomes if o.finished <= came_back_at + RECOVERY_SECONDS]
    if any(o.failed and not o.friendly for o in during):
        result.problems.append("failures during the restart other than the friendly 503")
    return result


def drill_postgres_stopped(services):
    result = DrillResult(
        f"PostgreSQL stopped for {OUTAGE_SECONDS} s",
        f"errors are the friendly 503 (median < {FAST_FAILURE_MEDIAN_SECONDS} s, 95% < "
        f"{FAST_FAILURE_P95_SECONDS} s); no 5xx {RECOVERY_SECONDS:.0f} s after restart; same workers",
    )
    postgres, server = services.postgres, services.server
    workers_before = (server.master_pid, server.worker_pids())
    with Load(services.server.port, rate=3.0) as load, ReadinessWatch(postgres.accepts_connections) as watch:
        time.sleep(3)
        postgres.stop()
        stopped_at = time.monotonic()
        try:
            time.sleep(OUTAGE_SECONDS)
        finally:
            postgres.start()
        returned = time.monotonic()
        time.sleep(RECOVERY_SECONDS + 4)
    result.outcomes = load.outcomes
    came_back_at = min(filter(None, [watch.came_back_at, returned]))
    result.recovery = recovery_after(result.outcomes, came_back_at)
    outage = [o for o in result.outcomes if stopped_at < o.started < came_back_at]
    pages = [o for o in outage if o.path not in (LIVE, READY)]
    cached = sum(o.status == 200 for o in pages)
    friendly = sum(o.status == 503 and o.friendly for o in pages)
    live = [o for o in outage if o.path == LIVE]
    ready = [o for o in outage if o.path == READY]
    result.notes.append(
        f"during the outage: {cached} pages from the whole-page cache (200), {friendly} friendly 503 pages; "
        f"{LIVE} {sum(o.status == 200 for o in live)} of {len(live)} 200, {READY} "
        f"{sum(o.status == 503 and o.friendly for o in ready)} of {len(ready)} 503 naming the database; "
        f"failures took {latency([o for o in outage if o.failed])}"
    )
    if not pages or cached + friendly != len(pages):
        result.problems.append("page requests during the outage got neither a cached page nor the friendly 503")
    if not live or any(o.status != 200 for o in live):
        result.problems.append(f"{LIVE} did not answer 200 throughout: a balancer would restart a sound node")
    if not ready or any(not (o.status == 503 and o.friendly) for o in ready):
        result.problems.append(f"{READY} did not answer 503 naming the database")
    check_outage_answers(result, result.outcomes, outage)
    check_recovered(result, result.outcomes, came_back_at)
    if (server.master_pid, server.worker_pids()) != workers_before:
        result.problems.append("gunicorn workers changed: recovery needed a restart")
    return result


def drill_redis_stopped(services):
    result = DrillResult(
        "Redis stopped", f"zero errors but readiness; pages median <= {REDIS_DOWN_MEDIAN_SECONDS * 1000:.0f} ms"
    )
    redis = services.redis
    with Load(services.server.port) as load:
        time.sleep(2)
        redis.stop()
        stopped_at = time.monotonic()
        try:
            time.sleep(10)
        finally:
            redis.start()
        restarted_at = time.monotonic()
        time.sleep(3)
    result.outcomes = load.outcomes
    during = [o for o in result.outcomes if stopped_at < o.started < restarted_at]
    result.notes.append(
        f"{sum(o.status == 200 for o in during)} of {len(during)} requests answered 200 without Redis "
        f"({latency(during)}; with Redis {latency([o for o in result.outcomes if o.finished < stopped_at])})"
    )
    if not during:
        result.problems.append("no request ran while Redis was down")
    pages = [o for o in during if o.path not in (LIVE, READY)]
    if pages and median_seconds(pages) > REDIS_DOWN_MEDIAN_SECONDS:
        result.problems.append(f"pages took a median {median_seconds(pages) * 1000:.0f} ms without Redis")
    # Readiness names the cache as down meanwhile, as it should; the node still serves.
    served = [outcome for outcome in result.outcomes if outcome.path != READY]
    if any(outcome.failed for outcome in served):
        result.problems.append("errors while Redis was down or after it came back")
    return result


def drill_worker_killed(services):
    result = DrillResult("A worker killed with SIGKILL", "only requests in flight on that worker fail")
    server = services.server
    with Load(services.server.port) as load:
        time.sleep(2)
        victim = server.kill_worker()
        killed_at = time.monotonic()
        wait_for(lambda: victim not in server.worker_pids() and server.healthy(), 30, "a replacement worker")
        wait_for(lambda: len(server.worker_pids()) == server.workers, 30, "a replacement worker")
        result.recovery = time.monotonic() - killed_at
        time.sleep(3)
    result.outcomes = load.outcomes
    failed = [outcome for outcome in result.outcomes if outcome.failed]
    # A sync worker serves one request at a time: at most one request can die with it.
    if len(failed) > 1:
        result.problems.append(f"{len(failed)} requests failed, more than the one a sync worker holds")
    if any(not (o.started <= killed_at <= o.finished) for o in failed):
        result.problems.append("a request that was not in flight at the kill failed")
    result.notes.append(f"worker {victim} killed; {len(failed)} request(s) in flight on it failed")
    return result


def drill_graceful_reload(services):
    result = DrillResult("Graceful reload (SIGHUP)", "zero errors")
    server = services.server
    with Load(services.server.port) as load:
        time.sleep(2)
        old_workers = set(server.worker_pids())
        server.reload()
        reloaded_at = time.monotonic()
        wait_for(
            lambda: not old_workers & set(server.worker_pids()) and len(server.worker_pids()) == server.workers,
            60,
            "the new workers",
        )
        result.recovery = time.monotonic() - reloaded_at
        time.sleep(3)
    result.outcomes = load.outcomes
    if any(outcome.failed for outcome in result.outcomes):
        result.problems.append("errors during the reload")
    result.notes.append(
        f"all {server.workers} workers replaced {result.recovery:.1f} s after SIGHUP; {latency(result.outcomes)}"
    )
    return result


def drill_backup_restore(services):
    return restore_drill(services)


DRILLS = {
    "baseline": drill_baseline,
    "postgres-restart": drill_postgres_restart,
    "postgres-stop": drill_postgres_stopped,
    "redis-stop": drill_redis_stopped,
    "worker-kill": drill_worker_killed,
    "reload": drill_graceful_reload,
    "backup-restore": drill_backup_restore,
}


def _terminate(signum, frame):
    # Unwind through every context manager so no private server outlives the drills.
    raise SystemExit(128 + signum)


def run_drills(names, keep=False):
    results = []
    with private_portal(keep=keep) as services:
        for name in names:
            say(f"Drill: {name}")
            try:
                results.append(DRILLS[name](services))
            except Exception as error:  # a crashed drill is a failed drill; the others still run
                results.append(DrillResult(name, "completes", problems=[f"crashed: {error!r}"]))
                if not services.server.healthy():
                    say(f"The site does not answer any more; stopping. gunicorn log: {services.server.log}")
                    break
    return results


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", choices=list(DRILLS), help="run only this drill (repeatable)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder with the server logs")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    started = time.monotonic()
    try:
        results = run_drills(args.only or list(DRILLS), keep=args.keep)
    except (RuntimeError, TimeoutError) as error:
        # Everything started has been stopped and removed by now; say what went wrong.
        print(f"\nCould not set up the drills: {error}", file=sys.stderr)
        return 2
    print()
    print(table(results))
    print()
    print(details(results))
    passed = all(result.passed for result in results) and len(results) == len(args.only or DRILLS)
    print(f"\n{'All drills passed' if passed else 'Some drills FAILED'} in {time.monotonic() - started:.0f} s.")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
