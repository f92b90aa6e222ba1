"""Builders for easy-to-read and sign-language pages, their pictograms and recordings."""

import uuid
from io import BytesIO

from PIL import Image as PillowImage

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from accessibility.models import EasyReadPage, SignLanguagePage
from tests.builders import add_page, home


def picture(title, size=(64, 64)):
    """A small PNG in the image library, described as alt text needs."""
    buffer = BytesIO()
    PillowImage.new("RGB", size, (11, 79, 138)).save(buffer, "PNG")
    image = get_image_model()(
        title=title, description=title, file=ImageFile(buffer, name=f"{uuid.uuid4().hex[:8]}.png")
    )
    image.save()
    return image


def document(name, content=b"data"):
    """A document in the library, named so that its extension says what it is."""
    stored = get_document_model()(title=name, file=ContentFile(content, name=f"{uuid.uuid4().hex[:6]}-{name}"))
    stored._set_document_file_metadata()
    stored.save()
    return stored


def easy_read_page(language="pl", *, publish=True, title="Łatwy tekst", lines=("Portal to strona miasta.",), **fields):
    body = [("passage", {"pictogram": picture("Pictogram"), "pictogram_alt": "Ekran", "lines": list(lines)})]
    return add_page(home(language), EasyReadPage, publish=publish, title=title, body=body, **fields)


def recording_files():
    return {
        "webm": document("talk.webm", b"\x1a\x45\xdf\xa3webm"),
        "captions": document("talk.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nDzie\xc5\x84 dobry.\n"),
        "poster": picture("Poster", size=(160, 90)),
    }


def sign_language_page(language="pl", *, publish=True, title="Język migowy", **fields):
    files = recording_files()
    video = {"title": "O portalu", "mp4": None, "transcript": "Dzień dobry.\n\nTo portal miasta.", **files}
    return add_page(home(language), SignLanguagePage, publish=publish, title=title, videos=[("video", video)], **fields)
