"""What `manage.py bench` measures: page types with their budgets, and content to fill the database.

Each app declares its own in `tools/bench/budgets/<app label>.py`; `budgets.discover()` imports them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class PageBudget:
    """One page type to render, and what it may cost."""

    name: str
    url: object  # a callable returning the URL, so it can be looked up after the content exists
    max_queries: int
    max_median_ms: float
    # For the throughput run: the least share of the minimal-view ceiling this page must
    # reach uncached (None: not part of the throughput run).
    min_uncached_share: float | None = None
    max_p95_ms: float | None = None
    # Cold: everything cached is invalidated before every timed render, so nothing cached for
    # readers (parts, search matches) helps.
    cold: bool = False
    # The first reader after a publication this page shows: a callable returning the page whose
    # publication is replayed (its cache tags invalidated as publishing does) before each render.
    published: object = None
    max_after_publication_ms: float | None = None


page_budgets = []
populators = []
# Functions returning pages readers ask for in the "editors at work" scenarios; the first page
# of the first function is the one the editor saves.
long_tails = []


def budget(name, *, max_queries, max_median_ms, **limits):
    """Register a function that returns the URL of a page of this type (limits: PageBudget's)."""

    def register(url_function):
        page_budgets.append(PageBudget(name, url_function, max_queries, max_median_ms, **limits))
        return url_function

    return register


def long_tail(function):
    """Register a function that returns live pages for the long tail of URLs readers load."""
    long_tails.append(function)
    return function


def populator(function):
    """Register a function that adds bench content on top of the demo content."""
    populators.append(function)
    return function
