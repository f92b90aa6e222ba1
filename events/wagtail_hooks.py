from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .cache_tags import event_tags
from .copy_next_year import URL_NAME, CopyForNextYearButton, copy_for_next_year_view
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


@hooks.register("register_admin_urls")
def copy_for_next_year_url():
    return [path("events/<int:page_id>/copy-for-next-year/", copy_for_next_year_view, name=URL_NAME)]


@hooks.register("register_page_header_buttons")
def copy_for_next_year_in_the_header(page, user, view_name, next_url=None):
    if issubclass(page.specific_class or Page, EventPage):
        yield CopyForNextYearButton(page=page, priority=35)


@hooks.register("register_page_listing_more_buttons")
def copy_for_next_year_in_the_listing(page, user, next_url=None):
    if issubclass(page.specific_class or Page, EventPage):
        yield CopyForNextYearButton(page=page, priority=25)
