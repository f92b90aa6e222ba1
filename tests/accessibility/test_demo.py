"""The demo easy-to-read text and sign-language recording: made on the spot, quickly, only once."""

import time

import av
import pytest

from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from accessibility.models import EasyReadPage, SignLanguagePage
from tests.demo_content import loaded_once
from tests.portal.legal.statements import statement

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def accessibility_demo(django_db_setup, django_db_blocker):
    started = time.monotonic()
    with loaded_once(django_db_blocker, "demo_accessibility"):
        yield time.monotonic() - started


def counts():
    models = (EasyReadPage, SignLanguagePage, get_document_model(), get_image_model())
    return [model.objects.count() for model in models]


def test_loading_the_demo_twice_creates_nothing_new(accessibility_demo):
    before = counts()
    call_command("demo_accessibility", verbosity=0)
    assert counts() == before
    assert accessibility_demo < 10, f"the demo took {accessibility_demo:.1f} s"


def test_the_easy_to_read_text_is_in_three_languages_and_sign_language_in_polish(accessibility_demo):
    languages = sorted(EasyReadPage.objects.live().values_list("locale__language_code", flat=True))
    assert languages == ["de", "en", "pl"]
    assert list(SignLanguagePage.objects.live().values_list("locale__language_code", flat=True)) == ["pl"]
    polish = EasyReadPage.objects.get(locale__language_code="pl")
    lines = [line for block in polish.body if block.block_type == "passage" for line in block.value["lines"]]
    assert len(lines) >= 15
    assert all(len(line) <= 80 and line.count(". ") == 0 for line in lines), "one short sentence a line"
    passages = [block.value for block in polish.body if block.block_type == "passage"]
    assert all(passage["pictogram"] and passage["pictogram_alt"] for passage in passages)


def test_the_recording_is_a_real_video_as_long_as_its_captions(accessibility_demo):
    video = SignLanguagePage.objects.get().videos[0].value
    captions = video["captions"].file.open("rb").read().decode()
    assert captions.startswith("WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500\n")
    last_cue_end = 7.5
    for field, codec in (("webm", "vp9"), ("mp4", "h264")):
        with av.open(video[field].file.path) as container:
            stream = container.streams.video[0]
            assert stream.codec_context.name == codec
            frames = sum(1 for _frame in container.decode(stream))
        assert frames / float(stream.average_rate) >= last_cue_end
    assert video["poster"].description and video["transcript"].count("\n\n") == 2


def test_the_demo_pages_answer(accessibility_demo, client):
    for page in [*EasyReadPage.objects.all(), *SignLanguagePage.objects.all()]:
        assert client.get(page.url).status_code == 200


def test_the_demo_links_each_statement_to_its_easy_to_read_page_and_the_sign_language_page(accessibility_demo):
    polish, german = statement("pl"), statement("de")
    call_command("demo_accessibility", verbosity=0)

    sign_language = SignLanguagePage.objects.get(locale__language_code="pl")
    for page, language in ((polish, "pl"), (german, "de")):
        page.refresh_from_db()
        assert page.easy_read_page_id == EasyReadPage.objects.get(locale__language_code=language).pk
        assert page.sign_language_page_id == sign_language.pk
        assert not page.has_unpublished_changes
