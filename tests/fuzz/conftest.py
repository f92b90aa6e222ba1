import pytest

from .probe import REPORT


@pytest.fixture(autouse=True)
def _report_the_fuzzers_figures(record_property):
    """After each fuzz test, the figures so far: the summary shows the last (tests.figures)."""
    yield
    if REPORT.requests:
        record_property("figures", ("fuzzer", REPORT.lines()))
