"""Parallel runs (pytest-xdist, `--dist=loadgroup`) that keep Django's order of tests.

A transactional test empties the database when it ends, the rows the migrations made
included, so Django and pytest-django run such tests after all others. Handing out whole
files to workers, as `--dist=loadfile` does, would put them before other files on the same
worker. Here every test is grouped with its file, except the transactional ones, which form
one group of their own. pytest-django sorts them to the end of the collection, so with
`--no-loadscope-reorder` that group is handed out last and runs after everything else its
worker was given.
"""

import pytest

TRANSACTIONAL_GROUP = "transactional"
TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_reset_sequences"}


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return bool(TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(config, items):
    if config.getoption("dist", "no") != "loadgroup":
        return
    for item in items:
        group = TRANSACTIONAL_GROUP if is_transactional(item) else str(item.path.relative_to(config.rootpath))
        item.add_marker(pytest.mark.xdist_group(group))
