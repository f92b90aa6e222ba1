"""The header links to the easy-to-read and sign-language pages of the reader's language.

Registered with the portal as the "header" page section (see wagtail_hooks), so every page's
header shows them without the portal naming this app. A language gets a link only where a page
of that kind is live and public in it. The part is cached per language under the header tag
(cache_tags), which publishing, unpublishing, moving or restricting such a page moves on: the
header of every page, and every whole page cached with it, is rebuilt at once.
"""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from portal.pages.queries import public

from .cache_tags import header_tag
from .models import EasyReadPage, SignLanguagePage

# (page type, icon template, label): the label is the link's whole accessible name.
KINDS = (
    (EasyReadPage, "accessibility/icons/easy_read.svg", _("Easy read")),
    (SignLanguagePage, "accessibility/icons/sign_language.svg", _("Sign language")),
)


class HeaderLinks:
    """The links of one language, read only when the cached part is built."""

    def __init__(self, language):
        self.language = language
        self.tags = [header_tag(language)]

    @cached_property
    def links(self):
        found = []
        for model, icon, label in KINDS:
            page = public(model.objects.filter(locale__language_code=self.language)).order_by("path").first()
            if page is not None:
                found.append({"url": page.url, "icon": icon, "label": label, "kind": model._meta.model_name})
        return found


def header_section(context, page):
    return render_to_string(
        "accessibility/includes/header_links.html",
        {"formats": HeaderLinks(translation.get_language()), "request": context.get("request")},
    )
