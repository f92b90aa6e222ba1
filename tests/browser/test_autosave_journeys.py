"""Wagtail's autosave in the editors' day: it never stands between a person and Publish or Submit.

Each person signs in through the admin's login form in a browser tab of their own, edits until
the autosave indicator says "Saved", and then acts. Every request a tab makes is recorded, so a
refused autosave (a 400) shows even when Wagtail's indicator hides it.
"""

import re
import time

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from wagtail.models import Revision

from news.models import NewsArticlePage
from portal.models import StandardPage
from tests.builders import home
from tests.editors import user_in
from tests.news.builders import article, news_index

from .admin_ui import (
    admin_message,
    choose_page_action,
    log_in,
    open_tab,
    script_errors,
    wait_until_edits_are_watched,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Counts autosave attempts, including those held back before they reach the network.
COUNT_AUTOSAVES_SCRIPT = """
window.autosaveAttempts = 0;
window.addEventListener('w-autosave:save', () => { window.autosaveAttempts += 1; }, { capture: true });
"""
# The indicator says "Saved" and the form holds nothing newer (the page is reset on each load).
AUTOSAVED_SCRIPT = """() => document.querySelector('#w-autosave-indicator')?.dataset.wAutosaveStateValue === 'saved'
    && document.querySelector('#page-edit-form').dataset.wUnsavedHasEditsValue === 'false'"""
HAS_EDITS_SCRIPT = "() => document.querySelector('#page-edit-form').dataset.wUnsavedHasEditsValue === 'true'"
DIAGNOSIS_SCRIPT = """() => 'indicator ' + document.querySelector('#w-autosave-indicator')?.dataset.wAutosaveStateValue
    + ', edits ' + document.querySelector('#page-edit-form').dataset.wUnsavedHasEditsValue
    + ', attempts ' + window.autosaveAttempts"""
# An autosave was attempted and is no longer on its way.
AUTOSAVE_SETTLED_SCRIPT = """() => window.autosaveAttempts > 0
    && document.querySelector('#w-autosave-indicator')?.dataset.wAutosaveStateValue !== 'saving'"""
# Wagtail autosaves a few seconds after the last keystroke; a busy machine adds to that.
AUTOSAVE_SECONDS = 30


def latest_revision(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).order_by("-created_at", "-pk").first().content


@pytest.fixture
def tabs(browser):
    """Opens a tab per person, recording the admin's failed requests in `tab.refused`."""
    opened = []

    def open_one():
        tab = open_tab(browser)
        tab.context.add_init_script(COUNT_AUTOSAVES_SCRIPT)
        tab.refused = []
        tab.on("response", lambda response: response.status >= 400 and tab.refused.append(response.url))
        opened.append(tab)
        return tab

    yield open_one
    for tab in opened:
        tab.context.close()


def autosaved(tab, stored):
    """Wait until the database holds the change (`stored()` is true) and the indicator agrees.

    Right after typing, the indicator still says "Saved" of the previous autosave until Wagtail
    notices the edit, so the indicator alone can answer too early.
    """
    deadline = time.monotonic() + AUTOSAVE_SECONDS
    while not stored():
        assert time.monotonic() < deadline, tab.evaluate(DIAGNOSIS_SCRIPT)
        tab.wait_for_timeout(100)  # lets the page's own timers run while the database is polled
    tab.wait_for_function(AUTOSAVED_SCRIPT, timeout=AUTOSAVE_SECONDS * 1000)
    expect(tab.locator("#w-autosave-indicator")).to_contain_text("Saved")


def type_edit(tab, name, value):
    """Fill a field as a person would, and wait until Wagtail has noticed the edit."""
    tab.get_by_role("textbox", name=name).fill(value)
    try:
        tab.wait_for_function(HAS_EDITS_SCRIPT, timeout=AUTOSAVE_SECONDS * 1000)
    except PlaywrightTimeoutError:
        raise AssertionError(f"Wagtail never noticed the edit of {name}: " + tab.evaluate(DIAGNOSIS_SCRIPT)) from None


def open_editor(tab, live_server, page):
    tab.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    wait_until_edits_are_watched(tab)


def start_article(tab, live_server):
    tab.goto(f"{live_server.url}/admin/pages/{news_index('pl').pk}/")
    tab.get_by_role("link", name="Add child page").first.click()
    wait_until_edits_are_watched(tab)


def articles_titled(title):
    return NewsArticlePage.objects.child_of(news_index("pl")).filter(title=title)


def live_page(slug):
    return StandardPage.objects.child_of(home("pl")).live().get(slug=slug)


def test_an_edit_autosaved_and_then_published_goes_live(live_server, tabs):
    page = article("Godziny otwarcia urzędu", language="pl", lead="Urząd jest otwarty do 16:00.")
    moderator = tabs()
    log_in(moderator, live_server, user_in("Moderators"))

    open_editor(moderator, live_server, page)
    type_edit(moderator, "Lead", "Urząd jest otwarty do 18:00.")
    autosaved(moderator, lambda: latest_revision(page)["lead"] == "Urząd jest otwarty do 18:00.")
    choose_page_action(moderator, "Publish")

    expect(admin_message(moderator)).to_contain_text("has been published")
    assert NewsArticlePage.objects.get(pk=page.pk).lead == "Urząd jest otwarty do 18:00."
    reader = tabs()
    reader.goto(f"{live_server.url}{page.url}")
    expect(reader.get_by_text("Urząd jest otwarty do 18:00.")).to_be_visible()
    assert moderator.refused == [] and script_errors(moderator) == []


def test_an_editors_autosaved_edit_of_a_live_article_goes_to_moderation_and_readers_keep_the_old_one(live_server, tabs):
    published = article("Remont mostu Dębnickiego", language="pl", lead="Most zostanie zamknięty w marcu.")
    editor = tabs()
    log_in(editor, live_server, user_in("Editors"))

    open_editor(editor, live_server, published)
    type_edit(editor, "Title*", "Remont mostu Dębnickiego przesunięty")
    type_edit(editor, "Lead", "Most zostanie zamknięty dopiero w maju.")
    autosaved(editor, lambda: latest_revision(published)["lead"] == "Most zostanie zamknięty dopiero w maju.")
    choose_page_action(editor, "Submit to Moderators approval")

    expect(admin_message(editor)).to_contain_text("has been submitted for moderation")
    page = NewsArticlePage.objects.get(pk=published.pk)
    assert page.current_workflow_state.status == "in_progress"
    assert page.live and page.has_unpublished_changes
    assert (page.title, page.lead) == ("Remont mostu Dębnickiego", "Most zostanie zamknięty w marcu.")
    submitted = page.current_workflow_state.current_task_state.revision.as_object()
    assert (submitted.title, submitted.lead) == (
        "Remont mostu Dębnickiego przesunięty",
        "Most zostanie zamknięty dopiero w maju.",
    )
    reader = tabs()
    reader.goto(f"{live_server.url}{page.url}")
    expect(reader.get_by_role("heading", level=1)).to_have_text("Remont mostu Dębnickiego")
    expect(reader.get_by_text("Most zostanie zamknięty w marcu.")).to_be_visible()
    assert editor.refused == [] and script_errors(editor) == []


def test_two_people_on_one_page_the_later_one_is_kept_as_a_draft_with_a_compare_link(live_server, tabs):
    page = article("Remont ulicy Długiej", language="pl", lead="Remont potrwa do kwietnia.")
    anna, bartek = tabs(), tabs()
    log_in(anna, live_server, user_in("Moderators", "anna"))
    log_in(bartek, live_server, user_in("Moderators", "bartek"))
    open_editor(anna, live_server, page)
    open_editor(bartek, live_server, page)

    type_edit(bartek, "Lead", "Remont potrwa do maja.")
    autosaved(bartek, lambda: latest_revision(page)["lead"] == "Remont potrwa do maja.")
    choose_page_action(bartek, "Publish")
    expect(admin_message(bartek)).to_contain_text("has been published")
    anna.get_by_role("textbox", name="Lead").fill("Remont potrwa do czerwca.")
    # Wagtail refuses Anna's autosave: it would overwrite Bartek's newer version.
    expect(anna.locator("#w-autosave-indicator")).to_have_attribute("data-w-autosave-state-value", "paused")
    choose_page_action(anna, "Publish")
    warning = anna.get_by_text("while you were editing")
    # Wagtail's own dialog names its confirm button after the action clicked.
    go_on = anna.locator("#w-save-confirmation-dialog [data-w-dialog-target=confirm]")
    expect(warning.or_(go_on)).to_be_visible()
    if go_on.is_visible():  # Wagtail's own warning of a newer version, when its ping came first
        go_on.click()

    expect(admin_message(anna)).to_contain_text("bartek saved this page at")
    expect(admin_message(anna)).to_contain_text("kept as a draft and not published")
    anna.get_by_role("link", name="Compare the two versions").click()
    expect(anna).to_have_url(re.compile(r"/revisions/compare/\d+\.\.\.\d+/"))
    expect(anna.locator("main")).to_contain_text("maja")
    expect(anna.locator("main")).to_contain_text("czerwca")
    assert NewsArticlePage.objects.get(pk=page.pk).lead == "Remont potrwa do maja."
    kept = {revision.content["lead"] for revision in Revision.page_revisions.filter(object_id=str(page.pk))}
    assert {"Remont potrwa do maja.", "Remont potrwa do czerwca."} <= kept
    assert bartek.refused == [] and script_errors(bartek) == []


def test_a_new_page_is_autosaved_without_a_single_refused_request(live_server, tabs):
    moderator = tabs()
    log_in(moderator, live_server, user_in("Moderators"))

    start_article(moderator, live_server)
    title = moderator.get_by_role("textbox", name="Title*")
    title.press_sequentially("Zimowe utrzymanie")
    # Wagtail tries to autosave the half-typed title before the slug exists.
    moderator.wait_for_function(AUTOSAVE_SETTLED_SCRIPT)
    title.press_sequentially(" dróg")
    title.press("Tab")  # Wagtail derives the slug on leaving the title
    autosaved(moderator, articles_titled("Zimowe utrzymanie dróg").exists)

    draft = articles_titled("Zimowe utrzymanie dróg").get()
    assert draft.slug.startswith("zimowe-utrzymanie")
    assert moderator.refused == [] and script_errors(moderator) == []


def test_an_abandoned_autosaved_page_gives_its_slug_to_the_next_attempt(live_server, tabs):
    moderator = tabs()
    log_in(moderator, live_server, user_in("Moderators"))
    start_article(moderator, live_server)
    moderator.get_by_role("textbox", name="Title*").fill("Ferie w mieście")
    moderator.get_by_role("textbox", name="Title*").press("Tab")
    autosaved(moderator, articles_titled("Ferie w mieście").exists)
    abandoned = articles_titled("Ferie w mieście").get()
    moderator.goto(f"{live_server.url}/admin/")  # the editor walks away without saving

    start_article(moderator, live_server)
    moderator.get_by_role("textbox", name="Title*").fill("Ferie w mieście")
    moderator.get_by_role("textbox", name="Title*").press("Tab")
    autosaved(moderator, articles_titled("Ferie w mieście").exclude(pk=abandoned.pk).exists)
    moderator.get_by_role("button", name="Save draft").click()

    expect(admin_message(moderator)).to_contain_text("has been updated")
    again = articles_titled("Ferie w mieście").get()
    assert again.pk != abandoned.pk and again.slug == abandoned.slug
    assert moderator.refused == [] and script_errors(moderator) == []
