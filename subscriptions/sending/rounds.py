"""One scheduler round of e-mail alerts (registered in wagtail_hooks as a scheduled job)."""

from .batches import send_due
from .queue import queue_deliveries
from .renewal import forget_lapsed, send_reminders


def alerts_round(now):
    queue_deliveries(now)
    sent = send_due(now)
    send_reminders(now)
    forget_lapsed(now)
    return sent
