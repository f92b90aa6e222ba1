import pytest

from portal.feedback import tokens
from portal.legal.requests import clock as request_clock

from .statements import Moment, warsaw


@pytest.fixture
def clock(monkeypatch):
    """A frozen clock for requests and their form tokens, moved by `clock.advance(days=…)`."""
    fake = Moment(warsaw(2026, 3, 2))
    monkeypatch.setattr(request_clock, "now", fake.now)
    monkeypatch.setattr(tokens, "now", fake.seconds)
    return fake
