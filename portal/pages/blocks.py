"""StreamField blocks shared by every page type: one StructBlock per idea."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; pages start at h2 because the title is the h1."""

    text = blocks.CharBlock(
        label=_("Text"), max_length=120, help_text=_("Short and descriptive: it appears in the page outline.")
    )
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        help_text=_("Use h3 only below an h2, so screen-reader users can follow the outline."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "Kraków joins Eurocities", "level": "h2"}
        description = _("A heading that divides the text into sections.")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with the caption and credit a newsroom needs."""

    image = ImageChooserBlock(
        label=_("Image"), help_text=_("Choose or upload the picture; its alt text, caption and credit follow.")
    )
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Leave empty only for pure decoration."),
        required=False,
    )
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=250, required=False, help_text=_("Shown under the image.")
    )
    credit = blocks.CharBlock(
        label=_("Credit"), max_length=120, required=False, help_text=_('Author or source, e.g. "Eurocities".')
    )

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        description = _("A photo or illustration with caption and credit.")


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person it comes from."""

    quote = blocks.TextBlock(
        label=_("Quotation"), help_text=_("The words as spoken or written, without quotation marks.")
    )
    attribution = blocks.CharBlock(
        label=_("Attribution"), max_length=160, required=False, help_text=_("Who said it, and their role.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {"quote": "Kraków is ready to share what it knows.", "attribution": "The mayor"}
        description = _("A quotation set apart from the text.")


class FactBoxBlock(blocks.StructBlock):
    """Key facts at a glance, set apart from the running text."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, help_text=_('For example "At a glance".'))
    facts = blocks.ListBlock(
        blocks.CharBlock(max_length=250), label=_("Facts"), help_text=_("One short fact per line.")
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/fact_box_block.html"
        preview_value = {"title": "At a glance", "facts": ["Founded 1986", "Over 200 member cities"]}
        description = _("A box of short facts next to the text.")


class BodyBlock(blocks.StreamBlock):
    """The content blocks every page body offers."""

    heading = HeadingBlock(label=_("Heading"))
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        help_text=_("Running text: keep paragraphs short and link words that say where they lead."),
    )
    image = CaptionedImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    fact_box = FactBoxBlock(label=_("Fact box"))


class TopTaskBlock(blocks.StructBlock):
    """One of the few things most residents come for, as a link: a page of the portal or a city e-service."""

    label = blocks.CharBlock(
        label=_("Label"),
        max_length=60,
        help_text=_('What residents can do, in a few words, e.g. "Check when waste is collected".'),
    )
    page = blocks.PageChooserBlock(
        label=_("Page"),
        required=False,
        help_text=_("A page of the portal; translations link to the page in their own language."),
    )
    url = blocks.URLBlock(
        label=_("Address"),
        required=False,
        help_text=_("Or the address of a city e-service elsewhere, e.g. the public transport timetables."),
    )
    hint = blocks.CharBlock(
        label=_("Hint"),
        max_length=90,
        required=False,
        help_text=_('Optional, shown under the label, e.g. "Timetables of trams and buses".'),
    )

    class Meta:
        icon = "link"
        template = "blocks/top_task_block.html"
        preview_value = {"label": "Public transport timetables", "url": "https://rozklady.mpk.krakow.pl/"}
        description = _("A link to a page or an e-service that many residents look for.")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter an address, not both.")
            raise blocks.StructBlockValidationError(block_errors={"url": ValidationError(message)})
        return value


class TopTasksBlock(blocks.StreamBlock):
    """The home page's top tasks: at most eight, so each stays easy to find."""

    task = TopTaskBlock(label=_("Top task"))

    class Meta:
        max_num = 8
