"""The accessibility statement, built from the fields of the EU model statement (Decision (EU) 2018/1523)."""

import calendar

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from ..languages.slugs import AsciiSlugs
from ..pages.blocks import BodyBlock
from ..permissions.page_rights import EditorialPermissions

# The Web Accessibility Directive asks for a review at least once a year.
REVIEW_INTERVAL_MONTHS = 12

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

# The three groups of non-accessible content in the EU model, in its order.
BARRIER_REASONS = [
    ("non_compliance", _("Not compliant with the requirements")),
    ("disproportionate_burden", _("Disproportionate burden")),
    ("out_of_scope", _("Not within the scope of the applicable law")),
]


class BarrierBlock(blocks.StructBlock):
    """One piece of content that is not accessible, why, and how to get it another way."""

    problem = blocks.TextBlock(
        label=_("Problem"),
        help_text=_("What does not work and for whom, e.g. “Older PDF documents have no text layer.”"),
    )
    reason = blocks.ChoiceBlock(
        label=_("Reason"),
        choices=BARRIER_REASONS,
        default="non_compliance",
        help_text=_("The three groups of the EU model statement."),
    )
    alternative = blocks.TextBlock(
        label=_("Alternative"),
        required=False,
        help_text=_("How a resident can get the same information or service another way."),
    )

    class Meta:
        icon = "warning"
        template = "blocks/barrier_block.html"
        description = _("A known accessibility problem and its alternative.")


class AccessibilityStatementPage(AsciiSlugs, EditorialPermissions, Page):
    """The accessibility statement of the portal, one per language."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class ComplianceStatus(models.TextChoices):
        FULL = "full", _("Fully compliant")
        PARTIAL = "partial", _("Partially compliant")
        NONE = "none", _("Not compliant")

    class AssessmentMethod(models.TextChoices):
        SELF = "self", _("Self-assessment")
        THIRD_PARTY = "third_party", _("Assessment by a third party")

    public_body = models.CharField(
        max_length=200,
        help_text=_("The public body that runs the website, e.g. “Urząd Miasta Krakowa”."),
        verbose_name=_("Public body"),
    )
    website = models.CharField(
        max_length=200,
        help_text=_("The website or application the statement covers, e.g. “the city portal www.krakow.pl”."),
        verbose_name=_("Website"),
    )
    legislation = models.CharField(
        max_length=300,
        help_text=_("The national law the statement follows, in the page's language."),
        verbose_name=_("Legislation"),
    )
    compliance_status = models.CharField(
        max_length=20,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
        help_text=_("Against EN 301 549 (WCAG 2.1 level AA). “Fully” only when no problem is listed below."),
        verbose_name=_("Compliance status"),
    )
    barriers = StreamField(
        [("barrier", BarrierBlock(label=_("Barrier")))],
        blank=True,
        help_text=_("Every known problem, with its reason and an accessible alternative."),
        verbose_name=_("Barriers"),
    )
    prepared_on = models.DateField(help_text=_("When the statement was first prepared."), verbose_name=_("Prepared on"))
    assessment_method = models.CharField(
        max_length=20,
        choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF,
        help_text=_("How compliance was assessed."),
        verbose_name=_("Assessment method"),
    )
    assessed_by = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Who carried out a third-party assessment; leave empty for a self-assessment."),
        verbose_name=_("Assessed by"),
    )
    last_reviewed_on = models.DateField(
        help_text=_("When the statement was last checked against the site. The dashboard reminds editors yearly."),
        verbose_name=_("Last reviewed on"),
    )
    contact_name = models.CharField(
        max_length=200,
        help_text=_("The person or unit that answers accessibility requests."),
        verbose_name=_("Contact name"),
    )
    contact_email = models.EmailField(
        help_text=_("Where residents send requests and reports."), verbose_name=_("Contact email")
    )
    contact_phone = models.CharField(
        max_length=40, blank=True, help_text=_("Phone number in international form."), verbose_name=_("Contact phone")
    )
    response_days = models.PositiveSmallIntegerField(
        default=7,
        help_text=_("Within how many days the public body answers a request (Polish law: at most 7)."),
        verbose_name=_("Response time in days"),
    )
    enforcement_procedure = RichTextField(
        features=TEXT_FEATURES,
        help_text=_("What residents can do when an answer is unsatisfactory, and which authority to turn to."),
        verbose_name=_("Enforcement procedure"),
    )
    architectural_accessibility = RichTextField(
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Access to the office buildings: entrances, lifts, parking, sign-language interpreting."),
        verbose_name=_("Architectural accessibility"),
    )
    body = StreamField(
        BodyBlock(), blank=True, help_text=_("Anything else residents should know."), verbose_name=_("Body")
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(["public_body", "website", "legislation"], heading=_("Scope")),
        MultiFieldPanel(["compliance_status", "barriers"], heading=_("Compliance status")),
        MultiFieldPanel(
            ["prepared_on", "assessment_method", "assessed_by", "last_reviewed_on"],
            heading=_("Preparation of the statement"),
        ),
        MultiFieldPanel(
            ["contact_name", "contact_email", "contact_phone", FieldPanel("response_days")],
            heading=_("Feedback and contact"),
        ),
        "enforcement_procedure",
        "architectural_accessibility",
        "body",
    ]

    class Meta:
        verbose_name = _("accessibility statement")

    @property
    def review_due_on(self):
        """The date by which the statement must be reviewed again."""
        return add_months(self.last_reviewed_on, REVIEW_INTERVAL_MONTHS)

    def is_review_overdue(self, today=None):
        return (today or timezone.localdate()) > self.review_due_on

    def barriers_by_reason(self):
        """(reason label, [barrier values]) in the order of the EU model, empty groups left out."""
        groups = {value: (label, []) for value, label in BARRIER_REASONS}
        for block in self.barriers:
            groups[block.value["reason"]][1].append(block.value)
        return [group for group in groups.values() if group[1]]


def add_months(date, months):
    """`date` moved by whole months; a day the target month lacks becomes its last day."""
    year, month_index = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month_index + 1
    return date.replace(year=year, month=month, day=min(date.day, calendar.monthrange(year, month)[1]))


def overdue_statements(queryset=None, today=None):
    """Statements whose last review is more than twelve months old, oldest review first."""
    cutoff = add_months(today or timezone.localdate(), -REVIEW_INTERVAL_MONTHS)
    statements = queryset if queryset is not None else AccessibilityStatementPage.objects.all()
    return statements.filter(last_reviewed_on__lt=cutoff).select_related("locale").order_by("last_reviewed_on", "pk")
