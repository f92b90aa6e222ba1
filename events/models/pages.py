"""The events calendar's pages: the listing of each language and its events."""

import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.languages.slugs import AsciiSlugs
from portal.languages.translatable_tags import TranslatableTags
from portal.pages.blocks import BodyBlock
from portal.permissions.page_rights import EditorialPermissions

from .. import calendars
from ..admin_panels import NextDatesPanel
from ..choices import DEFAULT_TIME_ZONE, AttendanceMode, EventStatus, validate_event_languages
from ..event_view import EventView
from ..forms import EventPageForm
from ..listing import EventListingMixin
from ..recurrence import Schedule
from .own_language import use_own_language_choices

TIME_ZONES = sorted((name, name) for name in zoneinfo.available_timezones() if "/" in name)


class EventIndexPage(AsciiSlugs, EditorialPermissions, EventListingMixin, RoutablePageMixin, Page):
    """The events calendar of one language: upcoming and past events, filters, map and calendar feeds."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    # Search results show no date for it: its publication date tells readers nothing.
    search_dated = False

    intro = models.TextField(
        blank=True, max_length=600, help_text=_("Shown above the list of events."), verbose_name=_("Introduction")
    )

    content_panels = [*Page.content_panels, "intro"]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("events calendar")


class EventPage(AsciiSlugs, EditorialPermissions, RoutablePageMixin, Page):
    """One event: what, when (perhaps repeating), where, who organises it and what it costs."""

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    lead = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("The summary used in the listing, calendars and search results."),
        verbose_name=_("Lead"),
    )
    body = StreamField(BodyBlock(), blank=True, help_text=_("What happens, block by block."), verbose_name=_("Body"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The main picture, shown at the top and when the event is shared."),
        verbose_name=_("Hero image"),
    )
    hero_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it. Required with a picture."),
    )

    start_date = models.DateField(help_text=_("The first (or only) day."), verbose_name=_("Start date"))
    start_time = models.TimeField(
        null=True,
        blank=True,
        help_text=_("Local time; leave empty for an all-day event."),
        verbose_name=_("Start time"),
    )
    end_date = models.DateField(
        null=True, blank=True, help_text=_("Leave empty when it ends on the day it starts."), verbose_name=_("End date")
    )
    end_time = models.TimeField(
        null=True,
        blank=True,
        help_text=_("Leave empty if not known (two hours are assumed)."),
        verbose_name=_("End time"),
    )
    all_day = models.BooleanField(
        default=False,
        help_text=_("It runs all day, without times (a festival day, a fair)."),
        verbose_name=_("All day"),
    )
    time_zone = models.CharField(
        max_length=40,
        choices=TIME_ZONES,
        default=DEFAULT_TIME_ZONE,
        help_text=_("The time zone of the times above; Kraków's unless the event is abroad."),
        verbose_name=_("Time zone"),
    )
    recurrence_rule = models.CharField(
        max_length=300,
        blank=True,
        help_text=_(
            "To repeat the event, an iCalendar (RFC 5545) rule: FREQ=WEEKLY;BYDAY=TU;COUNT=10 is ten Tuesdays, "
            "FREQ=MONTHLY;BYDAY=1SA;UNTIL=20261231 the first Saturday of each month until the end of 2026. "
            "Dates are shown at most two years ahead."
        ),
        verbose_name=_("Repetition rule"),
    )
    status = models.CharField(
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text=_("Shown wherever the event appears. A cancelled event stays listed, marked as cancelled."),
        verbose_name=_("Status"),
    )
    attendance_mode = models.CharField(
        max_length=20,
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
        verbose_name=_("How people attend"),
    )
    online_url = models.URLField(
        blank=True, help_text=_("Where to follow the event online, if it is streamed."), verbose_name=_("Online link")
    )

    venue = models.ForeignKey(
        "events.Venue",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Where it takes place; pick the venue in the event's language."),
        verbose_name=_("Venue"),
    )
    organiser = models.CharField(
        max_length=160,
        blank=True,
        help_text=_("The city office, department or partner that organises it and answers questions."),
        verbose_name=_("Organiser"),
    )
    is_free = models.BooleanField(default=True, verbose_name=_("Free of charge"))
    price = models.CharField(
        max_length=120,
        blank=True,
        help_text=_('What it costs when it is not free, e.g. "20 zł, reduced 10 zł".'),
        verbose_name=_("Price"),
    )
    registration_url = models.URLField(
        blank=True, help_text=_("Where to sign up or buy tickets, if needed."), verbose_name=_("Registration link")
    )
    # A list of EVENT_LANGUAGES codes. JSON rather than PostgreSQL's array type, so the site
    # also migrates on SQLite, which `make run` uses when no database is given.
    event_languages = models.JSONField(
        blank=True,
        default=list,
        validators=[validate_event_languages],
        help_text=_("The languages spoken or signed at the event."),
        verbose_name=_("Languages of the event"),
    )

    categories = ParentalManyToManyField(
        "events.EventCategory",
        blank=True,
        related_name="events",
        help_text=_("The kinds of event it is filed under; each has its own calendar to subscribe to."),
        verbose_name=_("Categories"),
    )
    tags = TranslatableTags(
        through="events.EventPageTag", blank=True, help_text=_("Names, places and topics, e.g. Eurocities.")
    )
    # The calendar owns the link; a relation page shows its events through `events`.
    relations = ParentalManyToManyField(
        "memberships.RelationPage",
        blank=True,
        related_name="events",
        help_text=_("The partnerships or network memberships this event belongs to."),
        verbose_name=_("Relations"),
    )

    # How many times the event has been published; calendars derive SEQUENCE from it, so a
    # subscribed calendar takes each published change as newer. Kept by the page, not its revisions.
    publication_count = models.PositiveIntegerField(default=0, editable=False)

    content_panels = [
        *Page.content_panels,
        "lead",
        MultiFieldPanel(["hero_image", "hero_alt"], heading=_("Main picture")),
        MultiFieldPanel(
            [
                FieldRowPanel(["start_date", "start_time"]),
                FieldRowPanel(["end_date", "end_time"]),
                "all_day",
                "time_zone",
                "recurrence_rule",
                InlinePanel(
                    "skipped_dates",
                    heading=_("Skipped dates"),
                    label=_("Skipped date"),
                    help_text=_("Dates of the repetition on which the event does not take place."),
                ),
                NextDatesPanel(heading=_("Next dates")),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(["status", "attendance_mode", "online_url"], heading=_("Status")),
        "body",
    ]
    practical_panels = [
        "venue",
        "organiser",
        FieldRowPanel(["is_free", "price"]),
        "registration_url",
        FieldPanel("event_languages", widget=forms.CheckboxSelectMultiple),
    ]
    filing_panels = [
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        "tags",
        FieldPanel("relations", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(practical_panels, heading=_("Practical")),
            ObjectList(filing_panels, heading=_("Filing")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ],
        base_form_class=EventPageForm,
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("organiser"),
        index.FilterField("start_date"),
    ]
    api_fields = [
        APIField("lead"),
        APIField("start_date"),
        APIField("start_time"),
        APIField("end_date"),
        APIField("end_time"),
        APIField("all_day"),
        APIField("time_zone"),
        APIField("recurrence_rule"),
        APIField("status"),
        APIField("attendance_mode"),
        APIField("organiser"),
        APIField("is_free"),
        APIField("price"),
        APIField("registration_url"),
        APIField("venue"),
        APIField("body"),
    ]
    # ?starts_before= and ?ends_after= of the content API (portal.api.endpoints) filter on these.
    api_date_range = ("start_date", "last_date")

    # Not offered to translators as a related snippet: wagtail-localize would re-translate the venue
    # and put its existing translation back to the source's text. The event picks its own (save()).
    override_translatable_fields = [SynchronizedField("venue", overridable=False)]

    # When the series ends as far as it is computed: the API's date filters and the archive use it.
    last_date = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("event")

    def with_content_json(self, content):
        page = super().with_content_json(content)
        page.publication_count = self.publication_count
        return page

    @property
    def schedule(self):
        return Schedule(
            start_date=self.start_date,
            start_time=self.start_time,
            end_date=self.end_date,
            end_time=self.end_time,
            all_day=self.all_day,
            time_zone=self.time_zone,
            rule=self.recurrence_rule,
            skipped=frozenset(item.date for item in self.skipped_dates.all()),
        )

    def clean(self):
        super().clean()
        problems = {}
        if self.start_date:
            problems.update(self.schedule.problems())
        if self.hero_image_id and not self.hero_alt.strip():
            problems["hero_alt"] = _("Describe the picture for readers who cannot see it.")
        if not self.is_free and not self.price.strip():
            problems["price"] = _("Say what it costs, or tick free of charge.")
        if self.status == EventStatus.MOVED_ONLINE and not self.online_url:
            problems["online_url"] = _("An event moved online needs the link where people follow it.")
        if problems:
            raise ValidationError(problems)

    def save(self, *args, **kwargs):
        if self.pk:
            # Only publishing counts publications: a stale copy of the page must not set it back.
            stored = EventPage.objects.filter(pk=self.pk).values_list("publication_count", flat=True).first()
            self.publication_count = stored if stored is not None else self.publication_count
        use_own_language_choices(self)
        if self.start_date:
            occurrences = self.schedule.occurrences() if not self.schedule.problems() else []
            self.last_date = occurrences[-1].last_day if occurrences else self.end_date or self.start_date
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["event"] = EventView(self, request)
        return context

    @path("calendar/", name="ics")
    def ics_view(self, request):
        return calendars.event_response(self, request)

    @cached_property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED
