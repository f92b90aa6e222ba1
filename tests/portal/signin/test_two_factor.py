"""Two-factor sign-in through Wagtail's login form and the code steps after it."""

import re
from base64 import b32decode
from io import StringIO

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from wagtail.users.models import UserProfile

from portal.signin.policy import new_recovery_codes
from tests.editors import PASSWORD, current_code, enrolled_app, user_in

pytestmark = pytest.mark.django_db

SET_UP = "/admin/two-factor/set-up/"
VERIFY = "/admin/two-factor/"
RECOVERY_CODES = "/admin/two-factor/recovery-codes/"


def sign_in_with_password(user, address="192.0.2.10"):
    """A browser that has passed the password step of Wagtail's login form, nothing more."""
    client = Client(HTTP_HOST="localhost", REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE="en")
    response = client.post(
        "/admin/login/", {"username": user.get_username(), "password": PASSWORD, "next": "/admin/pages/"}
    )
    assert response.status_code == 302
    return client


def code_from_secret(secret):
    """What an authenticator app shows now for the key typed from the enrolment page."""
    return f"{TOTP(b32decode(secret.replace(' ', ''))).token():06d}"


def test_a_moderator_enrols_an_app_on_first_sign_in_and_gets_recovery_codes_once():
    moderator = user_in("Moderators")
    client = sign_in_with_password(moderator)

    first = client.get("/admin/pages/")
    assert first.status_code == 302
    assert first["Location"] == f"{SET_UP}?next=%2Fadmin%2Fpages%2F"

    page = client.get(first["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    secret = re.search(r"<code data-totp-secret>([A-Z2-7 ]+)</code>", html).group(1)
    assert "otpauth://totp/Krak%C3%B3w%20portal%3Amoderators?secret=" in html
    assert "<svg" in html and "QR" in html  # drawn here, no image from another host
    assert not re.search(r"""src=["']https?://""", html)

    right = client.post(SET_UP, {"code": code_from_secret(secret), "next": "/admin/pages/"})
    assert right.status_code == 302
    assert right["Location"] == f"{RECOVERY_CODES}?next=%2Fadmin%2Fpages%2F"

    codes_page = client.get(right["Location"]).content.decode()
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", codes_page)
    assert len(codes) == 10
    assert set(codes) == set(StaticToken.objects.filter(device__user=moderator).values_list("token", flat=True))
    assert client.get(RECOVERY_CODES).status_code == 302  # shown once only
    assert client.get("/admin/pages/").status_code == 200


def test_a_wrong_code_during_enrolment_keeps_the_admin_closed():
    client = sign_in_with_password(user_in("Moderators"))
    client.get(SET_UP)

    wrong = client.post(SET_UP, {"code": "000000", "next": "/admin/pages/"})

    assert wrong.status_code == 200
    assert "This code is not valid" in wrong.content.decode()
    assert not TOTPDevice.objects.filter(confirmed=True).exists()
    assert client.get("/admin/pages/").status_code == 302


def test_an_enrolled_moderator_types_the_code_after_the_password():
    moderator = user_in("Moderators")
    device = enrolled_app(moderator)
    client = sign_in_with_password(moderator)

    assert client.get("/admin/pages/")["Location"] == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"
    assert client.get(SET_UP)["Location"].startswith(VERIFY)  # no second app behind the first one's back

    answer = client.post(VERIFY, {"code": current_code(device), "next": "/admin/pages/"})

    assert answer.status_code == 302
    assert answer["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_the_code_step_refuses_an_off_site_next_address():
    moderator = user_in("Moderators")
    device = enrolled_app(moderator)
    client = sign_in_with_password(moderator)

    answer = client.post(VERIFY, {"code": current_code(device), "next": "https://attacker.example/"})

    assert answer["Location"] == "/admin/"


def test_guessing_codes_is_slowed_down_and_the_wait_is_said():
    moderator = user_in("Moderators")
    device = enrolled_app(moderator)
    client = sign_in_with_password(moderator)
    for guess in ("111111", "222222", "333333"):
        client.post(VERIFY, {"code": guess})

    # Even the right code waits now: three failures cost four seconds before the next try.
    answer = client.post(VERIFY, {"code": current_code(device)})

    assert answer.status_code == 429
    assert re.search(r"Too many wrong codes. Wait [1-4] seconds?, then try again.", answer.content.decode())
    assert client.get("/admin/pages/").status_code == 302


def test_a_recovery_code_signs_in_once():
    moderator = user_in("Moderators")
    enrolled_app(moderator)
    code = new_recovery_codes(moderator)[0]
    first = sign_in_with_password(moderator)
    answer = first.post(VERIFY, {"code": code.upper(), "next": "/admin/pages/"}, follow=True)
    assert answer.redirect_chain[0] == ("/admin/pages/", 302)
    assert "9 codes are left" in answer.content.decode()

    second = sign_in_with_password(moderator)
    again = second.post(VERIFY, {"code": code})
    assert again.status_code == 200
    assert "This code is not valid" in again.content.decode()
    assert second.get("/admin/pages/").status_code == 302


@pytest.mark.parametrize("group", ["Emergency publishers", None])
def test_emergency_publishers_and_superusers_must_enrol_too(group):
    user = user_in(group) if group else get_user_model().objects.create_superuser("root", "r@krakow.example", PASSWORD)
    client = sign_in_with_password(user)

    assert client.get("/admin/")["Location"] == f"{SET_UP}?next=%2Fadmin%2F"


def test_editors_sign_in_with_the_password_only_unless_their_group_is_made_to_enrol(settings):
    editor = user_in("Editors")
    assert sign_in_with_password(editor).get("/admin/").status_code == 200

    settings.SECOND_FACTOR_REQUIRED_GROUPS = [*settings.SECOND_FACTOR_REQUIRED_GROUPS, "Editors"]

    assert sign_in_with_password(editor).get("/admin/")["Location"] == f"{SET_UP}?next=%2Fadmin%2F"


def test_an_editor_who_enrolled_of_their_own_accord_is_asked_for_the_code():
    editor = user_in("Editors")
    enrolled_app(editor)

    assert sign_in_with_password(editor).get("/admin/")["Location"] == f"{VERIFY}?next=%2Fadmin%2F"


@pytest.mark.parametrize(
    ("language", "heading", "log_out"),
    [
        ("pl", "Logowanie dwuetapowe", "Wyloguj się"),
        ("de", "Zwei-Faktor-Anmeldung", "Abmelden"),
        ("en", "Two-factor sign-in", "Log out"),
    ],
)
def test_the_code_step_speaks_the_editors_language(language, heading, log_out):
    moderator = user_in("Moderators")
    enrolled_app(moderator)
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = language
    profile.save()

    html = sign_in_with_password(moderator).get(VERIFY).content.decode()

    assert f'<html lang="{language}"' in html
    assert f"<h1>{heading}</h1>" in html
    assert log_out in html


def test_resetting_a_lost_device_ends_the_users_sessions_and_asks_for_a_new_enrolment():
    moderator = user_in("Moderators")
    device = enrolled_app(moderator)
    old_session = sign_in_with_password(moderator)
    old_session.post(VERIFY, {"code": current_code(device)})
    assert old_session.get("/admin/pages/").status_code == 200

    out = StringIO()
    call_command("reset_second_factor", "moderators", stdout=out)

    assert "Removed the two-factor devices of moderators" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=moderator).exists()
    assert old_session.get("/admin/pages/")["Location"].startswith("/admin/login/")
    assert sign_in_with_password(moderator).get("/admin/")["Location"].startswith(SET_UP)


def test_the_demo_admin_signs_in_with_the_code_ensure_admin_prints(settings, tmp_path):
    settings.BASE_DIR = tmp_path
    call_command("ensure_admin", stdout=StringIO())
    credentials = (tmp_path / "var" / "admin-credentials.txt").read_text()
    assert "otpauth://totp/" in credentials
    password = re.search(r"password: (\S+)", credentials).group(1)

    out = StringIO()
    call_command("ensure_admin", "--code", stdout=out)
    code = out.getvalue().strip()

    client = Client(HTTP_HOST="localhost")
    assert client.post("/admin/login/", {"username": "admin", "password": password}).status_code == 302
    assert client.post(VERIFY, {"code": code})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_an_editor_may_choose_two_factor_sign_in_from_their_account_page(client):
    editor = user_in("Editors")
    client.force_login(editor)

    account = client.get("/admin/account/").content.decode()

    assert 'href="/admin/two-factor/set-up/"' in account
    enrolled_app(editor)
    client.force_login(editor)  # signs in with both factors now
    again = client.get("/admin/account/")
    assert again.status_code == 200
    assert 'href="/admin/two-factor/set-up/"' not in again.content.decode()
