"""Who may do what to news and partnership pages, checked through the real admin views.

Rows are the visitor roles (anonymous, each editorial group, the superuser); columns are the
actions on a live Polish page. An admin action counts as allowed when its view answers 200;
publishing counts as allowed only when the change really goes live.
"""

import pytest

from django.urls import reverse

from tests.builders import home
from tests.editors import client_for
from tests.memberships.builders import city, directory, relation
from tests.news.builders import article

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "Editors", "Moderators", "Translators", "Emergency publishers", "superuser"]
EVERYTHING = {
    "preview",
    "edit",
    "publish",
    "unpublish",
    "delete",
    "move",
    "copy",
    "revert",
    "compare",
    "history",
}
ALLOWED = {
    "anonymous": set(),
    "Editors": {"preview", "edit", "copy", "revert", "compare", "history"},
    "Moderators": EVERYTHING,
    "Translators": set(),  # the Polish source is not theirs to touch
    "Emergency publishers": set(),
    "superuser": EVERYTHING,
}

ADMIN_VIEWS = {
    "preview": lambda page: reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
    "edit": lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
    "unpublish": lambda page: reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
    "delete": lambda page: reverse("wagtailadmin_pages:delete", args=[page.pk]),
    "move": lambda page: reverse("wagtailadmin_pages:move", args=[page.pk]),
    "copy": lambda page: reverse("wagtailadmin_pages:copy", args=[page.pk]),
    "revert": lambda page: reverse(
        "wagtailadmin_pages:revisions_revert", args=[page.pk, page.revisions.order_by("pk").first().pk]
    ),
    "compare": lambda page: reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", "latest"]),
    "history": lambda page: reverse("wagtailadmin_pages:history", args=[page.pk]),
}


def news_page():
    return article("Artykuł testowy", language="pl")


def partnership_page():
    return relation(directory("pl"), "Partnerstwo testowe", partner_city=city("pl", "Norymberga"))


def can_publish(client, page):
    """Publish a pending draft through the admin's bulk action; allowed when it goes live."""
    draft = page.specific
    draft.title = "Nowa wersja do publikacji"
    draft.save_revision()
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}"
    client.post(url, {"include_descendants": False})
    page.refresh_from_db()
    return page.title == "Nowa wersja do publikacji"


@pytest.mark.parametrize("make_page", [news_page, partnership_page], ids=["news", "partnership"])
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(role, make_page):
    page = make_page()
    page.save_revision()  # a second revision, so there is something to compare and revert to
    client = client_for(role)

    assert client.get(page.url).status_code == 200  # everyone reads the live page
    draft = page.specific.copy(update_attrs={"title": "Szkic", "slug": "szkic-macierz"}, keep_live=False)
    assert not draft.live
    assert client.get(page.get_parent().url + "szkic-macierz/").status_code == 404  # nobody reads drafts there

    observed = {action for action, url in ADMIN_VIEWS.items() if client.get(url(page)).status_code == 200}
    if can_publish(client, page):
        observed.add("publish")

    assert observed == ALLOWED[role]


def test_translators_may_edit_and_publish_their_own_language():
    source = article("Do przetłumaczenia", language="pl")
    from tests.news.builders import translate

    german = translate(source, "de", title="Zum Übersetzen")
    client = client_for("Translators")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])).status_code == 200
    assert can_publish(client, german)
    assert not can_publish(client, source)
    assert home("pl").pk  # the Polish tree exists and stayed out of reach
