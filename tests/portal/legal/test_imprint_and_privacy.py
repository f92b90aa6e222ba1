"""The imprint shows the publisher's facts from the settings in each language, every footer links
the BIP and the request form, and the privacy notice covers every form of the site."""

import pytest

from wagtail.rich_text import RichText

from portal.legal.privacy_notice import PRIVACY_NOTICE
from portal.management.commands.load_demo_content import IMPRINT
from portal.models import FooterSettings, ImprintSettings, StandardPage
from tests.builders import add_page, add_translation, home

from .statements import statement

pytestmark = pytest.mark.django_db

IMPRINT_SLUGS = {"pl": "nota-prawna", "en": "legal-notice", "de": "impressum"}


def legal_pages(slugs, title, body=None):
    """A Polish page and its English and German translations under their home pages."""
    polish = add_page(home("pl"), StandardPage, title=title, slug=slugs["pl"], body=body or [])
    pages = {"pl": polish}
    for language in ("en", "de"):
        pages[language] = add_translation(polish, language, slug=slugs[language], title=f"{title} {language}")
    return pages


@pytest.fixture
def imprint_pages():
    site = home("pl").get_site()
    settings = ImprintSettings.for_site(site)
    for field, value in IMPRINT.items():
        setattr(settings, field, value)
    settings.save()
    pages = legal_pages(IMPRINT_SLUGS, "Nota prawna")
    FooterSettings.objects.update_or_create(site=site, defaults={"imprint_page": pages["pl"]})
    return pages


@pytest.mark.parametrize(
    ("language", "body", "office", "representative"),
    [
        ("pl", "Gmina Miejska Kraków", "Urząd Miasta Krakowa", "Aleksander Miszalski, Prezydent Miasta Krakowa"),
        ("en", "Municipality of Kraków", "Kraków City Office", "Aleksander Miszalski, Mayor of Kraków"),
        ("de", "Stadtgemeinde Krakau", "Stadtverwaltung Krakau", "Aleksander Miszalski, Stadtpräsident von Krakau"),
    ],
)
def test_the_imprint_names_the_body_its_seat_representative_and_numbers_in_each_language(
    client, imprint_pages, language, body, office, representative
):
    html = client.get(imprint_pages[language].url).content.decode()
    for fact in (body, office, representative, "pl. Wszystkich Świętych 3-4", "676-101-37-17", "351554353"):
        assert fact in html, fact
    footer = html[html.index("<footer") :]
    assert 'href="https://www.bip.krakow.pl/"' in footer


def test_a_name_left_empty_in_a_language_falls_back_to_polish_and_other_pages_show_no_imprint(client, imprint_pages):
    settings = ImprintSettings.for_site(home("pl").get_site())
    settings.body_name_de = ""
    settings.save()
    assert "Gmina Miejska Kraków" in client.get(imprint_pages["de"].url).content.decode()
    other = add_page(home("pl"), StandardPage, title="O mieście", slug="o-miescie")
    assert "676-101-37-17" not in client.get(other.url).content.decode()


@pytest.mark.parametrize("language", ["pl", "en", "de"])
def test_every_footer_links_the_request_form_and_the_bip_in_its_language(client, language):
    statement("pl")
    page = statement(language)
    footer = client.get(f"/{language}/").content.decode()
    footer = footer[footer.index("<footer") :]
    label = {
        "pl": "Zażądaj dostępnej treści",
        "en": "Request accessible content",
        "de": "Barrierefreien Inhalt beantragen",
    }
    assert f'<a href="{page.url}#accessibility-request">{label[language]}</a>' in footer
    assert 'href="https://www.bip.krakow.pl/"' in footer


# Every form the site has, and words of the notice that must speak of it, per language.
FORMS = {
    "controller and data protection officer": {
        "pl": "inspektorem ochrony",
        "en": "data protection officer",
        "de": "Datenschutzbeauftragten",
    },
    "page feedback": {"pl": "Czy ta strona", "en": "Was this page useful?", "de": "War diese Seite hilfreich?"},
    "e-mail alerts": {"pl": "Powiadomienia e-mail", "en": "E-mail alerts", "de": "E-Mail-Benachrichtigungen"},
    "accessibility requests": {
        "pl": "Formularz żądania zapewnienia dostępności",
        "en": "The accessibility request form",
        "de": "Das Formular für Anträge auf Barrierefreiheit",
    },
    "sign-in": {"pl": "Logowanie redakcji", "en": "Editors' sign-in", "de": "Anmeldung der Redaktion"},
    "rights": {
        "pl": "Prezesa Urzędu Ochrony Danych",
        "en": "Personal Data Protection Office",
        "de": "Schutz personenbezogener Daten",
    },
    "legal bases": {"pl": "art. 6 ust. 1 lit. c RODO", "en": "Art. 6(1)(c) GDPR", "de": "Art. 6 Abs. 1 lit. c DSGVO"},
}


def test_the_privacy_notice_covers_every_form_in_every_language(client):
    body = {
        language: [("paragraph", RichText("".join(f"<p>{p}</p>" for p in notice["paragraphs"])))]
        for language, notice in PRIVACY_NOTICE.items()
    }
    polish = add_page(home("pl"), StandardPage, title="Polityka prywatności", slug="polityka", body=body["pl"])
    pages = {"pl": polish}
    for language in ("en", "de"):
        pages[language] = add_translation(polish, language, body=body[language])
    FooterSettings.objects.update_or_create(site=home("pl").get_site(), defaults={"privacy_page": polish})
    for language, page in pages.items():
        html = client.get(page.url).content.decode()
        missing = [name for name, words in FORMS.items() if words[language] not in html]
        assert missing == [], f"{language}: {missing}"
