"""The legal deadlines of a request: 7 days, or once extended, at most 2 months from the request."""

import datetime

from ...models.legal import add_months
from . import clock

ANSWER_DAYS = 7
EXTENSION_MONTHS = 2


def first_deadline(received_on):
    return received_on + datetime.timedelta(days=ANSWER_DAYS)


def latest_extension(received_on):
    """The furthest date an extension may name (art. 18 ust. 3: at most 2 months)."""
    return add_months(received_on, EXTENSION_MONTHS)


def days_left(due_on, today=None):
    """Days until the deadline: 0 on the day itself, negative once it has passed."""
    return (due_on - (today or clock.today())).days
