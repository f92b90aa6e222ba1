"""The editors' workflow through the real Wagtail admin: write, review, schedule, translate, alert.

Every person signs in through the admin's login form in a browser tab of their own; readers
are anonymous tabs. Two journeys wait for the clock (a scheduled article, an alert that ends),
each between 20 and 80 seconds.
"""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import feedparser
import pytest
from playwright.sync_api import expect

from django.conf import settings
from django.db import connection

from news.models import NewsArticlePage
from portal.models import AlertBanner
from tests.builders import home
from tests.editors import user_in
from tests.news.builders import article, news_index

from .admin_ui import (
    add_paragraph,
    admin_message,
    choose_page_action,
    enter_date,
    log_in,
    next_minute_after,
    script_errors,
    status_of,
    upload_through_chooser,
    wait_for_autosave,
    wait_until_edits_are_watched,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
# How long a journey may wait for the clock once the moment it waits for has come.
CLOCK_GRACE_SECONDS = 20
# The least time between choosing a moment and that moment: room for the steps that must be done
# before it comes (they take about five seconds, more on a busy machine). The pickers round up
# to the next whole minute, so a journey waits this plus half a minute on average.
STEPS_BEFORE_THE_MOMENT_SECONDS = 20
# How often the scheduler runs and a waiting reader looks again: short, as the wait is the cost.
SCHEDULER_INTERVAL_SECONDS = 2
POLL_SECONDS = 1


@pytest.fixture
def scheduler(live_server):
    """`manage.py run_scheduler`, the loop `make run` starts beside the server, on the test database."""
    database = connection.settings_dict
    credentials = quote(database["USER"] or "") + (f":{quote(database['PASSWORD'])}" if database["PASSWORD"] else "")
    url = f"postgres://{credentials}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", "DATABASE_URL": url}
    log = SCREENSHOTS.parent / "scheduler-test.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as output:
        process = subprocess.Popen(  # noqa: S603 - our own management command
            [sys.executable, "manage.py", "run_scheduler", "--interval", str(SCHEDULER_INTERVAL_SECONDS)],
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        yield process
        process.terminate()
        process.wait(timeout=20)


def screenshot(tab, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=SCREENSHOTS / f"{name}.png")


def wait_for_status(tab, url, status, *, deadline):
    """Ask for `url` every second until it answers `status` or the deadline passes."""
    seen = status_of(tab, url)
    while seen != status and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)  # the clock is the point: nobody acts, the scheduler must
        seen = status_of(tab, url)
    return seen


def feed_titles(tab, url):
    feed = feedparser.parse(tab.request.get(url).body())
    assert not feed.bozo
    return [entry.title for entry in feed.entries]


def test_an_editors_article_stays_private_until_a_moderator_approves_it(live_server, tabs, mailoutbox):
    listing = news_index("pl")
    listing_url = f"{live_server.url}{listing.url}"
    feed_url = f"{listing_url}feed/rss/"
    sitemap_url = f"{live_server.url}/sitemap-pl.xml"
    title = "Nowe ścieżki rowerowe nad Wisłą"
    reader = tabs("pl-PL")
    moderator_account = user_in("Moderators")

    editor = tabs()
    log_in(editor, live_server, user_in("Editors"))
    editor.goto(f"{live_server.url}/admin/pages/{listing.pk}/")
    editor.get_by_role("link", name="Add child page").first.click()
    wait_until_edits_are_watched(editor)
    editor.get_by_role("textbox", name="Title*").fill(title)
    editor.get_by_role("textbox", name="Title*").press("Tab")  # Wagtail derives the slug on leaving
    editor.get_by_role("textbox", name="Lead").fill("Trzy nowe trasy łączą Podgórze z centrum.")
    upload_through_chooser(
        editor, "id_hero_image", title="Bulwary Wiślane", alt_text="Rowerzyści na ścieżce wzdłuż Wisły o poranku"
    )
    editor.get_by_role("textbox", name="Alternative text").fill("Rowerzyści na ścieżce wzdłuż Wisły o poranku")
    editor.get_by_role("textbox", name="Responsible unit").fill("Zarząd Dróg Miasta Krakowa")
    editor.get_by_role("textbox", name="Produced by").fill("Anna Rowerowa")
    add_paragraph(editor, "Od poniedziałku rowerzyści pojadą nowymi trasami wzdłuż bulwarów.")
    wait_for_autosave(editor)
    screenshot(editor, "1-editor-writes-an-article")
    choose_page_action(editor, "Submit to Moderators approval")

    expect(admin_message(editor)).to_contain_text(f"Page '{title}' has been submitted for moderation")
    article_page = NewsArticlePage.objects.get(title=title)
    assert article_page.hero_image.description == "Rowerzyści na ścieżce wzdłuż Wisły o poranku"
    assert article_page.get_latest_revision_as_object().body.raw_data[0]["type"] == "paragraph"
    assert article_page.current_workflow_state.status == "in_progress"
    assert any(moderator_account.email in message.to and title in message.subject for message in mailoutbox)
    article_url = f"{live_server.url}{article_page.url}"

    assert status_of(reader, article_url) == 404
    reader.goto(listing_url)
    expect(reader.get_by_role("heading", level=1)).to_have_text(listing.title)
    expect(reader.get_by_text(title)).to_have_count(0)
    assert title not in feed_titles(reader, feed_url)
    assert article_url not in reader.request.get(sitemap_url).text()

    moderator = tabs()
    log_in(moderator, live_server, moderator_account)
    review = moderator.locator("#awaiting-review-section")
    row = review.get_by_role("row").filter(has_text=title)
    expect(row).to_contain_text("editors")
    screenshot(moderator, "2-moderator-dashboard")
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()

    expect(review.get_by_role("row").filter(has_text=title)).to_have_count(0)
    assert NewsArticlePage.objects.get(pk=article_page.pk).live
    assert status_of(reader, article_url) == 200
    reader = tabs("pl-PL")  # a reader arriving now: the first one's browser may keep the listing a minute
    reader.goto(listing_url)
    reader.get_by_role("link", name=title).click()
    expect(reader).to_have_url(article_url)
    expect(reader.get_by_role("heading", level=1)).to_have_text(title)
    expect(reader.get_by_role("img", name="Rowerzyści na ścieżce wzdłuż Wisły o poranku")).to_be_attached()
    assert title in feed_titles(reader, feed_url)
    assert f"<loc>{article_url}</loc>" in reader.request.get(sitemap_url).text()
    assert script_errors(editor) == script_errors(moderator) == script_errors(reader) == []


def test_an_article_scheduled_a_minute_ahead_goes_live_without_anyone(live_server, tabs, scheduler):
    listing = news_index("pl")
    title = "Rozkład jazdy tramwajów na święta"
    reader = tabs("pl-PL")
    moderator = tabs()
    log_in(moderator, live_server, user_in("Moderators"))

    moderator.goto(f"{live_server.url}/admin/pages/{listing.pk}/")
    moderator.get_by_role("link", name="Add child page").first.click()
    wait_until_edits_are_watched(moderator)
    moderator.get_by_role("textbox", name="Title*").fill(title)
    moderator.get_by_role("textbox", name="Title*").press("Tab")
    moderator.get_by_role("textbox", name="Lead").fill("Tramwaje pojadą według rozkładu świątecznego.")
    moderator.get_by_role("checkbox", name="The city office answers for it").check()
    moderator.get_by_role("checkbox", name="Prepared by the city office").check()
    wait_for_autosave(moderator)
    moderator.get_by_role("button", name="Toggle status").click()
    moderator.get_by_role("button", name="Set schedule").click()
    dialog = moderator.locator("#schedule-publishing-dialog")
    go_live = next_minute_after(STEPS_BEFORE_THE_MOMENT_SECONDS)
    field = dialog.get_by_role("textbox", name="Go live date/time")
    enter_date(moderator, field, go_live, then_click=dialog.get_by_role("heading", name="Set publishing schedule"))
    wait_for_autosave(moderator)
    screenshot(moderator, "3-moderator-schedules-an-article")
    dialog.get_by_role("button", name="Save schedule").click()
    expect(admin_message(moderator)).to_contain_text("has been updated")
    # The editor sees the go-live time as entered: Kraków time.
    expect(moderator.get_by_text("Go-live:")).to_be_visible()
    choose_page_action(moderator, "Schedule to publish")
    expect(admin_message(moderator)).to_contain_text(f"Page '{title}' has been scheduled for publishing")

    article_page = NewsArticlePage.objects.get(title=title)
    assert time.time() < go_live.timestamp(), f"scheduling took over {STEPS_BEFORE_THE_MOMENT_SECONDS} s"
    assert not article_page.live
    assert article_page.get_latest_revision().approved_go_live_at == go_live
    article_url = f"{live_server.url}{article_page.url}"
    assert status_of(reader, article_url) == 404
    moderator.goto(f"{live_server.url}/admin/")
    scheduled_row = moderator.locator("#scheduled-pages-section").get_by_role("row").filter(has_text=title)
    expect(scheduled_row).to_contain_text(go_live.strftime("%H:%M"))

    seconds_to_go = go_live.timestamp() - time.time()
    status = wait_for_status(reader, article_url, 200, deadline=time.monotonic() + seconds_to_go + CLOCK_GRACE_SECONDS)

    assert status == 200, f"still {status} {CLOCK_GRACE_SECONDS} s after the go-live time"
    assert scheduler.poll() is None  # the loop kept running
    reader.goto(article_url)
    expect(reader.get_by_role("heading", level=1)).to_have_text(title)


def test_a_translator_publishes_the_german_translation_and_the_switcher_links_it(live_server, tabs):
    news_index("de")
    source = article(
        "Kraków otwiera punkt informacji dla mieszkańców",
        language="pl",
        slug="punkt-informacji",
        lead="Nowy punkt działa codziennie w Sukiennicach.",
        body=[("paragraph", "<p>Punkt pomaga w sprawach urzędowych.</p>")],
    )
    german_words = {
        "Kraków otwiera punkt informacji dla mieszkańców": "Krakau eröffnet eine Bürgerinformation",
        "Nowy punkt działa codziennie w Sukiennicach.": "Die neue Stelle in den Tuchhallen ist täglich geöffnet.",
        "Punkt pomaga w sprawach urzędowych.": "Sie hilft bei Behördengängen.",
    }
    polish_url = f"{live_server.url}{source.url}"
    # A translation takes its slug from its own title, not the Polish slug.
    german_url = f"{live_server.url}/de/nachrichten/krakau-eroffnet-eine-burgerinformation/"
    reader = tabs("pl-PL")

    translator = tabs()
    log_in(translator, live_server, user_in("Translators"))
    panel = translator.locator("#missing-translations-section")
    row = panel.get_by_role("row").filter(has_text=source.title)
    expect(row).to_contain_text("de")
    screenshot(translator, "4-translator-dashboard")
    row.get_by_role("link", name="Translate").click()
    translator.get_by_label("Deutsch").check()
    translator.get_by_role("button", name="Submit").click()

    expect(admin_message(translator)).to_contain_text("submitted for translation into Deutsch")
    # Until the translator publishes it, German readers must not get a Polish text as German.
    assert status_of(reader, german_url) == 404
    for done, (polish, german) in enumerate(german_words.items(), start=1):
        segment = translator.locator("li").filter(has_text=polish).filter(has=translator.get_by_role("button"))
        segment.last.get_by_role("button", name="Translate").click()
        translator.locator("textarea").fill(german)
        translator.get_by_role("button", name="Save").click()
        expect(translator.get_by_text(german)).to_be_visible()
        # Saved on the server, not only shown: publishing takes what the server has.
        expect(translator.get_by_text("Translated manually")).to_have_count(done)
    screenshot(translator, "4-translator-translates")
    translator.get_by_role("button", name="Publish in Deutsch").click()
    expect(admin_message(translator)).to_be_visible()

    reader.goto(polish_url)
    switcher = reader.get_by_role("navigation", name="Język")
    german_link = switcher.get_by_role("link", name="Deutsch")
    expect(german_link).to_have_attribute("href", german_url.removeprefix(live_server.url))
    german_link.click()
    expect(reader).to_have_url(german_url)
    expect(reader.locator("html")).to_have_attribute("lang", "de")
    expect(reader.get_by_role("heading", level=1)).to_have_text("Krakau eröffnet eine Bürgerinformation")
    expect(reader.get_by_text("Sie hilft bei Behördengängen.")).to_be_visible()
    assert script_errors(translator) == script_errors(reader) == []


def test_an_emergency_alert_shows_on_every_page_until_its_end_time(live_server, tabs):
    story = article("Utrudnienia na Alejach", language="pl", slug="utrudnienia", lead="Remont potrwa tydzień.")
    polish_home = f"{live_server.url}{home('pl').url}"
    german_home = f"{live_server.url}{home('de').url}"
    story_url = f"{live_server.url}{story.url}"
    warning_pl = "Silny wiatr: nie zbliżaj się do drzew na Plantach."
    warning_de = "Starker Wind: Halten Sie Abstand zu den Bäumen im Planty-Park."
    earlier_reader = tabs("pl-PL")
    earlier_reader.goto(polish_home)  # the page is now in the whole-page cache
    expect(earlier_reader.get_by_role("alert")).to_have_count(0)

    publisher = tabs()
    log_in(publisher, live_server, user_in("Emergency publishers"))
    publisher.get_by_role("link", name="Alert banners").click()
    publisher.get_by_role("link", name="Add alert banner").click()
    publisher.get_by_role("combobox", name="Level").select_option("emergency")
    publisher.get_by_role("textbox", name="Message in Polish").fill(warning_pl)
    publisher.get_by_role("textbox", name="Message in German").fill(warning_de)
    ends = next_minute_after(STEPS_BEFORE_THE_MOMENT_SECONDS)
    field = publisher.get_by_role("textbox", name="Ends at")
    enter_date(publisher, field, ends, then_click=publisher.get_by_role("heading", name="When"))
    screenshot(publisher, "5-emergency-publisher-posts-an-alert")
    publisher.get_by_role("button", name="Save").click()

    expect(admin_message(publisher)).to_contain_text("created")
    banner = AlertBanner.objects.get()
    assert (banner.level, banner.ends_at) == (AlertBanner.Level.EMERGENCY, ends)
    reader = tabs("pl-PL")  # browsers may keep a page a minute (Cache-Control), so a new reader
    for url, message in ((polish_home, warning_pl), (story_url, warning_pl), (german_home, warning_de)):
        reader.goto(url)
        expect(reader.get_by_role("alert")).to_contain_text(message)
    screenshot(reader, "5-reader-sees-the-alert")

    reader.goto(story_url)
    deadline = time.monotonic() + (ends.timestamp() - time.time()) + CLOCK_GRACE_SECONDS
    while reader.get_by_role("alert").count() and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)  # the clock is the point: the banner must go by itself
        reader.reload()

    expect(reader.get_by_role("alert")).to_have_count(0)
    earlier_reader.reload()
    expect(earlier_reader.get_by_role("heading", level=1)).to_be_visible()
    expect(earlier_reader.get_by_role("alert")).to_have_count(0)
    assert script_errors(publisher) == script_errors(reader) == script_errors(earlier_reader) == []


def test_an_emergency_publisher_cannot_open_the_page_explorer_or_editor(live_server, tabs):
    story = article("Sesja rady miasta", language="pl", slug="sesja-rady")
    publisher = tabs()
    log_in(publisher, live_server, user_in("Emergency publishers"))

    menu = publisher.get_by_role("navigation", name="Main menu")
    expect(menu.get_by_role("link", name="Alert banners")).to_be_visible()
    expect(menu.get_by_role("button", name="Pages")).to_have_count(0)
    for path in (f"/admin/pages/{home('pl').pk}/", f"/admin/pages/{story.pk}/edit/"):
        # A page out of reach is not there at all for this role: not even its title is shown.
        response = publisher.goto(f"{live_server.url}{path}")
        assert response.status == 404
        expect(publisher.get_by_text(story.title)).to_have_count(0)


def test_an_anonymous_visitor_gets_neither_a_draft_nor_its_preview(live_server, tabs):
    draft = article("Projekt budżetu obywatelskiego", language="pl", slug="projekt-budzetu", publish=False)
    visitor = tabs("pl-PL")

    assert status_of(visitor, f"{live_server.url}{draft.url}") == 404
    for path in (f"/admin/pages/{draft.pk}/edit/preview/", f"/admin/pages/{draft.pk}/view_draft/"):
        visitor.goto(f"{live_server.url}{path}")
        expect(visitor).to_have_url(f"{live_server.url}/admin/login/?next={quote(path)}")
        expect(visitor.get_by_text(draft.title)).to_have_count(0)
