"""A resident arrives at the portal and reads it in each of its languages."""

from playwright.sync_api import expect

from ..public_pages import AUDIT_DB

pytestmark = AUDIT_DB


def test_resident_lands_in_polish_and_switches_to_german_and_english(site, page):

    page.goto(site.url + "/")
    expect(page).to_have_url(site.url + "/pl/")
    assert page.locator("html").get_attribute("lang") == "pl"

    page.get_by_role("navigation", name="Język").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(site.url + "/de/")
    assert page.locator("html").get_attribute("lang") == "de"
    expect(page.get_by_role("heading", level=1)).to_have_text("Krakau – das Stadtportal")

    page.get_by_role("navigation", name="Sprache").get_by_role("link", name="English").click()
    expect(page).to_have_url(site.url + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_role("link", name="Legal notice")).to_be_visible()

    assert page.console_errors == []
