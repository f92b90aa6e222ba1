"""The form's signed, time-stamped token, in place of Django's CSRF token.

Django's CSRF protection guards what a signed-in visitor's session may do; this form acts with
no one's authority, so there is nothing to forge on a visitor's behalf. Its token would cost a
`csrftoken` cookie on every page and a per-visitor secret in the HTML, and either one keeps
the page out of the whole-page cache (portal.caching.pages). Instead the form carries
`signing.dumps({"p": page id, "t": render time})`: the same for every reader of one cached
copy, so the page stays cacheable, and tamper-proof, so an answer can only name a page we
rendered, and the timing check knows when the form was made.

A cached copy is served for at most portal.caching.pages.PAGE_SECONDS (plus a minute in a
CDN), so the render time is when that copy was built: for the first reader the real wait,
for later readers an older time. The timing check therefore stops scripts that fetch a fresh
page and post at once; the honeypot and the per-address limit (portal.feedback.limits) stop
the rest. A token is accepted for a day, long enough for a tab left open over lunch.
"""

import time

from django.core import signing

SALT = "portal.feedback.token"
MAX_AGE_SECONDS = 24 * 60 * 60


class InvalidToken(Exception):
    """The token was altered, made for another purpose, or is too old."""


def now():
    """Seconds since the epoch; tests replace it to move time instead of sleeping."""
    return time.time()


def issue(page_id, salt=SALT):
    """A token for a form on the page; another form of the site signs with a salt of its own."""
    return signing.dumps({"p": page_id, "t": int(now())}, salt=salt)


def read(token, salt=SALT):
    """(page id, seconds since the form was rendered), or InvalidToken."""
    try:
        payload = signing.loads(token, salt=salt)
        page_id, issued = int(payload["p"]), int(payload["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidToken from error
    age = now() - issued
    if age > MAX_AGE_SECONDS or age < -60:
        raise InvalidToken
    return page_id, age
