"""Event pages: tree rules, what editors are told about impossible dates, the next dates, JSON-LD."""

import datetime
import json
import re

import pytest

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventIndexPage, EventPage
from portal.models import HomePage
from tests.editors import user_in
from tests.events.builders import category, event, events_index, venue
from tests.memberships.builders import city, directory, relation

TODAY = datetime.date.today()


def days(number):
    return TODAY + datetime.timedelta(days=number)


class TreeRules(WagtailPageTestCase):
    def test_a_calendar_sits_under_a_home_page_and_holds_events(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(EventPage, set())


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"end_date": days(1), "start_date": days(3)}, "end_date"),
        ({"start_time": datetime.time(18), "end_time": datetime.time(17)}, "end_time"),
        ({"start_time": None}, "start_time"),
        ({"all_day": True}, "all_day"),
        ({"recurrence_rule": "EVERY=TUESDAY"}, "recurrence_rule"),
        ({"recurrence_rule": "FREQ=WEEKLY;BYDAY=XX"}, "recurrence_rule"),
        ({"recurrence_rule": "FREQ=WEEKLY;UNTIL=20270101T120000Z"}, "recurrence_rule"),
        ({"recurrence_rule": "FREQ=DAILY;COUNT=3;UNTIL=20270101"}, "recurrence_rule"),
        ({"is_free": False, "price": ""}, "price"),
        ({"status": "moved_online", "online_url": ""}, "online_url"),
    ],
)
@pytest.mark.django_db
def test_impossible_dates_and_missing_facts_are_refused_with_a_message(fields, field_in_error):
    values = {"start_date": days(3), "start_time": datetime.time(18), "end_time": datetime.time(20), **fields}
    page = EventPage(title="Forum", slug="forum", **values)
    with pytest.raises(ValidationError) as refused:
        page.clean()
    assert field_in_error in refused.value.message_dict
    assert all(message.strip() for message in refused.value.message_dict[field_in_error])


@pytest.mark.django_db
def test_a_rule_gives_dates_at_the_same_local_time_across_the_change_of_clocks():
    page = EventPage(
        title="Evening walk",
        start_date=datetime.date(2026, 3, 21),
        start_time=datetime.time(18),
        end_time=datetime.time(19),
        recurrence_rule="FREQ=WEEKLY;COUNT=3",
    )
    occurrences = page.schedule.occurrences(today=datetime.date(2026, 3, 1))
    assert [occurrence.local_start.hour for occurrence in occurrences] == [18, 18, 18]
    offsets = [occurrence.start.utcoffset().total_seconds() / 3600 for occurrence in occurrences]
    assert offsets == [1, 1, 2]  # summer time from 29 March


@pytest.mark.django_db
def test_a_rule_without_end_is_expanded_two_years_ahead_at_most():
    page = EventPage(title="Daily", start_date=TODAY, start_time=datetime.time(9), recurrence_rule="FREQ=DAILY")
    occurrences = page.schedule.occurrences()
    assert occurrences[-1].local_start.date() <= TODAY.replace(year=TODAY.year + 2)
    assert len(occurrences) >= 365 * 2


@pytest.mark.django_db
def test_editors_see_the_next_dates_in_the_admin_skipped_ones_left_out(client):
    page = event("Language cafe", start=days(1), recurrence_rule="FREQ=WEEKLY;COUNT=4", skipped=[days(8)])
    client.force_login(user_in("Editors"))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    panel = html[html.index("data-events-next-dates") :]
    panel = panel[: panel.index("</div>")]
    shown = re.findall(r'datetime="(\d{4}-\d{2}-\d{2})', panel)
    assert shown == [str(days(number)) for number in (1, 15, 22)]


@pytest.mark.django_db
def test_an_editor_can_create_a_repeating_event_and_gets_a_clear_message_for_a_bad_one(client):
    index = events_index("en")
    client.force_login(user_in("Editors"))
    add_url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    form = {
        "title": "Eurocities forum",
        "slug": "eurocities-forum",
        "lead": "",
        "hero_image": "",
        "hero_alt": "",
        "start_date": str(days(2)),
        "start_time": "18:00",
        "end_date": str(days(1)),
        "end_time": "20:00",
        "time_zone": "Europe/Warsaw",
        "recurrence_rule": "FREQ=MONTHLY;COUNT=3",
        "skipped_dates": inline_formset([]),
        "status": "scheduled",
        "attendance_mode": "in_person",
        "online_url": "",
        "body": streamfield([]),
        "venue": "",
        "organiser": "",
        "is_free": "on",
        "price": "",
        "registration_url": "",
        "tags": "",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
    }
    refused = client.post(add_url, nested_form_data(form))
    assert refused.status_code == 200
    # The admin speaks the portal's default language, Polish, to an editor who chose none.
    assert "Wydarzenie nie może się skończyć przed rozpoczęciem." in refused.content.decode()
    form["end_date"] = ""
    created = client.post(add_url, nested_form_data(form))
    assert created.status_code == 302
    page = EventPage.objects.get(slug="eurocities-forum")
    assert len(page.schedule.occurrences()) == 3


@pytest.mark.django_db
def test_an_event_page_shows_status_dates_venue_accessibility_and_a_calendar_link(client):
    place = venue("en", "Nuremberg House", step_free=True, accessibility_notes="Ramp from the courtyard.")
    page = event("Days of Nuremberg", start=days(5), venue=place, status="postponed", is_free=False, price="10 zł")
    html = client.get(page.url).content.decode()
    assert "<strong>Postponed</strong>" in html
    assert "Step-free entrance: yes" in html
    assert "Induction loop: no" in html
    assert "Ramp from the courtyard." in html
    assert f'href="{page.url}calendar/"' in html
    assert 'class="venue-map"' in html
    assert "10 zł" in html


@pytest.mark.django_db
def test_event_json_ld_is_a_schema_org_event_with_status_place_organiser_and_offer(client):
    place = venue("en", "ICE Kraków", postal_code="31-548", latitude="50.04790", longitude="19.93150")
    page = event(
        "Eurocities conference",
        start=days(30),
        venue=place,
        organiser="European Funds Bureau",
        status="rescheduled",
        event_languages=["en", "pl"],
        registration_url="https://example.org/register",
    )
    html = client.get(page.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Eurocities conference"
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["startDate"].startswith(f"{days(30)}T18:00:00")
    assert data["endDate"].startswith(f"{days(30)}T20:00:00")
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["@type"] == "PostalAddress"
    assert data["location"]["address"]["postalCode"] == "31-548"
    assert data["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 50.0479, "longitude": 19.9315}
    assert data["organizer"] == {"@type": "Organization", "name": "European Funds Bureau"}
    assert data["offers"]["@type"] == "Offer"
    assert data["offers"]["price"] == "0"
    assert data["offers"]["url"] == "https://example.org/register"
    assert data["inLanguage"] == ["en", "pl"]
    assert '<meta property="og:title" content="Eurocities conference">' in html
    assert f'<link rel="canonical" href="http://localhost{page.url}">' in html


@pytest.mark.django_db
def test_the_api_lists_events_and_filters_them_by_date(client):
    event("Soon", start=days(3))
    event("Later", start=days(60))
    event("Over", start=days(-20))

    def titles(query):
        response = client.get(f"/api/v2/pages/?type=events.EventPage&{query}")
        assert response.status_code == 200
        return {item["title"] for item in response.json()["items"]}

    assert titles("") == {"Soon", "Later", "Over"}
    assert titles(f"ends_after={TODAY}") == {"Soon", "Later"}
    assert titles(f"ends_after={TODAY}&starts_before={days(10)}") == {"Soon"}
    assert client.get("/api/v2/pages/?type=events.EventPage&ends_after=soon").status_code == 400
    assert client.get(f"/api/v2/pages/?ends_after={TODAY}").status_code == 400


@pytest.mark.django_db
def test_site_search_finds_an_event(client):
    event("Nightingale choir concert", start=days(4))
    call_command("update_index", verbosity=0)
    assert "Nightingale choir concert" in client.get("/en/search/?q=nightingale").content.decode()


@pytest.mark.django_db
def test_categories_are_offered_in_the_listing_filter(client):
    category("en", "Conferences")
    events_index("en")
    assert '<option value="conferences"' in client.get("/en/events/").content.decode()


@pytest.mark.django_db
def test_a_partnership_page_lists_each_coming_event_once_at_its_next_date_then_past_ones(client):
    partnership = relation(directory("en"), "Nuremberg", partner_city=city("en"))
    event("Weekly tandem", relations=[partnership], start=days(-13), recurrence_rule="FREQ=WEEKLY;COUNT=30")
    event("Nuremberg days", relations=[partnership], start=days(5))
    event("Fair of last year", relations=[partnership], start=days(-400))
    event("Draft visit", relations=[partnership], start=days(2), publish=False)

    html = client.get(partnership.url).content.decode()
    section = html.partition('id="relation-events-heading"')[2]
    coming, _heading, past = section.partition("Past events")

    assert coming.count("Weekly tandem") == 1
    assert days(0) <= datetime.date.fromisoformat(re.search(r'datetime="(\d{4}-\d\d-\d\d)', coming).group(1))
    assert coming.index("Weekly tandem") < coming.index("Nuremberg days")
    assert "Fair of last year" in past and "Fair of last year" not in coming
    assert "Draft visit" not in html
