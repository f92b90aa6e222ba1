"""The legal parts of pages: the accessibility request form on the statement, the imprint's
facts on the imprint page, and what the request form stores on the privacy notice."""

from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Page, Site

from ..caching.fragments import cached
from ..caching.tags import add_tags, model_tag
from ..feedback.forms import HONEYPOT
from ..legal.requests.forms import RequestForm
from ..legal.requests.views import issue_token
from ..models import FooterSettings, ImprintSettings
from ..navigation import header_and_footer

register = template.Library()


def _footer_page_keys(request):
    """{role: translation key} of the footer's legal pages, cached until the footer changes."""
    site = Site.find_for_request(request)

    def build():
        footer = FooterSettings.for_site(site) if site else None
        if footer is None:
            return {}
        roles = footer.legal_page_roles
        keys = Page.objects.filter(pk__in=list(roles)).values_list("pk", "translation_key")
        return {roles[pk]: str(key) for pk, key in keys}

    name = f"legal:footer-pages:{site.pk if site else 0}"
    return cached(name, build, tags=[model_tag(FooterSettings)], per_language=False, request=request)


def _is_footer_page(context, role):
    """Whether the page in the context is (a translation of) the footer's page of that role."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None or not getattr(page, "pk", None):
        return False
    return str(getattr(page, "translation_key", "")) == _footer_page_keys(request).get(role)


@register.inclusion_tag("portal/legal/requests/form.html", takes_context=True)
def accessibility_request_form(context):
    """The request form for the statement in the context; a preview gets one that cannot be sent."""
    page = context["page"]
    request = context.get("request")
    form = RequestForm(initial={"token": issue_token(page) if page.pk else ""})
    urls = header_and_footer.footer(request)["urls"] if request is not None else {}
    return {"form": form, "honeypot": HONEYPOT, "privacy_url": urls.get("privacy")}


@register.inclusion_tag("portal/legal/imprint.html", takes_context=True)
def imprint(context):
    """The publisher's facts on the imprint page the footer names, in the reader's language."""
    if not _is_footer_page(context, "imprint"):
        return {"show": False}
    request = context["request"]
    facts = ImprintSettings.for_request(request)
    add_tags(model_tag(ImprintSettings))
    return {"show": True, "imprint": facts, "language": translation.get_language()}


@register.inclusion_tag("portal/legal/requests/privacy.html", takes_context=True)
def accessibility_request_privacy(context):
    """What the request form stores, why and for how long: on the privacy notice."""
    return {
        "show": _is_footer_page(context, "privacy"),
        "months": settings.ACCESSIBILITY_REQUEST_RETENTION_MONTHS,
        "limit": settings.ACCESSIBILITY_REQUEST_RATE_LIMIT[0],
    }
