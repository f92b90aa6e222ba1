"""/<lang>/subscriptions/unsubscribe/<token>/: the link in every alert e-mail and its
List-Unsubscribe header. A POST (RFC 8058's one-click POST from the mail program, or the
page's button) ends the alerts; a GET only shows the button, since link scanners open links."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .. import tokens
from ..models import Subscription


@csrf_exempt  # RFC 8058: the mail program POSTs with no cookie; the signed token authorises it
@never_cache  # one person's link: a stored copy would still list the alerts after they end
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    found = tokens.read_unsubscribe(token)
    if found is None:
        return TemplateResponse(request, "subscriptions/link_invalid.html", status=400)
    subscriber_id, subscription_ids = found
    alerts = Subscription.objects.filter(subscriber_id=subscriber_id, pk__in=subscription_ids)
    if request.method != "POST":
        return TemplateResponse(request, "subscriptions/unsubscribe.html", {"alerts": list(alerts), "token": token})
    for alert in alerts:
        alert.end()
    if request.POST.get("List-Unsubscribe") == "One-Click":
        return HttpResponse(status=200)  # a mail program reads nothing but the status
    return TemplateResponse(request, "subscriptions/unsubscribed.html")
