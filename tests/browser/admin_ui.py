"""Steps in the Wagtail admin as an editor takes them, for the editorial browser journeys.

Each person gets a browser tab of their own (`open_tab`), with the admin in English and the
clock of Kraków, so the date pickers propose the times an editor in the city sees.
"""

import datetime
import io
import random
import re
import zoneinfo

from PIL import Image as PillowImage
from playwright.sync_api import expect

from django.conf import settings

from portal.signin.policy import app_device, second_factor_required
from tests.editors import PASSWORD, current_code, enrolled_app

CITY_TIME = zoneinfo.ZoneInfo(settings.TIME_ZONE)
# The test server does not serve uploads (DEBUG is off), so pictures answer 404 there.
UNSERVED_MEDIA = "Failed to load resource: the server responded with a status of 404"
# No unsaved edits left and no autosave on its way.
# Wagtail has noticed the last change: the form is flagged as edited, or an autosave that began
# after the last change typed into the form has already succeeded (at a 500 ms interval the flag
# may come and go between two looks), or the editor was loaded afresh on the page an autosave
# created.
NOTICED_SCRIPT = r"""() => {
    const form = document.querySelector('#page-edit-form');
    return form.dataset.wUnsavedHasEditsValue === 'true'
        || (window.lastInputAt !== null && window.savedInputsUpTo > window.lastInputAt)
        // The editor loaded afresh after an autosave created the page: nothing typed since.
        || (window.lastInputAt === null && /\/edit\/$/.test(new URL(form.action).pathname));
}"""
# Nothing unsaved, no autosave on its way, and the last typed change inside a saved one.
SAVED_SCRIPT = """() => {
    const form = document.querySelector('#page-edit-form');
    const indicator = document.querySelector('#w-autosave-indicator');
    return form.dataset.wUnsavedHasEditsValue === 'false' && indicator?.dataset.wAutosaveStateValue !== 'saving'
        && (window.lastInputAt === null || window.savedInputsUpTo > window.lastInputAt);
}"""
# Wagtail's unsaved-changes check connects to the editor form (`w-unsaved:ready`) and takes its
# baseline of the form 2 s later (`w-unsaved:watch-edits`). It connects twice on every editor:
# when `w-init` has done its work it leaves the form's controller list, Stimulus reconnects the
# other controllers, and a second baseline follows 2 s after the second connection. An edit
# typed between the two baselines becomes part of the second one, so Wagtail never sees it.
WATCH_EDITS_SCRIPT = """
window.unsavedConnectedAt = null;
window.unsavedBaselineAt = null;
document.addEventListener('w-unsaved:ready', () => { window.unsavedConnectedAt = performance.now(); });
document.addEventListener('w-unsaved:watch-edits', () => { window.unsavedBaselineAt = performance.now(); });
window.lastInputAt = null;
window.autosaveStartedAt = null;
window.savedInputsUpTo = null;
for (const kind of ['input', 'change']) {
    document.addEventListener(kind, (event) => {
        if (event.target.closest?.('#page-edit-form')) window.lastInputAt = performance.now();
    }, true);
}
document.addEventListener('w-autosave:save', () => { window.autosaveStartedAt = performance.now(); });
document.addEventListener('w-autosave:success', () => { window.savedInputsUpTo = window.autosaveStartedAt; });
"""
# The form's controllers are settled (`w-init` gone) and a baseline was taken after the last
# connection, at least Wagtail's initial delay after it.
EDITS_WATCHED_SCRIPT = """() => {
    const form = document.querySelector('[data-controller~="w-unsaved"]');
    return Boolean(form) && !form.dataset.controller.split(' ').includes('w-init')
        && window.unsavedBaselineAt !== null && window.unsavedConnectedAt !== null
        && window.unsavedBaselineAt - window.unsavedConnectedAt >= 1990;
}"""


def open_tab(browser, *, locale="en-GB"):
    """A tab in a fresh browser profile that records script errors and failed loads."""
    context = browser.new_context(
        locale=locale, timezone_id=settings.TIME_ZONE, viewport={"width": 1280, "height": 900}
    )
    context.add_init_script(WATCH_EDITS_SCRIPT)
    tab = context.new_page()
    tab.console_errors = []
    tab.on("console", lambda message: message.type == "error" and tab.console_errors.append(message.text))
    tab.on("pageerror", lambda error: tab.console_errors.append(str(error)))
    return tab


def script_errors(tab):
    """Console errors other than the 404s of pictures the test server does not serve."""
    return [error for error in tab.console_errors if not error.startswith(UNSERVED_MEDIA)]


def log_in(tab, live_server, user):
    """Sign in through the admin login form, and the code step for a user with a second factor.

    A user who needs a second factor and has none gets an authenticator app enrolled first,
    as if they had set it up on an earlier day; the test computes the code the app would show.
    """
    device = enrolled_app(user) if second_factor_required(user) or app_device(user) else None
    enter_password(tab, live_server, user)
    if device is not None:
        expect(tab).to_have_url(re.compile(r"/admin/two-factor/\?next="))
        tab.get_by_label("Code from your authenticator app, or a recovery code").fill(current_code(device))
        tab.get_by_role("button", name="Verify").click()
    expect(tab).to_have_url(f"{live_server.url}/admin/")
    return user


def enter_password(tab, live_server, user):
    """The first step of signing in: Wagtail's login form."""
    tab.goto(f"{live_server.url}/admin/login/")
    tab.get_by_label("Username").fill(user.get_username())
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Sign in").click()


def wait_until_edits_are_watched(tab):
    """Wagtail notices changes (and autosaves them) only after taking its last baseline of the form."""
    tab.wait_for_function(EDITS_WATCHED_SCRIPT)


def wait_for_autosave(tab):
    """Wait until Wagtail has noticed the last change and autosaved it.

    An action clicked while an autosave is on its way races it: on a new page both create the
    page, on an existing one Wagtail then reports "a new version in another window".
    """
    tab.wait_for_function(NOTICED_SCRIPT, timeout=20_000)
    tab.wait_for_function(SAVED_SCRIPT, timeout=20_000)


def choose_page_action(tab, name):
    """Click an action in the editor's footer menu, e.g. "Submit to Moderators approval"."""
    footer = tab.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name=name).click()


def picture_file(name="picture.jpg"):
    """A JPEG of a random colour: Wagtail flags an upload identical to an earlier one."""
    colour = tuple(random.randrange(256) for _ in range(3))  # noqa: S311 - not for security
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1200, 675), colour).save(buffer, "JPEG")
    return {"name": name, "mimeType": "image/jpeg", "buffer": buffer.getvalue()}


def upload_through_chooser(tab, field_id, *, title, alt_text):
    """Open an image chooser, upload a new picture with its alt text and choose it."""
    tab.locator(f"#{field_id}-chooser").get_by_role("button", name="Choose an image").click()
    modal = tab.locator(".modal-dialog")
    expect(modal.get_by_role("heading", name="Choose an image")).to_be_visible()
    modal.get_by_role("tab", name="Upload").click()
    modal.get_by_label("File").set_input_files(files=[picture_file()])
    modal.get_by_label("Title").fill(title)
    modal.get_by_label("Alt text").fill(alt_text)
    modal.get_by_role("button", name="Upload").click()
    expect(modal).to_be_hidden()
    expect(tab.locator(f"#{field_id}-chooser [data-chooser-title]")).to_have_text(title)


def add_paragraph(tab, text):
    """Add a paragraph block at the end of the body StreamField and type into it."""
    body = tab.locator("[data-contentpath=body]")
    body.get_by_role("button", name="Insert a block").last.click()
    tab.get_by_role("option", name="Paragraph").click()
    editor = body.locator("[contenteditable=true]").last
    editor.click()
    tab.keyboard.type(text)
    expect(editor).to_contain_text(text)


def enter_date(tab, field, moment, *, then_click):
    """Type a time into a date picker field, then click `then_click` to close the picker.

    The picker opens over whatever lies below the field (in a dialog: its Save button).
    """
    enter_in_picker(tab, field, city_minute(moment), then_click=then_click)


def enter_in_picker(tab, field, text, *, then_click):
    """Type a value as the field's date or time picker formats it (e.g. "2026-05-16", "18:00"),
    then click `then_click`, somewhere the picker does not cover, to close it."""
    picker = tab.locator(".xdsoft_datetimepicker:visible")
    field.click()
    expect(picker).to_be_visible()
    field.fill(text)
    then_click.click()
    expect(picker).to_be_hidden()


def city_minute(moment):
    """A time as typed into the admin's date pickers: Kraków time, to the minute."""
    return moment.astimezone(CITY_TIME).strftime("%Y-%m-%d %H:%M")


def next_minute_after(seconds, now=None):
    """The first whole minute at least `seconds` from now (the pickers have no seconds)."""
    now = now or datetime.datetime.now(tz=CITY_TIME)
    earliest = now + datetime.timedelta(seconds=seconds)
    whole = earliest.replace(second=0, microsecond=0)
    return whole if whole >= earliest else whole + datetime.timedelta(minutes=1)


def status_of(tab, url):
    """The HTTP status a reader gets at `url`, fetched with this tab's cookies."""
    return tab.request.get(url, max_redirects=0).status


def admin_message(tab):
    """The success or error banner at the top of an admin page."""
    return tab.locator(".messages")
