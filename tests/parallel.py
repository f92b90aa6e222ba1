"""Transactional tests, marked so that a parallel run can keep them apart.

A transactional test empties the database when it ends, the rows the migrations made
included, so Django and pytest-django run such tests after all others. pytest-xdist hands
whole files to its workers (`--dist=loadfile`), which would put a transactional test before
other files on the same worker; and its groups (`--dist=loadgroup`) do not reach pytest 9's
node ids. So `make test-unit` runs the tests marked `transactional` in a second run of their
own, where each starts as it would at the end of a serial run.
"""

import pytest

TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_reset_sequences"}


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return bool(TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ())))


def pytest_itemcollected(item):
    if is_transactional(item):
        item.add_marker(pytest.mark.transactional)
