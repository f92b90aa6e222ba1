"""A Polish and a German editor find no English on the admin's main screens.

The editor's browser asks for their language (Accept-Language), as an editor's own browser
does; they sign in first in a tab of their own (the login steps are the same in any language).
"""

import datetime

import pytest
from playwright.sync_api import expect

from django.conf import settings
from django.utils import timezone

from portal.models import AlertBanner
from tests.editors import user_in
from tests.news.builders import article, news_index, picture
from tests.translation_builders import translate_into_german

from .admin_ui import log_in, open_tab, script_errors
from .visible_english import visible_english

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "Nocne tramwaje kursują po Rynku Głównym"
GERMAN_TITLE = "Nachttrams fahren über den Hauptmarkt"
PICTURE = "Sukiennice nocą"
ALERT = "Utrudnienia w ruchu tramwajowym na Rondzie Mogilskim"
# The editors' own words on these screens: titles, tags, the banner, the user's name.
CONTENT = (
    TITLE,
    GERMAN_TITLE,
    PICTURE,
    ALERT,
    "Rynek Główny",
    "Hauptmarkt",
    "anna.nowak",
    "jan.kowalski",
    "Aktualności",
)


@pytest.fixture
def newsroom():
    """An article with its German translation under way, a picture and an alert banner."""
    news_index("de")
    polish = article(
        TITLE,
        language="pl",
        slug="",
        lead="Od piątku tramwaje jeżdżą całą noc.",
        body=[("paragraph", "<p>Linie nocne kursują co pół godziny.</p>")],
        tags=["Rynek Główny"],
    )
    german = translate_into_german(polish, {TITLE: GERMAN_TITLE, "Rynek Główny": "Hauptmarkt"})
    picture(PICTURE)
    starts = timezone.make_aware(datetime.datetime(2026, 12, 1, 9, 30), timezone=datetime.UTC)
    AlertBanner.objects.create(
        level=AlertBanner.Level.WARNING, message_pl=ALERT, starts_at=starts, ends_at=starts + datetime.timedelta(days=3)
    )
    return polish, german


def signed_in_tab(browser, live_server, locale, group="Moderators", username="anna.nowak"):
    """A tab of a user in `group` whose browser asks for `locale`, signed in (second factor included)."""
    login = open_tab(browser)
    log_in(login, live_server, user_in(group, username=username))
    session = login.context.storage_state()
    login.context.close()
    context = browser.new_context(
        locale=locale, timezone_id=settings.TIME_ZONE, viewport={"width": 1280, "height": 900}, storage_state=session
    )
    tab = context.new_page()
    tab.console_errors = []
    tab.on("console", lambda message: message.type == "error" and tab.console_errors.append(message.text))
    tab.on("pageerror", lambda error: tab.console_errors.append(str(error)))
    return tab


@pytest.mark.parametrize(("locale", "language"), [("pl-PL", "pl"), ("de-DE", "de")])
def test_the_main_admin_screens_show_no_english(live_server, browser, newsroom, locale, language):
    polish, german = newsroom
    tab = signed_in_tab(browser, live_server, locale)
    admin = f"{live_server.url}/admin"
    english = {}

    def look_at(screen):
        english[screen] = visible_english(tab, language, content=CONTENT)
        print(screen, english[screen])  # shown when a later step fails

    tab.goto(f"{admin}/")
    expect(tab.locator("html")).to_have_attribute("lang", language)
    look_at("dashboard")

    tab.goto(f"{admin}/pages/{polish.pk}/edit/")
    tab.locator("[data-contentpath=body] button.c-sf-add-button").first.click()
    expect(tab.locator(".w-combobox__option").first).to_be_visible()
    look_at("page editor, block picker open")
    tab.keyboard.press("Escape")

    tab.locator("nav.footer__container .w-dropdown__toggle").click()
    expect(tab.locator("nav.footer__container [data-w-dropdown-target=content]")).to_be_visible()
    look_at("page editor, workflow actions menu open")

    tab.goto(f"{admin}/pages/{german.pk}/edit/")
    expect(tab.locator(".js-translation-editor section h3").first).to_contain_text("→")
    look_at("translation editor")

    tab.goto(f"{admin}/images/")
    expect(tab.get_by_text(PICTURE).first).to_be_visible()
    look_at("image library")

    # Alert banners are the emergency publishers' screens.
    tab.context.close()
    tab = signed_in_tab(browser, live_server, locale, "Emergency publishers", "jan.kowalski")
    tab.goto(f"{admin}/snippets/portal/alertbanner/")
    expect(tab.get_by_text(ALERT).first).to_be_visible()
    look_at("alert banners")

    tab.goto(f"{admin}/snippets/portal/alertbanner/add/")
    look_at("new alert banner")

    found = {screen: hits for screen, hits in english.items() if hits}
    report = "\n".join(f"{screen}:\n" + "\n".join(f"    {hit}" for hit in hits) for screen, hits in found.items())
    assert found == {}, f"English on {language} screens:\n{report}"
    assert script_errors(tab) == []
    tab.context.close()


@pytest.mark.parametrize(("locale", "day"), [("pl-PL", "1 grudnia 2026"), ("de-DE", "1. Dezember 2026")])
def test_alert_times_are_in_the_editors_language_and_krakows_clock(live_server, browser, newsroom, locale, day):
    tab = signed_in_tab(browser, live_server, locale, "Emergency publishers", "jan.kowalski")

    tab.goto(f"{live_server.url}/admin/snippets/portal/alertbanner/")

    row = tab.get_by_role("row").filter(has_text=ALERT)
    # 09:30 UTC on 1 December is 10:30 in Kraków.
    expect(row).to_contain_text(f"{day} 10:30")
    tab.context.close()
