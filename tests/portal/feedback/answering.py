"""A resident's side of page feedback: the form as a page shows it, and time moved on."""

import re

TOKEN = re.compile(r'<input type="hidden" name="token" value="([^"]+)">')
FEEDBACK_URL = "/{language}/feedback/"


def token_on(response):
    """The token of the feedback form in a page's HTML (exactly one form)."""
    found = TOKEN.findall(response.content.decode())
    assert len(found) == 1, f"expected one feedback form, found {len(found)}"
    return found[0]


class Clock:
    """portal.feedback's idea of the time, moved by hand."""

    def __init__(self, start=1_800_000_000.0):
        self.moment = start

    def __call__(self):
        return self.moment

    def advance(self, seconds):
        self.moment += seconds


def answer(client, token, *, useful="no", comment="", language="pl", address="192.0.2.10", **fields):
    """POST an answer as the form sends it, from `address`."""
    data = {"token": token, "useful": useful, "comment": comment, "website": "", **fields}
    return client.post(FEEDBACK_URL.format(language=language), data, REMOTE_ADDR=address)
