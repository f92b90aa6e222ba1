"""The blocks of an article body: the portal's shared blocks plus lists and document links."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from portal.pages.blocks import BodyBlock


class ListBlock(blocks.StructBlock):
    """A bulleted or numbered list of short items."""

    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("ul", _("Bullets")), ("ol", _("Numbers"))],
        default="ul",
        help_text=_("Numbers only when the order matters, e.g. steps to follow."),
    )
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Items"), help_text=_("One item per line."))

    class Meta:
        icon = "list-ul"
        template = "news/blocks/list_block.html"
        preview_value = {"style": "ul", "items": ["Digital services", "Urban entrepreneurship"]}
        description = _("A list of short points.")


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a document, with its format and size so readers know what they download."""

    document = DocumentChooserBlock(
        label=_("Document"), help_text=_("Choose or upload the file readers will download (PDF or office formats).")
    )
    label = blocks.CharBlock(
        label=_("Link text"),
        max_length=200,
        required=False,
        help_text=_('What the document is, e.g. "The mayor\'s application letter"; the document title otherwise.'),
    )

    class Meta:
        icon = "doc-full"
        template = "news/blocks/document_link_block.html"
        description = _("A downloadable document such as a letter, resolution or report.")


class ArticleBodyBlock(BodyBlock):
    """Everything a news article body may contain."""

    bulleted_list = ListBlock(label=_("Bulleted list"))
    document = DocumentLinkBlock(label=_("Document"))
