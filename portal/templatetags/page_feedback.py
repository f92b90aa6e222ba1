"""`{% page_feedback %}`: the “Was this page useful?” form under a page (portal.feedback), and
`{% page_feedback_privacy %}`: what it stores, on the privacy notice."""

from django import template
from django.conf import settings

from ..feedback.forms import HONEYPOT
from ..feedback.models import COMMENT_MAX_LENGTH
from ..feedback.privacy import privacy_translation_key
from ..feedback.tokens import issue

register = template.Library()


@register.inclusion_tag("includes/page_feedback.html", takes_context=True)
def page_feedback(context):
    """The form for the page in the context; nothing on previews and on views that show no page.

    It runs no query: the page's own fields say all it needs, so a page rendered afresh costs
    no more than before.
    """
    page = context.get("page")
    request = context.get("request")
    if page is None or not getattr(page, "pk", None) or not getattr(page, "live", False):
        return {"show": False}
    if request is None or getattr(request, "is_preview", False):
        return {"show": False}
    return {
        "show": True,
        "token": issue(page.pk),
        "honeypot": HONEYPOT,
        "max_length": COMMENT_MAX_LENGTH,
    }


@register.inclusion_tag("includes/page_feedback_privacy.html", takes_context=True)
def page_feedback_privacy(context):
    """What the form stores, why and for how long: on the privacy notice, in each language."""
    page = context.get("page")
    key = privacy_translation_key(context.get("request"))
    shown = page is not None and key is not None and str(getattr(page, "translation_key", "")) == key
    return {
        "show": shown,
        "months": settings.FEEDBACK_RETENTION_MONTHS,
        "limit": settings.FEEDBACK_RATE_LIMIT[0],
        "minutes": settings.FEEDBACK_RATE_LIMIT[1] // 60,
    }
