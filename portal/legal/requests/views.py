"""Receive a request (POST /<lang>/accessibility-request/) and confirm it (GET .../sent/).

The same refusals as the page-feedback form (portal.feedback.views): a broken or stale form
400, a filled honeypot 400, a form sent too soon or with a mistake 400 with the form again
and what was written, too many requests 429; always a page in the reader's language.
"""

from django.conf import settings
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from ...feedback import limits, tokens
from ...feedback.forms import HONEYPOT
from ...models.legal import AccessibilityStatementPage
from ...pages.queries import public
from . import clock, emails
from .forms import RequestForm
from .models import AccessibilityRequest

# A signing namespace of its own, so a feedback token cannot stand in for a request token.
SIGNING_SALT = "portal.legal.requests.token"
RATE_SCOPE = "accessibility-request"


def issue_token(statement):
    return tokens.issue(statement.pk, salt=SIGNING_SALT)


def statement_for_language(language=None):
    """The live, public statement of the reader's language, or None."""
    language = language or translation.get_language()
    pages = AccessibilityStatementPage.objects.filter(locale__language_code=language)
    return public(pages).first()


# No CSRF cookie: a signed token stands in for it, as on the feedback form (portal.feedback.tokens).
@csrf_exempt
@require_POST
def submit(request):
    try:
        statement_id, age = tokens.read(request.POST.get("token", ""), salt=SIGNING_SALT)
    except tokens.InvalidToken:
        return _refused(request, "expired", status=400)
    statement = public(AccessibilityStatementPage.objects.filter(pk=statement_id)).select_related("locale").first()
    if statement is None:
        return _refused(request, "gone", status=400)
    if request.POST.get(HONEYPOT):
        return _refused(request, "invalid", status=400)
    form = RequestForm(request.POST)
    if not form.is_valid():
        return _again(request, form, statement)
    if age < settings.ACCESSIBILITY_REQUEST_MIN_SECONDS:
        return _again(request, form, statement, too_soon=True)
    # Counted once the request is complete, so a resident correcting a typo is not turned away.
    if not limits.allow(request, scope=RATE_SCOPE, rate=settings.ACCESSIBILITY_REQUEST_RATE_LIMIT):
        return _refused(request, "too_many", status=429)
    data = form.cleaned_data
    with transaction.atomic():
        item = AccessibilityRequest.objects.create(
            statement=statement,
            language=statement.locale.language_code,
            page_concerned=data["page_concerned"],
            problem=data["problem"],
            alternative=data["alternative"],
            name=data["name"],
            email=data["email"],
            received=clock.now(),
        )
        transaction.on_commit(lambda: emails.tell_coordinator(item))
    return HttpResponseRedirect(reverse("portal_accessibility_request_sent"), status=303)


@require_safe
def sent(request):
    """What happens next, in the reader's language, with the way back to the statement."""
    return TemplateResponse(
        request, "portal/legal/requests/sent.html", {"statement": statement_for_language(), "days": 7}
    )


def _refused(request, reason, *, status):
    context = {"reason": reason, "statement": statement_for_language()}
    return TemplateResponse(request, "portal/legal/requests/refused.html", context, status=status)


def _again(request, form, statement, too_soon=False):
    """The form again with what was written and what to correct; sent once more, it counts."""
    context = {"form": form, "statement": statement, "too_soon": too_soon, "honeypot": HONEYPOT}
    return TemplateResponse(request, "portal/legal/requests/again.html", context, status=400)
