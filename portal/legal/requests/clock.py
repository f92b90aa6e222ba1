"""The time requests are received and deadlines are counted by; tests replace `now`."""

from django.utils import timezone


def now():
    return timezone.now()


def localdate(moment):
    """The date in Kraków: deadlines are counted in calendar days of the office."""
    return timezone.localdate(moment)


def today():
    return localdate(now())
