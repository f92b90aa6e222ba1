"""Blocks of the easy-to-read and sign-language pages: one StructBlock per idea.

Easy-to-read text (ETR, "tekst łatwy do czytania") is set one short sentence to a line, with
a pictogram beside a passage to carry its idea; a sign-language video is the portal's own
files (a video in WebM and/or MP4, WebVTT captions, a poster and a transcript), played by the
browser's own player.
"""

from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Easy-to-read guidelines ask for short sentences; a line longer than this is two ideas.
LINE_LENGTH = 150


class EasyReadHeadingBlock(blocks.StructBlock):
    """A short heading that says what the next passages are about."""

    text = blocks.CharBlock(
        label=_("Text"), max_length=80, help_text=_("A few words, for example: What is the city portal?")
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "accessibility/blocks/easy_read_heading_block.html"
        preview_value = {"text": "Co to jest portal miasta?"}
        description = _("A short heading, shown large, that starts a new topic.")


class EasyReadPassageBlock(blocks.StructBlock):
    """A few short lines about one idea, with a pictogram beside them."""

    pictogram = ImageChooserBlock(
        label=_("Pictogram"),
        required=False,
        help_text=_("A simple picture of the idea, shown left of the lines. Use the same picture for the same idea."),
    )
    pictogram_alt = blocks.CharBlock(
        label=_("Pictogram text"),
        max_length=120,
        required=False,
        help_text=_("What the pictogram shows, in a few words. Required with a pictogram."),
    )
    lines = blocks.ListBlock(
        blocks.CharBlock(max_length=LINE_LENGTH),
        label=_("Lines"),
        min_num=1,
        help_text=_("One short sentence per line: one idea, simple words, no abbreviations."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Passage")
        template = "accessibility/blocks/easy_read_passage_block.html"
        preview_value = {"lines": ["Portal to strona internetowa miasta.", "Tu są wiadomości z Krakowa."]}
        description = _("Short lines about one idea, each a sentence of its own, with a pictogram.")

    def clean(self, value):
        value = super().clean(value)
        if value.get("pictogram") and not value.get("pictogram_alt", "").strip():
            raise StructBlockValidationError(
                {"pictogram_alt": ValidationError(_("Say in a few words what the pictogram shows."))}
            )
        return value


class EasyReadBodyBlock(blocks.StreamBlock):
    """What an easy-to-read page may hold: headings and passages, nothing more complex."""

    heading = EasyReadHeadingBlock()
    passage = EasyReadPassageBlock()


def _has_extension(document, extensions):
    return document is None or PurePosixPath(document.filename).suffix.lower() in extensions


class SignLanguageVideoBlock(blocks.StructBlock):
    """A recording in sign language, served by the portal itself, with captions and a transcript."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, help_text=_("What the recording is about."))
    webm = DocumentChooserBlock(
        label=_("Video (WebM)"),
        required=False,
        help_text=_("The recording as a .webm file (VP8 or VP9), which every current browser plays."),
    )
    mp4 = DocumentChooserBlock(
        label=_("Video (MP4)"),
        required=False,
        help_text=_("The same recording as an .mp4 file (H.264), for older Apple devices. Optional with WebM."),
    )
    captions = DocumentChooserBlock(
        label=_("Captions (WebVTT)"),
        help_text=_("A .vtt file with the captions in the language of this page, shown by default."),
    )
    poster = ImageChooserBlock(
        label=_("Poster image"), help_text=_("Shown before the video starts: the signer, not a logo.")
    )
    transcript = blocks.TextBlock(
        label=_("Transcript"), help_text=_("Everything the recording says, as text, shown under the video.")
    )

    class Meta:
        icon = "media"
        label = _("Sign-language video")
        template = "accessibility/blocks/sign_language_video_block.html"
        description = _("A video in sign language with captions, a poster and a transcript.")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not value.get("webm") and not value.get("mp4"):
            errors["webm"] = ValidationError(_("Choose the video as a .webm or an .mp4 file."))
        if not _has_extension(value.get("webm"), {".webm"}):
            errors["webm"] = ValidationError(_("Choose a .webm file."))
        if not _has_extension(value.get("mp4"), {".mp4", ".m4v"}):
            errors["mp4"] = ValidationError(_("Choose an .mp4 file."))
        if not _has_extension(value.get("captions"), {".vtt"}):
            errors["captions"] = ValidationError(_("Choose a WebVTT (.vtt) file."))
        if errors:
            raise StructBlockValidationError(errors)
        return value


class SignLanguageBodyBlock(blocks.StreamBlock):
    """The recordings of a sign-language page, one after another."""

    video = SignLanguageVideoBlock()
