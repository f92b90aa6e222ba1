from .categories import EventCategory
from .pages import EventIndexPage, EventPage
from .parts import EventOccurrence, EventPageTag, EventSkippedDate
from .venues import Venue

__all__ = [
    "EventCategory",
    "EventIndexPage",
    "EventOccurrence",
    "EventPage",
    "EventPageTag",
    "EventSkippedDate",
    "Venue",
]
