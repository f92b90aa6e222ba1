"""Browser tests that only read the demo site: it is loaded and served once for all of them.

Loading the demo and emptying the database again cost half a minute each; these modules change
nothing, so they share one load, committed, and leave the migrated state behind when the
package is done (public_pages.served_demo_content). Their tests carry `AUDIT_DB`.
"""

import pytest

from ..public_pages import served_demo_content


@pytest.fixture(scope="package")
def site(django_db_setup, django_db_blocker):
    """The live server showing the demo content."""
    with served_demo_content(django_db_blocker) as server:
        yield server
