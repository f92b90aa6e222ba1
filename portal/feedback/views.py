"""Receive an answer (POST /<lang>/feedback/) and thank the reader (GET /<lang>/feedback/thanks/<id>/).

Every refusal is a page in the reader's language with a 4xx status and a way back: a broken
or stale form 400, a form sent too soon 400 with the form again, too many answers 429.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from wagtail.models import Page

from ..caching.tags import add_tags, page_tag
from ..pages.queries import public
from . import limits, tokens
from .forms import HONEYPOT, AnswerForm
from .models import COMMENT_MAX_LENGTH, FeedbackAnswer


# No CSRF cookie: the signed token stands in for it (portal.feedback.tokens says why).
@csrf_exempt
@require_POST
def submit(request):
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _refused(request, "invalid", status=400)
    try:
        page_id, age = tokens.read(form.cleaned_data["token"])
    except tokens.InvalidToken:
        return _refused(request, "expired", status=400)
    # Counted before anything else is looked up: a flood costs a cache increment a request.
    if not limits.allow(request):
        return _refused(request, "too_many", status=429)
    page = Page.objects.live().filter(pk=page_id).select_related("locale").first()
    if page is None:
        return _refused(request, "gone", status=400)
    if form.cleaned_data[HONEYPOT]:
        return _refused(request, "invalid", status=400, page=page)
    if age < settings.FEEDBACK_MIN_SECONDS:
        return _too_soon(request, form, page)
    answer = FeedbackAnswer.objects.create(
        page=page,
        language=page.locale.language_code,
        useful=form.cleaned_data["useful"] == "yes",
        comment=form.cleaned_data["comment"],
    )
    return HttpResponseRedirect(reverse("portal_feedback_thanks", args=[answer.page_id]), status=303)


@require_safe
def thanks(request, page_id):
    """Thanks in the reader's language, with a link back; only a public page is named."""
    add_tags(page_tag(page_id))
    page = public(Page.objects.filter(pk=page_id)).first()
    return TemplateResponse(request, "portal/feedback/thanks.html", {"answered_page": page})


def _refused(request, reason, *, status, page=None):
    if page is not None and not public(Page.objects.filter(pk=page.pk)).exists():
        page = None
    return TemplateResponse(
        request, "portal/feedback/refused.html", {"reason": reason, "answered_page": page}, status=status
    )


def _too_soon(request, form, page):
    """The same form again, with what the reader wrote: sent once more a moment later, it counts."""
    context = {
        "answered_page": page if public(Page.objects.filter(pk=page.pk)).exists() else None,
        "token": form.cleaned_data["token"],
        "honeypot": HONEYPOT,
        "max_length": COMMENT_MAX_LENGTH,
        "comment": form.cleaned_data["comment"],
        "open": form.cleaned_data["useful"] == "no",
    }
    return TemplateResponse(request, "portal/feedback/too_soon.html", context, status=400)
