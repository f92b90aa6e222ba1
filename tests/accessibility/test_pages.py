"""Easy-to-read (ETR) and sign-language (PJM) pages: tree rules, editors' forms, what readers get."""

import re

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accessibility.models import EasyReadPage, SignLanguagePage
from portal.models import HomePage
from tests.accessibility.builders import document, easy_read_page, picture, recording_files, sign_language_page
from tests.builders import home, make_private


class TreeRules(WagtailPageTestCase):
    def test_each_sits_under_a_home_page_only_and_holds_nothing(self):
        for model in (EasyReadPage, SignLanguagePage):
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertAllowedSubpageTypes(model, set())
            self.assertCanCreateAt(HomePage, model)

    def test_a_language_has_one_of_each_at_most(self):
        easy_read_page("pl")
        sign_language_page("pl")
        assert not EasyReadPage.can_create_at(home("pl"))
        assert not SignLanguagePage.can_create_at(home("pl"))
        assert EasyReadPage.can_create_at(home("en"))


class EditorsForms(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pictogram = picture("Pictogram: screen")
        cls.files = recording_files()
        cls.mp4_named_webm = document("wrong.webm")
        cls.text_file = document("notes.txt")

    def setUp(self):
        self.client.force_login(self.create_superuser("accessibility-admin"))
        self.client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"

    def easy_read(self, pictogram_alt):
        passage = {
            "pictogram": str(self.pictogram.pk),
            "pictogram_alt": pictogram_alt,
            "lines": streamfield([("item", "To jest portal miasta."), ("item", "Tu są wiadomości.")]),
        }
        return nested_form_data(
            {
                "title": "Tekst łatwy do czytania",
                "slug": "tekst-latwy",
                "intro": "Tu przeczytasz o portalu.",
                "body": streamfield([("heading", {"text": "Czym jest portal?"}), ("passage", passage)]),
                "action-publish": "publish",
            }
        )

    def sign_language(self, **files):
        video = {
            "title": "O portalu",
            "webm": str(self.files["webm"].pk),
            "mp4": "",
            "captions": str(self.files["captions"].pk),
            "poster": str(self.files["poster"].pk),
            "transcript": "Dzień dobry.",
            **files,
        }
        return nested_form_data(
            {
                "title": "Język migowy",
                "slug": "jezyk-migowy",
                "intro": "",
                "videos": streamfield([("video", video)]),
                "action-publish": "publish",
            }
        )

    def add(self, model, data):
        url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, home("pl").pk])
        return self.client.post(url, data)

    def test_an_editor_publishes_an_easy_to_read_page_with_a_described_pictogram(self):
        self.assertCanCreate(home("pl"), EasyReadPage, self.easy_read("Ekran komputera"))
        page = EasyReadPage.objects.get(slug="tekst-latwy")
        passage = page.body[1].value
        assert page.live and list(passage["lines"]) == ["To jest portal miasta.", "Tu są wiadomości."]

    def test_a_pictogram_without_its_text_is_refused_with_a_message(self):
        response = self.add(EasyReadPage, self.easy_read(""))
        assert response.status_code == 200
        assert "Say in a few words what the pictogram shows." in response.content.decode()
        assert not EasyReadPage.objects.exists()

    def test_an_editor_publishes_a_recording_with_captions_and_poster(self):
        self.assertCanCreate(home("pl"), SignLanguagePage, self.sign_language())
        assert SignLanguagePage.objects.get(slug="jezyk-migowy").videos[0].value["webm"] == self.files["webm"]

    def test_files_of_the_wrong_kind_or_no_video_are_refused_with_a_message(self):
        cases = [
            ({"webm": ""}, "Choose the video as a .webm or an .mp4 file."),
            ({"mp4": str(self.mp4_named_webm.pk)}, "Choose an .mp4 file."),
            ({"webm": str(self.text_file.pk)}, "Choose a .webm file."),
            ({"captions": str(self.text_file.pk)}, "Choose a WebVTT (.vtt) file."),
        ]
        for files, message in cases:
            response = self.add(SignLanguagePage, self.sign_language(**files))
            assert response.status_code == 200, files
            assert message in response.content.decode(), files
        assert not SignLanguagePage.objects.exists()


@pytest.mark.django_db
def test_a_recording_plays_from_the_portals_own_files_with_default_captions(client):
    page = sign_language_page("pl")
    html = client.get(page.url).content.decode()
    video = re.search(r"<video[^>]*>.*?</video>", html, re.S).group(0)
    files = page.videos[0].value
    assert " controls" in video and "autoplay" not in video
    assert f'<source src="{files["webm"].url}" type="video/webm">' in video
    track = f'<track kind="captions" src="{files["captions"].url}" srclang="pl" label="Polski" default>'
    assert track in video
    assert re.search(r'poster="/media/images/[^"]+\.jpg"', video)
    assert "<p>Dzień dobry.</p>" in html and "<p>To portal miasta.</p>" in html  # the transcript
    assert f'<a href="{files["webm"].url}" download>Pobierz film (WebM, 8\xa0bajtów)</a>' in html
    assert "youtube" not in html.lower() and "vimeo" not in html.lower()
    captions = client.get(files["captions"].url)
    assert captions.status_code == 200 and captions["Content-Type"].startswith("text/vtt")
    assert client.get(files["webm"].url)["Content-Type"] == "video/webm"


@pytest.mark.django_db
def test_an_easy_to_read_page_shows_the_logo_one_line_per_sentence_linked_addresses_and_described_pictograms(client):
    page = easy_read_page("pl", lines=("Portal to strona miasta.", "Tu są wiadomości.", "Napisz: pomoc@krakow.example"))
    html = client.get(page.url).content.decode()
    assert '<p>Napisz: <a href="mailto:pomoc@krakow.example">pomoc@krakow.example</a></p>' in html
    assert re.search(r'<svg class="easy-read-logo"[^>]*role="img"', html)
    assert '<title id="easy-read-logo-title">Tekst łatwy do czytania</title>' in html
    assert "<p>Portal to strona miasta.</p>\n    <p>Tu są wiadomości.</p>" in html
    assert re.search(r'<img alt="Ekran" class="easy-read__pictogram"', html)


def header_links(html):
    nav = re.search(r'<nav class="header-links".*?</nav>', html, re.S)
    return re.findall(r'href="([^"]+)"[^>]*>.*?<span>([^<]+)</span>', nav.group(0), re.S) if nav else []


@pytest.mark.django_db
def test_polish_pages_link_to_both_pages_and_other_languages_only_to_what_they_have(client):
    easy = easy_read_page("pl")
    sign = sign_language_page("pl")
    english = easy_read_page("en", title="Easy read")
    assert header_links(client.get("/pl/").content.decode()) == [
        (easy.url, "Tekst łatwy do czytania"),
        (sign.url, "Polski język migowy"),
    ]
    assert header_links(client.get(sign.url).content.decode())[0] == (easy.url, "Tekst łatwy do czytania")
    assert header_links(client.get("/en/").content.decode()) == [(english.url, "Easy read")]
    assert '<nav class="header-links"' not in client.get("/de/").content.decode()


@pytest.mark.django_db
def test_drafts_and_private_pages_get_no_header_link(client):
    easy_read_page("pl", publish=False)
    make_private(sign_language_page("pl"))
    assert header_links(client.get("/pl/").content.decode()) == []


@pytest.mark.django_db
def test_publishing_or_unpublishing_an_easy_to_read_page_refreshes_the_header_of_every_cached_page(client):
    german = easy_read_page("de", title="Leichte Sprache", publish=False)
    other_page = Page.objects.get(pk=sign_language_page("de").pk)
    paths = ["/de/", other_page.url]
    for path in paths:
        client.get(path)
        assert client.get(path)["X-Cache"] == "hit"
    german.get_latest_revision().publish()
    for path in paths:
        response = client.get(path)
        assert response["X-Cache"] == "miss", path
        assert (german.url, "Leichte Sprache") in header_links(response.content.decode()), path
        assert client.get(path)["X-Cache"] == "hit"
    german.refresh_from_db()
    german.unpublish()
    for path in paths:
        assert (german.url, "Leichte Sprache") not in header_links(client.get(path).content.decode()), path


@pytest.mark.django_db
def test_a_correction_to_an_easy_to_read_page_keeps_the_cached_pages_that_only_link_to_it(client):
    german = easy_read_page("de", title="Leichte Sprache")
    paths = ["/de/", sign_language_page("de").url]
    for path in paths:
        client.get(path)
    german.title = "Leichte Sprache: das Portal"
    german.save_revision().publish()
    for path in paths:
        assert client.get(path)["X-Cache"] == "hit", path
    assert "Leichte Sprache: das Portal" in client.get(german.url).content.decode()
    german.slug = "einfach"
    german.save_revision().publish()
    assert ("/de/einfach/", "Leichte Sprache") in header_links(client.get("/de/").content.decode())
