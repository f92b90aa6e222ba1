"""/<lang>/subscriptions/?topic=…&key=…: the sign-up form, and the confirmation link's page."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from portal.models import FooterSettings

from .. import signup, tokens
from ..forms import SubscribeForm
from ..links import manage_url
from ..models import Topic
from ..topics import find_topic
from .same_site import same_site_posts


# No CSRF cookie for a visitor who only reads or signs up: see same_site. Not kept in the page
# cache either, whose entries would keep a topic's name after it is renamed or hidden.
@csrf_exempt
@same_site_posts
@cache_control(no_cache=True)
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    language = translation.get_language()
    source = request.POST if request.method == "POST" else request.GET
    topic_ref = find_topic(source.get("topic"), source.get("key"), language)
    if topic_ref is None:
        raise Http404
    form = SubscribeForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        if not form.is_bot:
            # Over the day's limit the answer is the same: the address may already hold its links.
            signup.request_confirmation(form.cleaned_data["email"], language, topic_ref, form.cleaned_data["frequency"])
        return TemplateResponse(request, "subscriptions/sent.html", {"topic": topic_ref})
    context = {
        "topic": topic_ref,
        "kind": Topic(topic_ref.topic).label,
        "form": form,
        "privacy_url": _privacy_url(request),
    }
    return TemplateResponse(request, "subscriptions/subscribe.html", context)


def _privacy_url(request):
    """The privacy notice chosen in the footer settings, in the reader's language, or ""."""
    notice = FooterSettings.for_request(request).privacy_page
    notice = notice and notice.localized
    return notice.url if notice is not None and notice.live else ""


# The signed token is what authorises the POST; it works from any mail program without a cookie.
@csrf_exempt
@never_cache  # one person's link: never stored by the page cache or a CDN
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows a button (link scanners in mail programs open links; only a person presses it);
    POST stores the alert."""
    data = tokens.read_confirmation(token)
    if data is None:
        return TemplateResponse(request, "subscriptions/link_invalid.html", status=400)
    if request.method != "POST":
        return TemplateResponse(request, "subscriptions/confirm.html", {"token": token})
    subscription = signup.confirm(data)
    if subscription is None:
        return TemplateResponse(request, "subscriptions/link_invalid.html", status=400)
    return TemplateResponse(
        request,
        "subscriptions/confirmed.html",
        {"subscription": subscription, "manage_url": manage_url(subscription.subscriber)},
    )
