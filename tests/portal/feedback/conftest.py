import pytest

from portal.feedback import tokens

from .answering import Clock


@pytest.fixture
def clock(monkeypatch):
    """portal.feedback's clock, moved by `clock.advance(seconds)` instead of sleeping."""
    fake = Clock()
    monkeypatch.setattr(tokens, "now", fake)
    return fake
