"""The registry's pages: a directory per language and a page per partnership or membership."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index

from portal.caching.fragments import cached
from portal.caching.tags import children_tag, links_tag, model_tag, page_tag, record_tag
from portal.languages.slugs import AsciiSlugs
from portal.pages.queries import public
from portal.permissions.page_rights import EditorialPermissions

from .. import directory, history, mapping, relation_context
from ..blocks import BenefitsBlock, ContactsBlock, DocumentsBlock, FocusAreasBlock, RelationBodyBlock
from ..choices import DatePrecision, RelationStatus, RelationType
from .partners import Network, PartnerCity


class ViewRestrictionsInOneQuery:
    """Find the view restrictions of a page and its ancestors in one query instead of two.

    Same rule as Wagtail's: an alias (this page or an ancestor) takes its source page's
    restrictions. Wagtail points every alias at the original, so one step resolves it.
    """

    def get_view_restrictions(self):
        steplen = self.steplen
        paths = [self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]
        sources = Page.objects.filter(path__in=paths).annotate(source=Coalesce("alias_of_id", "id")).values("source")
        return PageViewRestriction.objects.filter(page_id__in=sources)


class DirectoryView:
    """The directory filtered by a reader's choices, with its maps, as the template shows it.

    Worked out only when the template builds the directory: a cached directory reads nothing here.
    """

    def __init__(self, index, request, options, choices):
        self.index = index
        self.request = request
        self.options = options
        self.choices = choices

    @property
    def key(self):
        return self.choices.key

    @property
    def free_text(self):
        # Choices are checked against known values, so there are few of them; free-text searches
        # are not, and are rendered afresh.
        return bool(self.choices.query)

    @cached_property
    def found(self):
        return directory.filter_directory(self.index.directory_entries(self.request), self.options, self.choices)

    @cached_property
    def _frames(self):
        return mapping.split_by_frame(self.found.mapped_entries)

    @property
    def europe_map(self):
        europe = self._frames[0]
        return europe and mapping.render_map(mapping.EUROPE, europe, _("Partner cities in Europe"))

    @property
    def world_map(self):
        world = self._frames[1]
        return world and mapping.render_map(mapping.WORLD, world, _("Partner cities elsewhere"))


class RelationIndexPage(AsciiSlugs, EditorialPermissions, ViewRestrictionsInOneQuery, Page):
    """The directory of partnerships and memberships in one language."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["memberships.RelationPage"]
    max_count_per_parent = 1
    # Search results show no date for it: its publication date tells readers nothing.
    search_dated = False

    intro = models.TextField(
        blank=True, max_length=600, help_text=_("Shown above the directory."), verbose_name=_("Introduction")
    )

    content_panels = [*Page.content_panels, "intro"]

    class Meta:
        verbose_name = _("partnerships directory")

    def route(self, request, path_components):
        # Its children are all relations: load the specific page in one query, not Wagtail's two.
        if not path_components:
            return super().route(request, path_components)
        relation = RelationPage.objects.child_of(self).filter(slug=path_components[0]).first()
        if relation is None:
            raise Http404
        relation._cached_parent_obj = self
        return relation.route(request, path_components[1:])

    def directory_entries(self, request):
        """Every live, public relation under this directory, as directory entries.

        Cached until a relation under it is published, unpublished, moved or deleted, or a city or
        network changes, so the directory's one big query runs once per change, not once per reader.
        """

        def build():
            relations = (
                public(RelationPage.objects.child_of(self))
                .select_related("partner_city", "partner_network")
                .annotate(**history.start_annotations(StatusHistoryEntry))
                .order_by("title", "pk")
            )
            entries = [directory.entry_for(relation, relation.get_url(request)) for relation in relations]
            return sorted(entries, key=lambda entry: (directory.fold(entry.title), entry.pk))

        tags = [page_tag(self.pk), children_tag(self.pk), model_tag(PartnerCity), model_tag(Network)]
        return cached(f"memberships:directory:{self.pk}", build, tags=tags, per_language=False)

    def directory_options(self, request):
        """The values each filter can take; cached apart from the entries, which most requests never need."""
        return cached(
            f"memberships:directory-options:{self.pk}",
            lambda: directory.options_for(self.directory_entries(request)),
            per_language=False,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        options = self.directory_options(request)
        choices = directory.parse_choices(request.GET, options)
        context["directory_view"] = DirectoryView(self, request, options, choices)
        context["directory_url"] = self.get_url(request)
        return context


class RelationPage(AsciiSlugs, EditorialPermissions, ViewRestrictionsInOneQuery, Page):
    """One partnership with a city, or one membership of a network."""

    parent_page_types = ["memberships.RelationIndexPage"]
    subpage_types = []

    summary = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("One or two sentences used in the directory and in search results."),
        verbose_name=_("Summary"),
    )
    relation_type = models.CharField(
        max_length=40,
        choices=RelationType.choices,
        default=RelationType.CITY_PARTNERSHIP,
        help_text=_("Kraków's category for this relation. Network memberships have a network as partner."),
        verbose_name=_("Relation type"),
    )
    status = models.CharField(
        max_length=20,
        choices=RelationStatus.choices,
        default=RelationStatus.ACTIVE,
        help_text=_("Where the relation stands today; record how it got there in the status history."),
        verbose_name=_("Status"),
    )
    partner_city = models.ForeignKey(
        "memberships.PartnerCity",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="relations",
        help_text=_("The partner city, in this page's language. Leave empty for a network membership."),
        verbose_name=_("Partner city"),
    )
    partner_network = models.ForeignKey(
        "memberships.Network",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="relations",
        help_text=_("The network, in this page's language. Only for network memberships."),
        verbose_name=_("Partner network"),
    )
    coordinating_department = models.CharField(
        max_length=160,
        blank=True,
        help_text=_("The city department that coordinates the relation."),
        verbose_name=_("Coordinating department"),
    )
    focus_areas = StreamField(
        FocusAreasBlock(),
        blank=True,
        help_text=_("Themes and working groups, each with the city department that takes part and its role."),
        verbose_name=_("Focus areas"),
    )
    benefits = StreamField(
        BenefitsBlock(), blank=True, help_text=_("What the relation brings, one per block."), verbose_name=_("Benefits")
    )
    documents = StreamField(
        DocumentsBlock(),
        blank=True,
        help_text=_("Application letters, agreements and resolutions."),
        verbose_name=_("Documents"),
    )
    contacts = StreamField(
        ContactsBlock(), blank=True, help_text=_("Who to write to about the relation."), verbose_name=_("Contacts")
    )
    body = StreamField(
        RelationBodyBlock(),
        blank=True,
        help_text=_("The story of the relation, block by block."),
        verbose_name=_("Body"),
    )

    content_panels = [
        *Page.content_panels,
        "summary",
        MultiFieldPanel(
            [
                FieldRowPanel(["relation_type", "status"]),
                FieldRowPanel(["partner_city", "partner_network"]),
                "coordinating_department",
            ],
            heading=_("The relation"),
        ),
        InlinePanel(
            "status_history",
            heading=_("Status history"),
            label=_("Step"),
            help_text=_("Each change: applications, agreements, admissions, changes of tier, suspensions."),
        ),
        "focus_areas",
        "benefits",
        "body",
        "documents",
        "contacts",
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("relation_type"),
        index.FilterField("status"),
        index.RelatedFields(
            "partner_city",
            [index.SearchField("name"), index.SearchField("native_name"), index.SearchField("other_names")],
        ),
        index.RelatedFields("partner_network", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("partnership or membership")

    def search_date(self):
        """The date a result for the relation shows: when the current relation began, not the last publication."""
        start = history.split(self.status_history.all()).start
        return datetime.datetime.combine(start.date, datetime.time(), tzinfo=datetime.UTC) if start else None

    def search_facts(self):
        """Facts readers search for, in the page's language: the kind of relation, the partner's country."""
        terms = [str(self.get_relation_type_display())]
        if self.partner_city is not None:
            terms.append(self.partner_city.country_name)
        if self.partner_network is not None:
            terms.append(self.partner_network.name)
        return [term for term in terms if term]

    def clean(self):
        super().clean()
        is_membership = self.relation_type == RelationType.NETWORK_MEMBERSHIP
        if is_membership and not self.partner_network_id:
            raise ValidationError({"partner_network": _("A network membership needs its network.")})
        if is_membership and self.partner_city_id:
            raise ValidationError({"partner_city": _("A network membership has a network, not a city, as partner.")})
        if not is_membership and not self.partner_city_id:
            raise ValidationError({"partner_city": _("Choose the partner city.")})
        if not is_membership and self.partner_network_id:
            raise ValidationError({"partner_network": _("Only network memberships have a network as partner.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The template caches the relation, the same for every reader until the page, its
        # partner or the articles linking to it change; the date in its name makes facts turn
        # stale on the right day.
        context["relation"] = SimpleLazyObject(lambda: relation_context.relation_context(self, request))
        context["relation_day"] = timezone.localdate().isoformat()
        tags = [page_tag(self.pk), links_tag(self.translation_key)]
        if self.partner_city_id:
            tags.append(record_tag(PartnerCity, self.partner_city_id))
        if self.partner_network_id:
            tags.append(record_tag(Network, self.partner_network_id))
        context["relation_tags"] = tags
        return context


class StatusHistoryEntry(TranslatableMixin, Orderable):
    """One dated step in a relation's history, with its legal basis.

    Translatable, so wagtail-localize offers its stage and note to translators with the page.
    """

    page = ParentalKey(RelationPage, on_delete=models.CASCADE, related_name="status_history", verbose_name=_("Page"))
    date = models.DateField(
        help_text=_("When it happened. If only the month or year is known, enter its first day and say so below."),
        verbose_name=_("Date"),
    )
    date_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("How much of the date is known; readers see only that much."),
        verbose_name=_("Precision of the date"),
    )
    stage = models.CharField(
        max_length=160,
        help_text=_('The status or membership tier reached, e.g. "Application submitted", "Associate member".'),
        verbose_name=_("Stage"),
    )
    legal_basis = models.CharField(
        max_length=200,
        blank=True,
        help_text=_('The decision behind it, e.g. "City Council resolution IV/47/90".'),
        verbose_name=_("Legal basis"),
    )
    legal_basis_date = models.DateField(
        null=True, blank=True, help_text=_("The date of that decision."), verbose_name=_("Legal basis date")
    )
    starts_current = models.BooleanField(
        default=False,
        help_text=_(
            "Tick the step the relation as it stands today runs from, e.g. the admission that began the current "
            "membership. Readers see the steps before it as earlier history. Without a tick the first step counts."
        ),
        verbose_name=_("Starts the current relation"),
    )
    note = models.TextField(
        blank=True, max_length=600, help_text=_("Anything readers should know about this step."), verbose_name=_("Note")
    )
    source_url = models.URLField(
        blank=True, help_text=_("Where this step is documented, if online."), verbose_name=_("Source URL")
    )

    panels = [
        FieldRowPanel(["date", "date_precision"]),
        "stage",
        "starts_current",
        FieldRowPanel(["legal_basis", "legal_basis_date"]),
        "note",
        "source_url",
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("status history step")
        verbose_name_plural = _("status history")
