"""A resident arrives at the portal and reads it in each of its languages."""

import pytest
from playwright.sync_api import expect

from django.core.management import call_command

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_resident_lands_in_polish_and_switches_to_german_and_english(live_server, page):
    call_command("load_demo_content", verbosity=0)

    page.goto(live_server.url + "/")
    expect(page).to_have_url(live_server.url + "/pl/")
    assert page.locator("html").get_attribute("lang") == "pl"

    page.get_by_role("navigation", name="Język").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(live_server.url + "/de/")
    assert page.locator("html").get_attribute("lang") == "de"
    expect(page.get_by_role("heading", level=1)).to_have_text("Krakau – das Stadtportal")

    page.get_by_role("navigation", name="Sprache").get_by_role("link", name="English").click()
    expect(page).to_have_url(live_server.url + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_role("link", name="Legal notice")).to_be_visible()

    assert page.console_errors == []
