"""The accessibility statement, built from the fields of the EU model statement (Decision (EU) 2018/1523)."""

import calendar

from django.core.exceptions import ValidationError
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
        help_text=_("The name of the website the statement covers, shown in quotation marks, e.g. “www.krakow.pl”."),
        verbose_name=_("Website"),
    )
    site_published_on = models.DateField(
        help_text=_("When the website was first published."), verbose_name=_("Website published on")
    )
    last_updated_on = models.DateField(
        help_text=_("The date of the website's last significant update (a new version, a redesign)."),
        verbose_name=_("Last significant update"),
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
        max_length=40, help_text=_("Phone number in international form."), verbose_name=_("Contact phone")
    )
    response_days = models.PositiveSmallIntegerField(
        default=7,
        help_text=_("Within how many days the public body answers a request (Polish law: at most 7)."),
        verbose_name=_("Response time in days"),
    )
    enforcement_procedure = RichTextField(
        features=TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Anything to add to the request and complaint procedure the statement states by law, e.g. where to "
            "send a complaint on paper."
        ),
        verbose_name=_("Enforcement procedure"),
    )
    architectural_accessibility = RichTextField(
        features=TEXT_FEATURES,
        help_text=_("Access to the office buildings: entrances, lifts, parking, sign-language interpreting."),
        verbose_name=_("Architectural accessibility"),
    )
    easy_read_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page about the city office in easy-to-read text (ETR). Each language links its own."),
        verbose_name=_("Easy-to-read page"),
    )
    sign_language_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page with the Polish Sign Language (PJM) recording about the city office."),
        verbose_name=_("Sign language page"),
    )
    body = StreamField(
        BodyBlock(), blank=True, help_text=_("Anything else residents should know."), verbose_name=_("Body")
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(["public_body", "website", "site_published_on", "last_updated_on"], heading=_("Scope")),
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
        MultiFieldPanel(["easy_read_page", "sign_language_page"], heading=_("Easy-to-read text and sign language")),
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

    def clean(self):
        super().clean()
        if self.compliance_status == self.ComplianceStatus.FULL and self.barriers:
            raise ValidationError({"compliance_status": _("A fully compliant site lists no barriers.")})
        if self.compliance_status != self.ComplianceStatus.FULL and not self.barriers:
            raise ValidationError({"barriers": _("List the content that is not accessible, with its reason.")})

    def non_compliant_barriers(self):
        return [block.value for block in self.barriers if block.value["reason"] == "non_compliance"]

    def exemptions(self):
        """Barriers the law exempts: a disproportionate burden, or content outside its scope."""
        return [(label, items) for label, items in self.barriers_by_reason() if items[0]["reason"] != "non_compliance"]

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
