"""A relation's history in two parts: the relation as it stands today, and what came before it.

A membership can be older than its current form: Kraków applied to Eurocities in 1990 and was
an associate and then a full member, yet the network admitted it anew on 15 October 2025. The
step that starts the relation as it stands today is the one editors tick as such (the latest
ticked one, should there be several); without a tick it is the first step. Every place that
says since when a relation runs (the directory card, the page's "at a glance" box, its
timeline, its structured data and search results) asks this module, so they cannot disagree.
"""

from dataclasses import dataclass, field

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce


def _in_order(steps):
    return sorted(steps, key=lambda step: (step.date, step.pk or 0))


@dataclass(frozen=True)
class History:
    """The steps of a relation, oldest first, split at the step that starts the current relation."""

    start: object = None
    current: list = field(default_factory=list)
    earlier: list = field(default_factory=list)

    @property
    def latest(self):
        return self.current[-1] if self.current else None


def split(steps):
    """The History of these steps (StatusHistoryEntry objects, in any order)."""
    ordered = _in_order(steps)
    if not ordered:
        return History()
    ticked = [step for step in ordered if step.starts_current]
    start = ticked[-1] if ticked else ordered[0]
    at = ordered.index(start)
    return History(start=start, current=ordered[at:], earlier=ordered[:at])


def start_annotations(step_model):
    """Annotations `since` and `since_precision` of a relation queryset: its start step's date and
    precision, computed in the database by the same rule as `split`."""

    def first(field_name, **only):
        steps = step_model.objects.filter(page=OuterRef("pk"), **only)
        order = ("-date", "-pk") if only else ("date", "pk")
        return Subquery(steps.order_by(*order).values(field_name)[:1])

    return {
        "since": Coalesce(first("date", starts_current=True), first("date")),
        "since_precision": Coalesce(first("date_precision", starts_current=True), first("date_precision")),
    }
