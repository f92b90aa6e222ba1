from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .cache_tags import event_tags
from .models import EventCategory, EventPage, Venue
from .sections import home_section, relation_section


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "street_address", "step_free_entrance", "locale"]
    list_filter = ["step_free_entrance", "locale"]
    search_fields = ["name", "street_address"]


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "folder-open-inverse"
    menu_label = _("Event categories")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


class EventSnippetsGroup(SnippetViewSetGroup):
    items = (VenueViewSet, EventCategoryViewSet)
    menu_icon = "date"
    menu_label = _("Events")
    menu_name = "events"
    menu_order = 310


register_snippet(EventSnippetsGroup)


@hooks.register("register_cache_tags")
def register_cache_tags():
    return [(EventPage, event_tags), (Venue, None), (EventCategory, None)]


@hooks.register("register_page_section")
def upcoming_events_on_the_home_page():
    return "home", home_section


@hooks.register("register_page_section")
def events_of_a_partnership():
    return "relation", relation_section
