"""Blocks of the registry: the structured parts of a relation page, and network facts for any body.

Focus areas, benefits, documents and contacts are stored on the page itself (StreamField), so
editors translate them with the page and a relation page costs the same queries however many
it has.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.pages.blocks import BodyBlock


class KindLabelMixin:
    """Gives the template `kind_label`, the readable name of the block's `kind` choice."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(self.child_blocks["kind"].field.choices).get(value["kind"], "")
        return context


class FocusAreaBlock(KindLabelMixin, blocks.StructBlock):
    """A theme or working group Kraków takes part in, with the city department that does the work."""

    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("focus_area", _("Focus area")), ("working_group", _("Working group"))],
        default="focus_area",
        help_text=_("A broad theme of the cooperation, or a named working group of the partner or network."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120, help_text=_('For example "Digitalisation".'))
    description = blocks.TextBlock(
        label=_("Description"), required=False, help_text=_("What Kraków does or plans to do in it.")
    )
    department = blocks.CharBlock(
        label=_("Department"),
        max_length=160,
        required=False,
        help_text=_("The city department that takes part, if one is assigned."),
    )
    role = blocks.CharBlock(
        label=_("Role"),
        max_length=120,
        required=False,
        help_text=_('The department\'s role, e.g. "lead", "member", "observer".'),
    )

    class Meta:
        icon = "group"
        template = "memberships/blocks/focus_area_block.html"
        preview_value = {"kind": "focus_area", "title": "Digitalisation", "description": "Digital services."}
        description = _("A focus area or working group with the department and its role.")


class RelationDocumentBlock(KindLabelMixin, blocks.StructBlock):
    """A document behind the relation: an application letter, an agreement, a resolution."""

    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("application", _("Application letter")),
            ("agreement", _("Agreement")),
            ("resolution", _("Council resolution")),
            ("other", _("Other document")),
        ],
        default="agreement",
        help_text=_("What kind of document it is."),
    )
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_('For example "Twin-city agreement with Nuremberg".')
    )
    date = blocks.DateBlock(label=_("Date"), required=False, help_text=_("When it was signed, adopted or sent."))
    document = DocumentChooserBlock(
        label=_("Document"), required=False, help_text=_("The file, if the city publishes it.")
    )
    url = blocks.URLBlock(
        label=_("Address"),
        required=False,
        help_text=_("Or the address of the exact page that holds it, e.g. in the Public Information Bulletin (BIP)."),
    )
    no_link_reason = blocks.CharBlock(
        label=_("Why there is no link"),
        max_length=200,
        required=False,
        help_text=_(
            'Without a file or an address, tell readers why and how to get it, e.g. "Kept on paper in the '
            'city archive; ask the coordinating department for a copy."'
        ),
    )

    class Meta:
        icon = "doc-full"
        template = "memberships/blocks/relation_document_block.html"
        preview_value = {"kind": "agreement", "title": "Twin-city agreement"}
        description = _("A document with its date and, if published, a link.")


class ContactBlock(blocks.StructBlock):
    """Who residents and partners can write to about the relation."""

    name = blocks.CharBlock(
        label=_("Name"), max_length=120, required=False, help_text=_("A person or a team; may stay empty.")
    )
    role = blocks.CharBlock(label=_("Role"), max_length=120, required=False, help_text=_('For example "Coordinator".'))
    department = blocks.CharBlock(label=_("Department"), max_length=160, help_text=_("The department or office."))
    email = blocks.EmailBlock(
        label=_("E-mail"), required=False, help_text=_("A shared mailbox is better than a personal one.")
    )
    phone = blocks.CharBlock(
        label=_("Phone"), max_length=40, required=False, help_text=_("In international form, e.g. +48 12 …")
    )

    class Meta:
        icon = "user"
        template = "memberships/blocks/contact_block.html"
        preview_value = {"department": "International Relations Office", "role": "Coordinator"}
        description = _("A contact for the relation.")


class NetworkFactsBlock(blocks.StructBlock):
    """A network's dated facts, kept in one place and shown wherever they are needed."""

    network = SnippetChooserBlock(
        "memberships.Network", label=_("Network"), help_text=_("Its facts are shown with their dates.")
    )
    title = blocks.CharBlock(
        label=_("Title"), max_length=120, required=False, help_text=_('For example "Eurocities in figures".')
    )

    class Meta:
        icon = "list-ol"
        template = "memberships/blocks/network_facts_block.html"
        description = _("A network's figures with their as-of dates and sources; out-of-date ones are marked.")


class FocusAreasBlock(blocks.StreamBlock):
    focus_area = FocusAreaBlock(label=_("Focus area"))


class BenefitsBlock(blocks.StreamBlock):
    benefit = blocks.CharBlock(
        label=_("Benefit"),
        max_length=250,
        icon="tick",
        template="memberships/blocks/benefit_block.html",
        help_text=_("One thing the relation brings to the city or its residents, in a sentence."),
    )


class DocumentsBlock(blocks.StreamBlock):
    document = RelationDocumentBlock(label=_("Document"))


class ContactsBlock(blocks.StreamBlock):
    contact = ContactBlock(label=_("Contact"))


class RelationBodyBlock(BodyBlock):
    """The portal's body blocks plus a network's facts."""

    network_facts = NetworkFactsBlock(label=_("Network facts"))
