"""Security headers and admin login throttling."""

import pytest

from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"


def test_public_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/pl/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_login_reports_policy_violations_without_breaking_wagtail(client):
    response = client.get(LOGIN_URL)
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert "script-src 'self'" in response["Content-Security-Policy-Report-Only"]
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages_set_no_cookies_for_anonymous_visitors(client):
    response = client.get("/en/")
    assert response.cookies == {}


def attempt_login(client, address, password):
    return client.post(LOGIN_URL, {"username": "redakcja", "password": password}, REMOTE_ADDR=address)


def test_a_locked_out_attacker_gets_429_while_the_real_user_logs_in_from_elsewhere(client):
    get_user_model().objects.create_user("redakcja", "redakcja@krakow.example", "correct-horse-battery")
    for _attempt in range(4):
        assert attempt_login(client, "203.0.113.9", "guess").status_code == 200  # the form, with an error
    assert attempt_login(client, "203.0.113.9", "guess").status_code == 429  # the fifth failure locks

    locked = attempt_login(client, "203.0.113.9", "correct-horse-battery")
    assert locked.status_code == 429
    assert "15" in locked.content.decode()

    real_user = attempt_login(client, "198.51.100.20", "correct-horse-battery")
    assert real_user.status_code == 302
    assert real_user["Location"].startswith("/admin/")


def test_passwords_shorter_than_twelve_characters_are_refused():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("Krakow2025!")
    validate_password("Wawel-dragon-2025")
