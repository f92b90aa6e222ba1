"""/<lang>/subscriptions/manage/<token>/: every alert of one address, from the link in each e-mail."""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .. import tokens
from ..forms import ManageForm
from ..models import Subscriber
from .same_site import same_site_posts


# The signed link authorises the page, and posts from other sites are refused (see same_site):
# no CSRF cookie. Never stored by the page cache or a CDN: it shows one person's address.
@csrf_exempt
@same_site_posts
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    found = tokens.read_manage(token)
    subscriber = found and Subscriber.objects.filter(pk=found[0], email=found[1]).first()
    if subscriber is None:
        # Erased, lapsed or forged: the same answer, which tells nobody whether an address is known.
        return TemplateResponse(request, "subscriptions/link_invalid.html", status=400)
    alerts = subscriber.subscriptions.order_by("label", "pk")
    form = ManageForm(request.POST or None, subscriptions=alerts)
    if request.method == "POST":
        if "erase" in request.POST:
            subscriber.delete()
            return TemplateResponse(request, "subscriptions/erased.html")
        if form.is_valid():
            now = timezone.now()
            for alert in form.subscriptions:
                if form.cleaned_data[f"stop_{alert.pk}"]:
                    alert.end()
                    continue
                alert.frequency = form.cleaned_data[f"frequency_{alert.pk}"]
                if "renew" in request.POST:
                    alert.renew(now)
                alert.save()
            return HttpResponseRedirect(request.path + "?saved=1")
    return TemplateResponse(
        request,
        "subscriptions/manage.html",
        {"subscriber": subscriber, "form": form, "saved": request.GET.get("saved") == "1"},
    )
