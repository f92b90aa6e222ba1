"""Login throttling that counts failures per address and per account, separately.

django-axes counts failures by one set of parameters and, on success, clears every failure
that shares any of them: with ["ip_address", "username"] one account's good login from an
address would wipe another account's failures from that address. This handler keeps the two
counts apart: an address is locked at AXES_FAILURE_LIMIT failures from it, an account at
ACCOUNT_FAILURE_LIMIT failures for it from anywhere (higher, so an attacker at one address
is stopped before the real user is locked out), and a successful login clears only that
account's failures from that address.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.models import AccessAttempt

from django.conf import settings
from django.db.models import Sum


class AccountAndAddressHandler(AxesDatabaseHandler):
    """Axes's database handler with separate address and account budgets."""

    def get_failures(self, request, credentials=None):
        recent = AccessAttempt.objects.filter(attempt_time__gte=get_cool_off_threshold(request))
        by_address = _total(recent.filter(ip_address=request.axes_ip_address))
        username = get_client_username(request, credentials)
        by_account = _total(recent.filter(username=username)) if username else 0
        if by_account >= settings.ACCOUNT_FAILURE_LIMIT:
            return max(by_address, get_failure_limit(request, credentials))
        return by_address

    def user_logged_in(self, sender, request, user, **kwargs):
        super().user_logged_in(sender, request, user, **kwargs)
        AccessAttempt.objects.filter(username=user.get_username(), ip_address=request.axes_ip_address).delete()


def _total(attempts):
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
