"""Which alert banners are showing now, cheaply enough for every page view."""

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from .models import AlertBanner

CACHE_KEY = "portal:active-alerts"
# Banners appear and end by the clock, not by an edit; this bounds the delay to half a minute.
CACHE_SECONDS = 30


def active_alerts():
    """Banners whose start has passed and whose end has not, most severe first."""
    alerts = cache.get(CACHE_KEY)
    if alerts is None:
        now = timezone.now()
        alerts = list(AlertBanner.objects.filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now), starts_at__lte=now))
        severity = {AlertBanner.Level.EMERGENCY: 0, AlertBanner.Level.WARNING: 1, AlertBanner.Level.INFORMATION: 2}
        alerts.sort(key=lambda alert: severity[alert.level])
        cache.set(CACHE_KEY, alerts, CACHE_SECONDS)
    # Re-check the clock: a cached banner may have ended since it was cached.
    now = timezone.now()
    return [alert for alert in alerts if alert.starts_at <= now and (alert.ends_at is None or alert.ends_at > now)]


def forget_alerts(**kwargs):
    """Show an edited banner on the next request, not after the cache expires."""
    cache.delete(CACHE_KEY)
