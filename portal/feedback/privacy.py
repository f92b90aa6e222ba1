"""Which page is the privacy notice, so that it can say what the feedback form stores.

The notice's text about the form is written in code and templates, next to what it describes
(the retention period comes from the same setting the scheduler uses), and appears on the
privacy page the footer names, in each of its translations.
"""

from wagtail.models import Page, Site

from ..caching.fragments import cached
from ..caching.tags import model_tag
from ..models import FooterSettings


def privacy_translation_key(request):
    """The translation key of the footer's privacy page, or None."""
    site = Site.find_for_request(request) if request is not None else None

    def build():
        footer = FooterSettings.for_site(site) if site else None
        if footer is None or not footer.privacy_page_id:
            return ""
        key = Page.objects.filter(pk=footer.privacy_page_id).values_list("translation_key", flat=True).first()
        return str(key or "")

    name = f"feedback:privacy-page:{site.pk if site else 0}"
    return cached(name, build, tags=[model_tag(FooterSettings)], per_language=False, request=request) or None
