"""The demo calendar: loaded with the rest of the demo content, in three languages, only once."""

import pytest
from icalendar import Calendar

from django.core.management import call_command

from events.models import EventCategory, EventIndexPage, EventPage, Venue

pytestmark = pytest.mark.django_db


def counts():
    return [model.objects.count() for model in (EventIndexPage, EventPage, Venue, EventCategory)]


def test_loading_the_demo_twice_creates_nothing_new(demo):
    before = counts()
    call_command("demo_events", verbosity=0)
    assert counts() == before


def test_every_language_has_at_least_twelve_events_some_repeating_one_cancelled(demo):
    for language in ("pl", "en", "de"):
        events = EventPage.objects.live().filter(locale__language_code=language)
        assert events.count() >= 12
        assert events.exclude(recurrence_rule="").count() >= 2
        assert events.filter(status="cancelled").exists()
        assert events.filter(relations__slug__in=["eurocities"]).exists()


def test_the_demo_calendars_parse_and_partnership_pages_show_their_events(demo, client):
    for path in ("/pl/wydarzenia/calendar/", "/en/events/calendar/", "/de/veranstaltungen/calendar/"):
        response = client.get(path)
        assert response.status_code == 200
        assert len(Calendar.from_ical(response.content).walk("VEVENT")) >= 10
    nuremberg = client.get("/en/partnerships/nuremberg/").content.decode()
    assert "Days of Nuremberg in Kraków" in nuremberg
    assert "Upcoming events" in client.get("/en/").content.decode()
    polish = client.get("/pl/wydarzenia/?step_free=1")
    assert polish.status_code == 200
    assert "Dom Norymberski" not in "".join(event.venue.name for _o, event in polish.context["results"].items)


def test_each_languages_calendar_is_in_the_main_menu(demo, client):
    for language in ("pl", "en", "de"):
        index = EventIndexPage.objects.get(locale__language_code=language)
        assert index.show_in_menus
        home = client.get(f"/{language}/").content.decode()
        menu = home[home.index('class="main-nav') :]
        menu = menu[: menu.index("</nav>")]
        assert f'href="{index.url}"' in menu
