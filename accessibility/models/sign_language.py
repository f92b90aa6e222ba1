"""The sign-language page (PJM) of one language: recordings the portal serves itself."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from portal.languages.slugs import AsciiSlugs
from portal.permissions.page_rights import EditorialPermissions

from ..blocks import SignLanguageBodyBlock


class SignLanguagePage(AsciiSlugs, EditorialPermissions, Page):
    """Information in Polish sign language, with captions and transcripts, linked from every page's header."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    intro = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("A sentence or two above the recordings, saying what they tell."),
        verbose_name=_("Introduction"),
    )
    videos = StreamField(
        SignLanguageBodyBlock(),
        help_text=_("The recordings: each a video file, its captions, a poster image and a transcript."),
        verbose_name=_("Recordings"),
    )

    content_panels = [*Page.content_panels, "intro", "videos"]
    api_fields = [APIField("intro"), APIField("videos")]

    class Meta:
        verbose_name = _("sign-language page")
