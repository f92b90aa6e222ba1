"""Login throttling through Wagtail's login form: per address and per account, kept apart."""

import pytest

from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
OFFICE = "203.0.113.9"


@pytest.fixture
def accounts():
    users = get_user_model().objects
    return {
        name: users.create_user(name, f"{name}@krakow.example", f"{name}-correct-horse") for name in ("anna", "bartek")
    }


def attempt(username, password, address=OFFICE, **headers):
    """One POST of the login form from a fresh browser."""
    client = Client(HTTP_HOST="localhost")
    return client.post(LOGIN_URL, {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def test_another_accounts_good_logins_do_not_clear_an_accounts_failures(accounts):
    statuses = []
    for guess in range(12):
        if guess in (2, 5, 8):
            statuses.append(("bartek", attempt("bartek", "bartek-correct-horse").status_code))
        statuses.append(("anna", attempt("anna", f"guess-{guess}").status_code))

    anna = [status for name, status in statuses if name == "anna"]
    assert anna[:4] == [200, 200, 200, 200]  # the form again, with an error
    assert anna[4:] == [429] * 8  # the fifth failure locks the address, whatever bartek did meanwhile
    assert statuses[2] == ("bartek", 302)  # bartek's good logins before the lock still work


def test_failures_for_one_account_from_many_addresses_lock_that_account(accounts):
    statuses = [attempt("anna", "guess", address=f"198.51.100.{n}").status_code for n in range(1, 11)]

    assert statuses[:9] == [200] * 9
    assert statuses[9] == 429
    assert attempt("anna", "anna-correct-horse", address="192.0.2.50").status_code == 429
    # The addresses themselves are not locked: another account signs in from them.
    assert attempt("bartek", "bartek-correct-horse", address="198.51.100.1").status_code == 302


def test_a_good_login_clears_only_that_accounts_failures_from_that_address(accounts):
    for _guess in range(4):
        assert attempt("anna", "guess").status_code == 200
    assert attempt("anna", "anna-correct-horse").status_code == 302

    for _guess in range(4):
        assert attempt("anna", "guess").status_code == 200
    assert attempt("anna", "guess").status_code == 429


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("pl", "Zbyt wiele nieudanych prób logowania"),
        ("de", "Zu viele fehlgeschlagene Anmeldeversuche"),
        ("en", "Too many failed log-in attempts"),
    ],
)
def test_the_lockout_answer_speaks_the_editors_language(accounts, language, heading):
    for _guess in range(4):
        attempt("anna", "guess", HTTP_ACCEPT_LANGUAGE=language)

    locked = attempt("anna", "guess", HTTP_ACCEPT_LANGUAGE=language)

    assert locked.status_code == 429
    page = locked.content.decode()
    assert f'<html lang="{language}">' in page
    assert f"<h1>{heading}</h1>" in page
