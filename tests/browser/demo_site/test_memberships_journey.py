"""A resident explores Kraków's partnerships: the directory, a network's timeline, a city on the map."""

import re

from playwright.sync_api import expect

from memberships.models import RelationPage

from ..public_pages import AUDIT_DB

pytestmark = AUDIT_DB


def linked_english_article_title():
    """One of the demo's English news articles about Eurocities."""
    eurocities = RelationPage.objects.get(slug="eurocities", locale__language_code="en")
    article = eurocities.news_articles.filter(live=True, locale__language_code="en").first()
    assert article is not None, "the news demo links Eurocities from its English articles"
    return article.title


def test_resident_filters_to_networks_reads_the_eurocities_timeline_and_finds_nuremberg_on_the_map(site, page):
    article_title = linked_english_article_title()

    page.goto(site.url + "/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Partnerships and networks").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Partnerships and networks")

    page.get_by_role("navigation", name="Type of relation").get_by_role(
        "link", name=re.compile("^Network membership")
    ).click()
    expect(page).to_have_url(re.compile(r"\?type=network_membership$"))
    results = page.locator("ol.relations-list > li")
    expect(results).to_have_count(2)
    expect(results.get_by_role("link")).to_have_text(["Eurocities", "UNESCO Creative Cities Network"])

    results.get_by_role("link", name="Eurocities").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Eurocities")
    timeline = page.locator("ol.timeline")
    admission = timeline.locator("li", has_text="Officially admitted as a member")
    expect(admission).to_contain_text("15 October 2025")
    expect(timeline.get_by_role("link", name=article_title)).to_be_visible()

    page.go_back()
    expect(page).to_have_url(re.compile(r"\?type=network_membership$"))
    page.get_by_role("navigation", name="Type of relation").get_by_role("link", name="All types").click()
    europe = page.locator("svg.relation-map--europe")
    europe.get_by_role("link", name="Nuremberg, Germany: Twinning").click()

    expect(page).to_have_url(site.url + "/en/partnerships/nuremberg/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nuremberg")
    expect(page.locator("ol.timeline:not(.timeline--earlier)")).to_contain_text("9 December 1991")
    assert page.console_errors == []
