"""Signed links: no account or password, the link itself says who may do what.

Django's signing (HMAC with SECRET_KEY, a salt per purpose) is made for this; a confirmation
link carries the whole sign-up, so nothing about an address is stored before it is confirmed.
"""

import datetime

from django.core import signing

CONFIRMATION_LIFETIME = datetime.timedelta(hours=48)
_CONFIRM = "subscriptions.confirm"
_MANAGE = "subscriptions.manage"
_UNSUBSCRIBE = "subscriptions.unsubscribe"


def confirmation_token(email, language, topic, key, frequency):
    return signing.dumps({"e": email, "l": language, "t": topic, "k": key, "f": frequency}, salt=_CONFIRM)


def read_confirmation(token):
    """The sign-up a confirmation token carries, or None when it is forged or older than 48 hours."""
    try:
        data = signing.loads(token, salt=_CONFIRM, max_age=CONFIRMATION_LIFETIME)
    except signing.BadSignature:  # SignatureExpired is one too
        return None
    return data if isinstance(data, dict) and set(data) == {"e", "l", "t", "k", "f"} else None


def manage_token(subscriber):
    # Bound to the row and its address: an erased and re-confirmed address gets a new link.
    return signing.dumps([subscriber.pk, subscriber.email], salt=_MANAGE)


def read_manage(token):
    """(subscriber id, email) from a manage token, or None."""
    try:
        data = signing.loads(token, salt=_MANAGE)
    except signing.BadSignature:
        return None
    return tuple(data) if isinstance(data, list) and len(data) == 2 else None


def unsubscribe_token(subscriber, subscription_ids):
    """Ends the alerts one e-mail was sent for; the link needs no expiry, it can only unsubscribe."""
    return signing.dumps([subscriber.pk, sorted(subscription_ids)], salt=_UNSUBSCRIBE)


def read_unsubscribe(token):
    """(subscriber id, [subscription ids]) or None."""
    try:
        data = signing.loads(token, salt=_UNSUBSCRIBE)
    except signing.BadSignature:
        return None
    if not (isinstance(data, list) and len(data) == 2 and isinstance(data[1], list)):
        return None
    return data[0], data[1]
