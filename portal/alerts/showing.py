"""Which alert banners are showing now, cheaply enough for every page view."""

from django.db.models import Q
from django.utils import timezone

from ..caching import request_memo
from ..caching.keys import key
from ..caching.tags import add_tags, is_fresh, model_tag, versions
from ..models import AlertBanner

# Banners that have not ended, future ones included: each read checks the clock, so a banner
# appears the moment it starts and leaves the moment it ends, without waiting for the cache.
# An edit invalidates the banners' tag (portal registers AlertBanner as reader-facing).
CACHE_SECONDS = 10 * 60
SEVERITY = {AlertBanner.Level.EMERGENCY: 0, AlertBanner.Level.WARNING: 1, AlertBanner.Level.INFORMATION: 2}


def active_alerts():
    """Banners whose start has passed and whose end has not, most severe first."""
    tag = model_tag(AlertBanner)
    add_tags(tag)  # every page shows the banners
    alerts_key = key("alerts")
    stored = request_memo.get(alerts_key)
    now = timezone.now()
    if stored is not None and is_fresh(stored[0]):
        alerts = stored[1]
    else:
        before = versions([tag])
        alerts = list(AlertBanner.objects.filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now)))
        alerts.sort(key=lambda alert: SEVERITY[alert.level])
        request_memo.set(alerts_key, (before, alerts), CACHE_SECONDS)
    return [alert for alert in alerts if alert.starts_at <= now and (alert.ends_at is None or alert.ends_at > now)]
