"""A resident finds a partnership through the header search, typing the city's Polish name."""

import re

from playwright.sync_api import expect

from ..public_pages import AUDIT_DB

pytestmark = AUDIT_DB


def test_resident_searches_norymberga_in_polish_and_opens_the_nuremberg_partnership(site, page):

    page.goto(site.url + "/pl/")
    search_box = page.get_by_role("banner").get_by_role("searchbox")
    search_box.fill("Norymberga")
    search_box.press("Enter")

    expect(page).to_have_url(re.compile(r"/pl/search/\?q=Norymberga$"))
    # Each result is a list item headed by its title (the type filter is a list of links too).
    first_result = page.get_by_role("main").get_by_role("listitem").filter(has=page.get_by_role("heading")).first
    expect(first_result.get_by_role("link")).to_have_text("Norymberga")
    # The snippet marks the word in whatever case it is written in ("Norymbergi", "Norymbergą").
    expect(first_result.locator("mark").first).to_have_text(re.compile(r"^Norymberg"))

    first_result.get_by_role("link", name="Norymberga", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Norymberga")
    assert page.locator("html").get_attribute("lang") == "pl"
    assert "/search/" not in page.url
    assert page.console_errors == []
