"""Two-factor sign-in in Chromium: enrolment with the app's code, and a closed admin before it."""

from base64 import b32decode

import pytest
from django_otp.oath import TOTP
from playwright.sync_api import expect

from tests.admin_urls import OPEN_BEFORE_SECOND_FACTOR, admin_paths
from tests.editors import user_in

from .admin_ui import enter_password, log_in, open_tab, script_errors

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def tab(browser):
    tab = open_tab(browser)
    yield tab
    tab.context.close()


def test_a_moderator_sets_up_an_authenticator_app_and_then_signs_in_with_its_code(browser, tab, live_server):
    moderator = user_in("Moderators")

    enter_password(tab, live_server, moderator)
    expect(tab.get_by_role("heading", name="Set up two-factor sign-in")).to_be_visible()
    expect(tab.locator(".signin-qr-code svg")).to_be_visible()
    secret = tab.locator("[data-totp-secret]").inner_text()
    # What the person's authenticator app shows after they typed the key in.
    app_code = f"{TOTP(b32decode(secret.replace(' ', ''))).token():06d}"
    tab.get_by_label("Six-digit code from the app").fill(app_code)
    tab.get_by_role("button", name="Turn on two-factor sign-in").click()

    expect(tab.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    expect(tab.get_by_role("list", name="Recovery codes").get_by_role("listitem")).to_have_count(10)
    tab.get_by_role("link", name="Continue").click()
    expect(tab).to_have_url(f"{live_server.url}/admin/")
    assert script_errors(tab) == []

    # Another day, another browser: the password, then the code from the app.
    later = open_tab(browser)
    log_in(later, live_server, moderator)
    assert script_errors(later) == []
    later.context.close()


def test_a_moderator_without_a_second_factor_reaches_no_admin_page_but_the_two_factor_steps(tab, live_server):
    moderator = user_in("Moderators")
    enter_password(tab, live_server, moderator)
    expect(tab.get_by_role("heading", name="Set up two-factor sign-in")).to_be_visible()

    paths = sorted(set(admin_paths()) - OPEN_BEFORE_SECOND_FACTOR)
    reached = []
    for path in paths:
        response = tab.request.get(f"{live_server.url}{path}", max_redirects=0)
        location = response.headers.get("location", "")
        if response.status != 302 or not location.startswith("/admin/two-factor/set-up/?next="):
            reached.append(f"{path} -> {response.status} {location}")

    print(f"{len(paths)} admin routes checked in Chromium's session")
    assert len(paths) > 200
    assert reached == []
