"""A Moderator without a second factor reaches no admin page but the two-factor steps.

The admin's routes come from Django's URL resolver (tests/admin_urls.py), so a route that
Wagtail or a plugin adds later is checked without editing this test.
"""

import pytest

from django.test import Client

from tests.admin_urls import OPEN_BEFORE_SECOND_FACTOR, admin_paths
from tests.editors import PASSWORD, enrolled_app, user_in

pytestmark = pytest.mark.django_db

METHODS = ("get", "post", "put", "patch", "delete")


def signed_in_with_password_only(user):
    client = Client(HTTP_HOST="localhost")
    assert client.post("/admin/login/", {"username": user.get_username(), "password": PASSWORD}).status_code == 302
    return client


@pytest.mark.parametrize(("enrolled", "step"), [(False, "/admin/two-factor/set-up/"), (True, "/admin/two-factor/")])
def test_a_moderator_without_a_verified_second_factor_is_sent_to_the_two_factor_step(enrolled, step):
    moderator = user_in("Moderators")
    if enrolled:
        enrolled_app(moderator)
    client = signed_in_with_password_only(moderator)
    paths = admin_paths()
    assert len(paths) > 200  # the resolver was really read
    assert set(paths) >= OPEN_BEFORE_SECOND_FACTOR

    reached = []
    checked = 0
    for path in sorted(set(paths) - OPEN_BEFORE_SECOND_FACTOR):
        for method in METHODS:
            response = getattr(client, method)(path)
            checked += 1
            if response.status_code != 302 or not response["Location"].startswith(f"{step}?next="):
                reached.append(f"{method.upper()} {path} -> {response.status_code}")

    print(f"{checked} (route, method) cases checked for a Moderator {'enrolled' if enrolled else 'not enrolled'}")
    assert reached == []
