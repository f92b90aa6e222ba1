"""The fuzzer's oracle can fail: a secret shown on a public page is caught (tests/fuzz/test_fuzz.py
also checks that every secret exists in its database)."""

import pytest

from portal.models import StandardPage
from tests.builders import add_page, home

from . import content
from .probe import Probe, Report

pytestmark = pytest.mark.django_db


def test_a_secret_shown_on_a_public_page_is_reported_as_a_leak():
    page = add_page(home("en"), StandardPage, title=f"Published {content.secret('draft', 'title')}")
    report = Report()
    probe = Probe([content.secret("draft", "title")], "oracle", report=report)

    with pytest.raises(AssertionError, match="shows hidden content"):
        probe.get(page.url)
    assert report.leaks == 1
