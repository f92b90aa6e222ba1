"""An event's languages: stored as JSON on every database, validated, and kept across the change."""

import importlib
from types import SimpleNamespace

import pytest

from django.core.exceptions import ValidationError
from django.db import connection

from events.choices import validate_event_languages
from events.models import EventPage
from tests.events.builders import event

to_json = importlib.import_module("events.migrations.0004_event_languages_json")


@pytest.mark.parametrize("value", [["pl", "pjm"], []])
def test_known_codes_are_accepted(value):
    validate_event_languages(value)


@pytest.mark.parametrize("value", [["xx"], "pl", [1], {"pl": True}])
def test_anything_but_a_list_of_known_codes_is_refused(value):
    with pytest.raises(ValidationError):
        validate_event_languages(value)


@pytest.mark.django_db
def test_a_database_with_the_earlier_array_column_keeps_every_events_languages():
    page = event("Jarmark")
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the test's pending checks would block ALTER
        cursor.execute("ALTER TABLE events_eventpage DROP COLUMN event_languages")
        cursor.execute("ALTER TABLE events_eventpage ADD COLUMN event_languages varchar(8)[] NOT NULL DEFAULT '{}'")
        cursor.execute("UPDATE events_eventpage SET event_languages = '{pl,de}' WHERE page_ptr_id = %s", [page.pk])
        cursor.execute("SELECT event_languages FROM events_eventpage WHERE page_ptr_id = %s", [page.pk])
        assert cursor.fetchone()[0] == ["pl", "de"]  # an array again, as before the change

    editor = SimpleNamespace(connection=connection)  # all the migration asks of a schema editor
    to_json.array_to_json(None, editor)
    to_json.array_to_json(None, editor)  # a second run finds JSON and leaves it

    assert EventPage.objects.get(pk=page.pk).event_languages == ["pl", "de"]
