"""The e-mails alerts send: a plain-text part and an accessible HTML part, in the reader's language.

No tracking pixel, no image at all, and links point straight at the portal (no redirector).
Alert e-mails carry List-Unsubscribe and List-Unsubscribe-Post (RFC 8058), so mail programs
offer a one-click unsubscribe that POSTs to the signed link.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import links


def _message(to, language, subject, template, context, unsubscribe=None):
    # A title or topic name may hold a line break (an editor's paste): one line, never a
    # header of its own, and never a message that fails to build.
    subject = " ".join(subject.split())
    with translation.override(language):
        context = {**context, "language": language, "subject": subject, "unsubscribe_url": unsubscribe}
        text = render_to_string(f"subscriptions/email/{template}.txt", context)
        html = render_to_string(f"subscriptions/email/{template}.html", context)
    headers = {"Auto-Submitted": "auto-generated", "Content-Language": language}
    if unsubscribe:
        headers["List-Unsubscribe"] = f"<{unsubscribe}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [to], headers=headers)
    message.attach_alternative(html, "text/html")
    return message


def confirmation_email(email, language, label, token):
    with translation.override(language):
        subject = _("Confirm your e-mail alert: %(topic)s") % {"topic": label}
    return _message(
        email, language, subject, "confirm", {"label": label, "confirm_url": links.confirm_url(token, language)}
    )


def _article_item(page, language):
    """What an e-mail shows of an article (its publication date) or an event (the day it starts)."""
    with translation.override(language):
        if hasattr(page, "display_date"):
            when = date_format(timezone.localtime(page.display_date), "DATE_FORMAT")
        else:
            when = date_format(page.start_date, "DATE_FORMAT")
    return {"title": page.title, "lead": page.lead, "url": page.get_full_url(), "date": when}


def alert_email(subscriber, articles, subscriptions, digest):
    """One e-mail with `articles` for the alerts `subscriptions` of `subscriber`."""
    language = subscriber.language
    labels = sorted({subscription.label for subscription in subscriptions})
    with translation.override(language):
        if digest:
            subject = ngettext(
                "Daily digest: %(count)d new article", "Daily digest: %(count)d new articles", len(articles)
            ) % {"count": len(articles)}
        else:
            subject = _("New: %(title)s") % {"title": articles[0].title}
            if len(articles) > 1:
                subject = ngettext("%(count)d new article", "%(count)d new articles", len(articles)) % {
                    "count": len(articles)
                }
    context = {
        "articles": [_article_item(article, language) for article in articles],
        "labels": labels,
        "digest": digest,
        "manage_url": links.manage_url(subscriber),
    }
    unsubscribe = links.unsubscribe_url(subscriber, [subscription.pk for subscription in subscriptions])
    return _message(subscriber.email, language, subject, "alert", context, unsubscribe=unsubscribe)


def reminder_email(subscriber, subscriptions):
    """Before alerts lapse: renew them from the manage page, or let them end."""
    language = subscriber.language
    with translation.override(language):
        subject = _("Your e-mail alerts from the Kraków portal end soon")
        lapses = date_format(timezone.localtime(min(s.expires_at for s in subscriptions)), "DATE_FORMAT")
    context = {
        "labels": sorted(subscription.label for subscription in subscriptions),
        "lapses": lapses,
        "manage_url": links.manage_url(subscriber),
    }
    unsubscribe = links.unsubscribe_url(subscriber, [subscription.pk for subscription in subscriptions])
    return _message(subscriber.email, language, subject, "reminder", context, unsubscribe=unsubscribe)
