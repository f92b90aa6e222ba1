"""Load the demo easy-to-read page (Polish, English, German) and sign-language page (Polish)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal.management.demo import ensure_translated_page
from portal.models import AccessibilityStatementPage, HomePage

from ...demo import content as demo
from ...demo.pictograms import ensure_pictogram
from ...demo.recording import ensure_recording
from ...models import EasyReadPage, SignLanguagePage


def _easy_read_body(body, pictograms, language):
    alt = demo.PICTOGRAM_ALT.get(language, demo.PICTOGRAMS)
    blocks = []
    for kind, value in body:
        if kind == "heading":
            blocks.append(("heading", {"text": value}))
        else:
            blocks.append(("passage", {"pictogram": pictograms[kind], "pictogram_alt": alt[kind], "lines": value}))
    return blocks


class Command(BaseCommand):
    help = "Load the demo easy-to-read and sign-language pages. Safe to run again: nothing is duplicated."

    def handle(self, *args, **options):
        with transaction.atomic():
            polish_home = HomePage.objects.get(locale__language_code="pl")
            pictograms = {motif: ensure_pictogram(motif, text) for motif, text in demo.PICTOGRAMS.items()}
            easy_read = {
                language: {
                    "slug": fields["slug"],
                    "title": fields["title"],
                    "intro": fields["intro"],
                    "body": _easy_read_body(fields["body"], pictograms, language),
                }
                for language, fields in demo.EASY_READ.items()
            }
            ensure_translated_page(polish_home, EasyReadPage, easy_read)
            recording = ensure_recording(demo.RECORDING["key"], demo.RECORDING["cues"], demo.RECORDING["poster"])
            video = {
                "title": demo.RECORDING["title"],
                "webm": recording["webm"],
                "mp4": recording["mp4"],
                "captions": recording["captions"],
                "poster": recording["poster"],
                "transcript": "\n\n".join(text for _start, _end, text in demo.RECORDING["cues"]),
            }
            versions = {
                language: {**fields, "videos": [("video", video)]} for language, fields in demo.SIGN_LANGUAGE.items()
            }
            ensure_translated_page(polish_home, SignLanguagePage, versions)
            _linked_from_the_accessibility_statements()


def _linked_from_the_accessibility_statements():
    """Each language's statement names its own easy-to-read page and the sign-language page,
    Polish where a language has none of its own (the recording is in Polish Sign Language)."""
    polish_sign_language = SignLanguagePage.objects.filter(locale__language_code="pl").first()
    for statement in AccessibilityStatementPage.objects.all():
        easy_read = EasyReadPage.objects.filter(locale_id=statement.locale_id).first()
        sign_language = SignLanguagePage.objects.filter(locale_id=statement.locale_id).first() or polish_sign_language
        wanted = (easy_read and easy_read.pk, sign_language and sign_language.pk)
        if (statement.easy_read_page_id, statement.sign_language_page_id) == wanted:
            continue
        statement.easy_read_page, statement.sign_language_page = easy_read, sign_language
        statement.save_revision().publish()
