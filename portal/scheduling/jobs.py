"""The scheduler's job registry: apps add work to every round without portal naming them.

An app registers `@hooks.register("register_scheduled_job")` returning (name, run), where
`run(now)` does one round's work. Every node runs every job each round (only publishing is
limited to one node by the advisory lock), so a job must be safe to run in several processes
at once; one job's failure is logged and never stops the loop or the other jobs.
"""

import logging

from django.db import close_old_connections
from django.utils import timezone

from wagtail import hooks

HOOK_NAME = "register_scheduled_job"

logger = logging.getLogger(__name__)


def scheduled_jobs():
    """[(name, run)] in hook order."""
    return [hook() for hook in hooks.get_hooks(HOOK_NAME)]


def run_scheduled_jobs(now=None):
    """One round of every registered job; returns the names of those that failed."""
    now = now or timezone.now()
    failed = []
    for name, run in scheduled_jobs():
        try:
            run(now)
        except Exception:  # noqa: BLE001 (a job's bug or outage must not stop the other jobs)
            logger.exception("Scheduled job %s failed; it runs again next round", name)
            failed.append(name)
            close_old_connections()
    return failed
