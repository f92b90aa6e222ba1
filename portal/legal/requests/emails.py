"""The e-mails of a request: to the coordinator when it arrives, to the requester when its status changes.

Plain text, in the coordinator's office language (the site's default) or in the language of
the form the requester used. The coordinator's message names what is asked and links the
admin; the requester's name and address stay there. A failed delivery is logged by the
request's number and the error's kind only, never with an address.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# Dates as each language writes them in a letter ("9 marca 2026", "9 March 2026", "9. März 2026").
DATE_FORMATS = {"pl": "j E Y", "en": "j F Y", "de": "j. F Y"}

# The requester hears of every change but "new" (which they made themselves).
REQUESTER_TEMPLATES = {
    "in_progress": "in_progress",
    "extended": "extended",
    "completed": "completed",
    "refused": "refused",
}


def _send(message, request_pk, kind):
    try:
        message.send()
    except Exception as error:  # noqa: BLE001 (a mail server down must not lose the request)
        logger.error("Accessibility request %s: the %s e-mail failed (%s)", request_pk, kind, type(error).__name__)
        return False
    return True


def _context(item, language):
    statement = item.statement
    pattern = DATE_FORMATS.get(language, "j F Y")
    with translation.override(language):
        return {
            "item": item,
            "statement": statement,
            "body": statement.public_body if statement else "",
            "contact_email": statement.contact_email if statement else "",
            "received": format_date(item.received_on, pattern),
            "due": format_date(item.due_on, pattern),
            "statement_url": statement.get_full_url() if statement else "",
        }


def coordinator_email(item):
    """To the coordinator named in the statement of the form, in the office's language."""
    statement = item.statement
    if statement is None or not statement.contact_email:
        return None
    language = settings.LANGUAGE_CODE
    context = _context(item, language)
    context["admin_url"] = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailsnippets_portal_accessibilityrequest:edit", args=[item.pk]
    )
    with translation.override(language):
        subject = _("Accessibility request %(number)s: answer by %(date)s") % {
            "number": item.pk,
            "date": context["due"],
        }
        text = render_to_string("portal/legal/requests/email/coordinator.txt", context)
    return EmailMessage(
        subject, text, settings.DEFAULT_FROM_EMAIL, [statement.contact_email], headers=_headers(language)
    )


def requester_email(item):
    """To the requester, in the language of the form they used, for the request's current status."""
    template = REQUESTER_TEMPLATES.get(item.status)
    if template is None:
        return None
    language = item.language if item.language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    context = _context(item, language)
    with translation.override(language):
        subject = _("Your accessibility request %(number)s: %(status)s") % {
            "number": item.pk,
            "status": item.get_status_display(),
        }
        text = render_to_string(f"portal/legal/requests/email/{template}.txt", context)
    headers = _headers(language)
    if item.statement and item.statement.contact_email:
        headers["Reply-To"] = item.statement.contact_email
    return EmailMessage(subject, text, settings.DEFAULT_FROM_EMAIL, [item.email], headers=headers)


def _headers(language):
    return {"Auto-Submitted": "auto-generated", "Content-Language": language}


def tell_coordinator(item):
    message = coordinator_email(item)
    return message is not None and _send(message, item.pk, "coordinator")


def tell_requester(item):
    message = requester_email(item)
    return message is not None and _send(message, item.pk, item.status)
