"""The portal's own page types in `make bench`."""

from tools.bench.registry import budget

from . import search  # noqa: F401 - registers the search budgets and filler


@budget("home page", max_queries=8, max_median_ms=15, min_uncached_share=0.05)
def home_page_url():
    return "/pl/"


@budget("standard page", max_queries=8, max_median_ms=20)
def standard_page_url():
    return "/en/legal-notice/"
