"""A Polish event translated into German with wagtail-localize, as a translator does it in the admin."""

import datetime
from urllib.parse import urlencode

import pytest
from icalendar import Calendar

from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import Translation

from events.models import EventOccurrence, Venue
from tests.editors import user_in
from tests.events.builders import category, event, events_index, venue

pytestmark = pytest.mark.django_db

START = datetime.date.today() + datetime.timedelta(days=3)
SKIPPED = START + datetime.timedelta(weeks=2)
GERMAN_TITLE = "Tage Nürnbergs in Krakau"
GERMAN_LEAD = "Musik und Gespräche im Nürnberger Haus."


@pytest.fixture
def polish_event():
    events_index("pl")
    events_index("de")
    place = venue("pl", "Dom Norymberski")
    venue("de", "Nürnberger Haus", translation_key=place.translation_key)
    culture = category("pl", "Kultura")
    category("de", "Kultur", slug="kultur", translation_key=culture.translation_key)
    exchange = category("pl", "Wymiana")  # not translated yet
    return event(
        "Dni Norymbergi w Krakowie",
        language="pl",
        start=START,
        venue=place,
        categories=[culture, exchange],
        recurrence_rule="FREQ=WEEKLY;COUNT=5",
        skipped=[SKIPPED],
        lead="Muzyka i rozmowy w Domu Norymberskim.",
    )


def translate_string(client, translation, source_text, text):
    """What the translation editor sends when a translator types one string's translation."""
    segment = translation.source.stringsegment_set.get(string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, urlencode({"value": text}), content_type="application/x-www-form-urlencoded")
    assert response.status_code == 201, response.content


@pytest.fixture
def german_event(client, polish_event, django_capture_on_commit_callbacks):
    """The German translation, submitted, translated and published by a translator."""
    german = Locale.objects.get(language_code="de")
    client.force_login(user_in("Translators"))
    submit = reverse("wagtail_localize:submit_page_translation", args=[polish_event.pk])
    assert client.get(submit).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit, {"locales": [german.pk]})
    assert response.status_code == 302
    page = polish_event.get_translation(german).specific
    assert not page.live, "submitting makes a draft, not a published page"

    translation = Translation.objects.get(source__object_id=polish_event.translation_key, target_locale=german)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(edit).status_code == 200  # the translation editor
    translate_string(client, translation, polish_event.title, GERMAN_TITLE)
    translate_string(client, translation, polish_event.lead, GERMAN_LEAD)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit, {"action": "publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    return page


def test_the_german_event_is_published_under_the_german_calendar_with_its_translated_text(polish_event, german_event):
    assert german_event.get_parent().specific == events_index("de")
    assert german_event.live
    assert german_event.title == GERMAN_TITLE
    assert german_event.lead == GERMAN_LEAD
    assert german_event.url.startswith("/de/veranstaltungen/")


def test_the_german_event_has_the_same_dates_as_the_polish_one(polish_event, german_event):
    def dates(page):
        return list(EventOccurrence.objects.filter(event=page).values_list("start", "end"))

    assert len(dates(polish_event)) == 4  # five weeks, one skipped
    assert dates(german_event) == dates(polish_event)
    assert [item.date for item in german_event.skipped_dates.all()] == [SKIPPED]
    assert german_event.recurrence_rule == polish_event.recurrence_rule


def test_the_german_event_points_at_the_german_venue_and_categories_where_they_exist(polish_event, german_event):
    assert german_event.venue.locale.language_code == "de"
    assert german_event.venue.translation_key == polish_event.venue.translation_key
    names = sorted(german_event.categories.values_list("name", "locale__language_code"))
    assert names == [("Kultur", "de"), ("Wymiana", "pl")], "an untranslated category stays as it was"


def test_translating_an_event_leaves_the_venues_existing_translation_alone(polish_event, german_event):
    assert Venue.objects.get(locale__language_code="de").name == "Nürnberger Haus"
    assert Venue.objects.filter(locale__language_code="de").count() == 1


def test_the_german_listing_and_feed_show_the_german_event(client, german_event):
    client.logout()
    listing = client.get("/de/veranstaltungen/")
    assert listing.status_code == 200
    assert GERMAN_TITLE in listing.content.decode()
    assert german_event.url in listing.content.decode()

    feed = client.get("/de/veranstaltungen/calendar/")
    assert feed.status_code == 200
    summaries = [str(item["SUMMARY"]) for item in Calendar.from_ical(feed.content).walk("VEVENT")]
    assert summaries == [GERMAN_TITLE]

    page = client.get(german_event.url).content.decode()
    assert "Nürnberger Haus" in page
    assert 'href="/de/veranstaltungen/?category=kultur"' in page
    # The Polish category, not translated yet, links to no filter the German listing lacks.
    assert "Wymiana" not in page
    assert "category=wymiana" not in page
