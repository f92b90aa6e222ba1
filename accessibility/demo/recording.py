"""The demo sign-language recording, made when the demo loads: nothing is downloaded.

A few seconds of drawn frames (a signer whose hands move, the portal's colours) are encoded in
the process with PyAV, the Python bindings of FFmpeg's libraries: its wheels carry FFmpeg with
the VP9 and H.264 encoders, so `make run` needs no system ffmpeg, and frames go from Pillow to
the encoder without numpy or a subprocess. imageio-ffmpeg was weighed: it ships a static ffmpeg
program and pipes raw frames to it, a second process and a larger download for the same result.
The WebM (VP9) is what Chromium, Firefox and current Safari play, Debian's Chromium included,
which lacks H.264; the MP4 (H.264) is for older Apple devices.

The drawing is an animation standing in for the recording of an interpreter; the captions
(WebVTT) and the transcript say what the recording would say.
"""

import math
import tempfile
from io import BytesIO
from pathlib import Path

from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

try:
    import av
except ImportError:  # an installation from an older lock: the demo then has captions and poster only
    av = None

WIDTH, HEIGHT = 640, 360
FRAMES_PER_SECOND = 12
NIGHT = (14, 42, 68)
BRAND = (11, 79, 138)
SKIN = (236, 196, 164)
SHIRT = (28, 32, 40)
LIGHT = (231, 239, 247)
# (codec, container, extension, encoder options, container options): fast settings, which a
# drawing needs no more than; an MP4's index goes first, so playback starts before it is loaded.
ENCODINGS = (
    ("libvpx-vp9", "webm", "webm", {"deadline": "realtime", "cpu-used": "8", "crf": "34", "b:v": "0"}, {}),
    ("libx264", "mp4", "mp4", {"preset": "veryfast", "crf": "28"}, {"movflags": "+faststart"}),
)


def draw_frame(seconds):
    """The signer at a moment of the recording: the hands trace circles, each in its own phase."""
    image = PillowImage.new("RGB", (WIDTH, HEIGHT), NIGHT)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, HEIGHT - 40, WIDTH, HEIGHT], fill=BRAND)
    centre = WIDTH / 2
    draw.rounded_rectangle([centre - 105, 170, centre + 105, HEIGHT + 40], radius=60, fill=SHIRT)
    draw.rectangle([centre - 22, 140, centre + 22, 178], fill=SKIN)
    draw.ellipse([centre - 48, 58, centre + 48, 158], fill=SKIN)
    for side, phase in ((-1, 0.0), (1, math.pi / 2)):
        angle = seconds * 2 * math.pi * 0.7 + phase
        hand_x = centre + side * (118 + 34 * math.cos(angle))
        hand_y = 188 + 44 * math.sin(angle)
        draw.line([(centre + side * 82, 215), (hand_x, hand_y)], fill=SHIRT, width=34)
        draw.ellipse([hand_x - 24, hand_y - 26, hand_x + 24, hand_y + 26], fill=SKIN)
        for finger in range(4):
            x = hand_x - 18 + finger * 12
            draw.rounded_rectangle([x, hand_y - 52, x + 9, hand_y - 10], radius=4, fill=SKIN)
    # A corner badge, as broadcasters mark a sign-language picture.
    draw.rounded_rectangle([WIDTH - 104, 18, WIDTH - 18, 58], radius=10, fill=LIGHT)
    draw.text((WIDTH - 61, 38), "PJM", fill=BRAND, font=ImageFont.load_default(size=24), anchor="mm")
    return image


def encode(codec, container, options, container_options, seconds):
    """The animation of `seconds` seconds as a video file's bytes.

    Written to a temporary file, not to memory: moving an MP4's index to the front reopens it.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"recording.{container}"
        _write(path, codec, container, options, container_options, seconds)
        return path.read_bytes()


def _write(path, codec, container, options, container_options, seconds):
    with av.open(str(path), "w", format=container, options=dict(container_options)) as output:
        stream = output.add_stream(codec, rate=FRAMES_PER_SECOND, options=dict(options))
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        for number in range(round(seconds * FRAMES_PER_SECOND)):
            frame = av.VideoFrame.from_image(draw_frame(number / FRAMES_PER_SECOND))
            for packet in stream.encode(frame):
                output.mux(packet)
        for packet in stream.encode():
            output.mux(packet)


def webvtt(cues):
    """A WebVTT file of (start seconds, end seconds, text) cues."""

    def stamp(seconds):
        minutes, rest = divmod(seconds, 60)
        return f"{int(minutes // 60):02d}:{int(minutes % 60):02d}:{rest:06.3f}"

    blocks = [f"{number}\n{stamp(start)} --> {stamp(end)}\n{text}" for number, (start, end, text) in enumerate(cues, 1)]
    return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"


def _ensure_document(title, name, make_bytes):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title, file=ContentFile(make_bytes(), name=name))
        document._set_document_file_metadata()  # size and hash, as an upload through the admin sets them
        document.save()
    return document


def ensure_recording(key, cues, poster_description):
    """{"webm", "mp4", "captions", "poster"}: the recording's files, made and stored the first time.

    The animation lasts as long as its captions, plus half a second. Without PyAV installed the
    videos are None, and the page shows the poster, the captions file and the transcript.
    """
    seconds = max(end for _start, end, _text in cues) + 0.5
    files = {
        extension: _ensure_document(
            f"Sign language: {key} ({extension.upper()})",
            f"{key}.{extension}",
            lambda encoding=encoding: encode(*encoding[:2], *encoding[3:], seconds),
        )
        if av is not None
        else None
        for encoding in ENCODINGS
        for extension in [encoding[2]]
    }
    files["captions"] = _ensure_document(
        f"Sign language: {key} (captions)", f"{key}.vtt", lambda: webvtt(cues).encode()
    )
    Image = get_image_model()
    title = f"Sign language: {key} (poster)"
    poster = Image.objects.filter(title=title).first()
    if poster is None:
        buffer = BytesIO()
        draw_frame(0.6).save(buffer, "PNG", optimize=True)
        poster = Image(title=title, description=poster_description, file=ImageFile(buffer, name=f"{key}-poster.png"))
        poster.save()
    files["poster"] = poster
    return files
