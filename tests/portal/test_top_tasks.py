"""Top tasks on the home page: editors fill up to eight links, readers see them first, a publication
refreshes the cached home page, and translators get the labels through wagtail-localize."""

import re

import pytest

from django.test import Client
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, TranslationSource

from portal.models import HomePage, StandardPage
from tests.builders import add_page, home
from tests.editors import user_in

pytestmark = pytest.mark.django_db

TIMETABLES = "https://rozklady.mpk.krakow.pl/"


def task(label, url="", page=None, hint=""):
    return ("task", {"label": label, "url": url, "page": page.pk if page else "", "hint": hint})


class Moderator:
    """A moderator editing a home page through the admin form."""

    def __init__(self, page):
        self.client = Client()
        user = user_in("Moderators")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
        self.client.force_login(user)
        self.page = page
        self.url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    def publish(self, tasks):
        data = nested_form_data(
            {"title": self.page.title, "slug": self.page.slug, "intro": "", "top_tasks": streamfield(tasks)}
        )
        return self.client.post(self.url, {**data, "action-publish": "publish"})


def reader_sees(language="pl"):
    html = Client(headers={"host": "localhost"}).get(f"/{language}/").content.decode()
    if 'class="top-tasks"' not in html:
        return [], html
    tasks = html.split('class="top-tasks"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a class="top-task__link" href="([^"]+)"><span class="top-task__label">([^<]+)<', tasks), html


def test_published_top_tasks_come_first_and_a_new_publication_refreshes_the_cached_home_page():
    polish = home("pl")
    office = add_page(polish, StandardPage, title="Kontakt z urzędem", slug="kontakt")
    moderator = Moderator(polish)

    assert moderator.publish([task("Rozkłady jazdy", TIMETABLES)]).status_code == 302
    assert reader_sees()[0] == [(TIMETABLES, "Rozkłady jazdy")]
    # The home page is now cached: a change behind the portal's back stays unseen ...
    HomePage.objects.filter(pk=polish.pk).update(intro="Changed behind the cache's back")
    assert "behind the cache" not in reader_sees()[1]

    # ... while a publication through the admin shows at once, a page link at its address.
    tasks = [task("Kontakt", page=office), task("Rozkłady jazdy", TIMETABLES, hint="Tramwaje i autobusy")]
    assert moderator.publish(tasks).status_code == 302
    shown, html = reader_sees()
    assert shown == [(office.url, "Kontakt"), (TIMETABLES, "Rozkłady jazdy")]
    assert "Tramwaje i autobusy" in html
    assert html.index('class="top-tasks"') < html.index("</main>")
    main = html.split('id="main"', 1)[1]
    assert main.index('class="top-tasks"') < main.index("<h2", main.index("</nav>"))  # before the news


def test_more_than_eight_tasks_or_a_task_without_one_link_is_refused_with_a_message():
    polish = home("pl")
    moderator = Moderator(polish)

    nine = moderator.publish([task(f"Task {n}", TIMETABLES) for n in range(9)])
    no_link = moderator.publish([task("Nowhere")])
    both = moderator.publish([task("Both", TIMETABLES, page=polish)])

    assert nine.status_code == 200  # the form again, with its errors
    assert "The maximum number of items is 8" in nine.content.decode()
    for response in (no_link, both):
        assert response.status_code == 200
        assert "Choose a page or enter an address, not both." in response.content.decode()
    assert not HomePage.objects.get(pk=polish.pk).top_tasks


def test_translators_get_the_labels_and_hints_to_translate():
    polish = home("pl")
    polish.top_tasks = [("task", {"label": "Rozkłady jazdy", "url": TIMETABLES, "hint": "Tramwaje i autobusy"})]
    polish.save_revision().publish()

    source, _created = TranslationSource.get_or_create_from_instance(HomePage.objects.get(pk=polish.pk))

    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert {"Rozkłady jazdy", "Tramwaje i autobusy"} <= strings
