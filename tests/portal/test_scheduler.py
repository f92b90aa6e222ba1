"""Scheduled publishing without cron: the loop make run starts, and one node at a time."""

from datetime import timedelta

import psycopg
import pytest
import time_machine

from django.db import connection
from django.utils import timezone

from portal.management.commands.run_scheduler import SCHEDULER_LOCK_ID, publish_due_pages
from portal.models import StandardPage
from tests.builders import add_page, home

pytestmark = pytest.mark.django_db


def schedule(title, seconds):
    page = add_page(home("pl"), StandardPage, title=title, publish=False)
    page.go_live_at = timezone.now() + timedelta(seconds=seconds)
    page.save_revision().publish()
    return page


def test_a_page_whose_go_live_time_has_passed_is_published_by_the_scheduler():
    due = schedule("Już czas", seconds=2)
    later = schedule("Jeszcze nie", seconds=3600)
    assert publish_due_pages()
    assert not StandardPage.objects.get(pk=due.pk).live

    with time_machine.travel(timezone.now() + timedelta(seconds=3)):  # the go-live time passes
        assert publish_due_pages()

    assert StandardPage.objects.get(pk=due.pk).live
    assert not StandardPage.objects.get(pk=later.pk).live


def test_only_one_node_runs_the_scheduler_at_a_time():
    settings = connection.settings_dict
    other_node = psycopg.connect(
        host=settings["HOST"], port=settings["PORT"] or 5432, user=settings["USER"], dbname=settings["NAME"]
    )
    try:
        other_node.execute("SELECT pg_advisory_lock(%s)", [SCHEDULER_LOCK_ID])
        assert publish_due_pages() is False
        other_node.execute("SELECT pg_advisory_unlock(%s)", [SCHEDULER_LOCK_ID])
        assert publish_due_pages() is True
    finally:
        other_node.close()
