"""An editor copies last year's event for next year in the admin: a draft with every date a year on."""

import datetime

import pytest

from django.contrib import messages
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page

from events.models import EventOccurrence, EventPage
from events.next_year import a_year_later, rule_a_year_later
from tests.editors import user_in
from tests.events.builders import category, event, venue

pytestmark = pytest.mark.django_db

START = datetime.date(2026, 6, 11)


@pytest.fixture
def festival():
    return event(
        "Dni Norymbergi",
        language="pl",
        slug="dni-norymbergi-2026",
        start=START,
        end_date=START + datetime.timedelta(days=2),
        recurrence_rule="FREQ=WEEKLY;UNTIL=20260730",
        skipped=[datetime.date(2026, 6, 25)],
        venue=venue("pl", "Dom Norymberski"),
        categories=[category("pl", "Kultura")],
    )


def copy_url(page):
    return reverse("events_copy_for_next_year", args=[page.pk])


def test_the_dates_move_to_the_same_calendar_date_a_year_later():
    assert a_year_later(datetime.date(2026, 12, 31)) == datetime.date(2027, 12, 31)
    assert a_year_later(datetime.date(2028, 2, 29)) == datetime.date(2029, 2, 28)
    assert rule_a_year_later("FREQ=MONTHLY;BYDAY=1SA;UNTIL=20280229") == "FREQ=MONTHLY;UNTIL=20290228;BYDAY=1SA"
    assert rule_a_year_later("FREQ=WEEKLY;COUNT=5") == "FREQ=WEEKLY;COUNT=5"


def test_an_editor_sees_the_action_on_the_event_and_a_confirmation(client, festival):
    client.force_login(user_in("Editors"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[festival.pk])).content.decode()
    assert copy_url(festival) in edit
    listing = client.get(reverse("wagtailadmin_explore", args=[festival.get_parent().pk])).content.decode()
    assert copy_url(festival) in listing

    confirmation = client.get(copy_url(festival))
    assert confirmation.status_code == 200
    assert b'method="POST"' in confirmation.content
    assert b"csrfmiddlewaretoken" in confirmation.content
    assert EventPage.objects.count() == 1, "a GET copies nothing"


def test_an_editor_copies_an_event_as_a_draft_a_year_later(client, festival):
    before = Page.objects.get(pk=festival.pk).specific
    client.force_login(user_in("Editors"))

    response = client.post(copy_url(festival), follow=True)

    copy = EventPage.objects.exclude(pk=festival.pk).get()
    assert response.redirect_chain[0] == (reverse("wagtailadmin_pages:edit", args=[copy.pk]), 302)
    (message,) = response.context["messages"]
    assert message.level == messages.SUCCESS
    assert "2027" in str(message)
    assert copy.get_parent() == festival.get_parent()
    assert not copy.live and copy.has_unpublished_changes
    assert copy.slug == "dni-norymbergi-2027"
    assert copy.title == festival.title
    assert copy.translation_key != festival.translation_key
    assert copy.start_date == datetime.date(2027, 6, 11)
    assert copy.end_date == datetime.date(2027, 6, 13)
    assert copy.recurrence_rule == "FREQ=WEEKLY;UNTIL=20270730"
    assert [item.date for item in copy.skipped_dates.all()] == [datetime.date(2027, 6, 25)]
    assert copy.venue == festival.venue
    assert list(copy.categories.all()) == list(festival.categories.all())
    assert not EventOccurrence.objects.filter(event=copy).exists(), "a draft has no dates in the listing"
    # The draft the editor opens holds the same dates.
    draft = copy.get_latest_revision_as_object()
    assert (draft.start_date, draft.recurrence_rule) == (copy.start_date, copy.recurrence_rule)
    assert [item.date for item in draft.skipped_dates.all()] == [datetime.date(2027, 6, 25)]

    festival.refresh_from_db()
    assert (festival.slug, festival.start_date, festival.end_date, festival.recurrence_rule) == (
        before.slug,
        before.start_date,
        before.end_date,
        before.recurrence_rule,
    )
    assert [item.date for item in festival.skipped_dates.all()] == [datetime.date(2026, 6, 25)]
    assert festival.live


def test_the_copy_refuses_a_get_of_another_page_type(client, festival):
    client.force_login(user_in("Editors"))
    assert client.get(reverse("events_copy_for_next_year", args=[festival.get_parent().pk])).status_code == 404


def test_a_translator_may_not_copy_a_polish_event(client, festival):
    client.force_login(user_in("Translators"))
    listing = client.get(reverse("wagtailadmin_explore", args=[festival.get_parent().pk]))
    assert copy_url(festival) not in listing.content.decode()
    # The Polish tree is out of a Translator's reach: the portal answers 404, confirming nothing.
    assert client.get(copy_url(festival)).status_code == 404
    assert client.post(copy_url(festival)).status_code == 404
    assert EventPage.objects.count() == 1


def test_someone_who_may_edit_but_not_add_events_may_not_copy_one(client, festival):
    proofreaders = Group.objects.create(name="Proofreaders")
    proofreaders.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=proofreaders, page=festival.get_parent(), permission=Permission.objects.get(codename="change_page")
    )
    user = user_in(None, "proofreader")
    user.groups.add(proofreaders)
    client.force_login(user)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[festival.pk]))
    assert edit.status_code == 200
    assert copy_url(festival) not in edit.content.decode()
    # Refused as Wagtail refuses any admin view: back to the dashboard, saying why.
    for response in (client.get(copy_url(festival), follow=True), client.post(copy_url(festival), follow=True)):
        assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
        assert [message.level for message in response.context["messages"]] == [messages.ERROR]
    assert EventPage.objects.count() == 1


def test_an_anonymous_visitor_is_sent_to_sign_in(client, festival):
    response = client.post(copy_url(festival))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert EventPage.objects.count() == 1


def test_the_copy_needs_the_csrf_token(festival):
    client = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    client.force_login(user_in("Editors"))
    assert client.post(copy_url(festival)).status_code == 403
    assert EventPage.objects.count() == 1
