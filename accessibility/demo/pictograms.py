"""Pictograms for the demo easy-to-read text, drawn with Pillow when the demo loads.

Easy-to-read pictograms are plain: one thick dark shape on a light ground, the same picture for
the same idea. Each is drawn on a 320 px square and stored as a PNG; nothing is downloaded.
"""

from io import BytesIO

from PIL import Image as PillowImage
from PIL import ImageDraw

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

SIZE = 320
GROUND = (231, 239, 247)
INK = (14, 42, 68)
ACCENT = (176, 18, 43)
WHITE = (255, 255, 255)
LINE = 16


def _screen(draw):
    """A computer screen showing a page."""
    draw.rounded_rectangle([40, 60, 280, 220], radius=18, fill=INK)
    draw.rectangle([60, 80, 260, 200], fill=WHITE)
    draw.rectangle([80, 100, 240, 120], fill=ACCENT)
    for y in (140, 170):
        draw.rectangle([80, y, 220, y + 12], fill=INK)
    draw.polygon([(135, 220), (185, 220), (200, 262), (120, 262)], fill=INK)
    draw.rounded_rectangle([90, 258, 230, 276], radius=8, fill=INK)


def _newspaper(draw):
    """A newspaper: news."""
    draw.rounded_rectangle([50, 60, 270, 260], radius=14, fill=WHITE, outline=INK, width=LINE)
    draw.rectangle([80, 90, 240, 122], fill=ACCENT)
    draw.rectangle([80, 140, 150, 230], fill=INK)
    for y in (145, 175, 205):
        draw.rectangle([168, y, 240, y + 14], fill=INK)


def _calendar(draw):
    """A calendar page: events and dates."""
    draw.rounded_rectangle([50, 70, 270, 270], radius=16, fill=WHITE, outline=INK, width=LINE)
    draw.rectangle([58, 78, 262, 130], fill=ACCENT)
    for x in (100, 220):
        draw.rounded_rectangle([x - 10, 45, x + 10, 100], radius=8, fill=INK)
    for row in range(2):
        for column in range(3):
            x, y = 85 + column * 55, 155 + row * 50
            draw.rectangle([x, y, x + 35, y + 30], fill=INK)


def _cities(draw):
    """Two houses joined by a line: cities working together."""
    for left in (40, 190):
        draw.polygon([(left, 170), (left + 45, 120), (left + 90, 170)], fill=ACCENT)
        draw.rectangle([left + 8, 170, left + 82, 250], fill=INK)
        draw.rectangle([left + 33, 205, left + 57, 250], fill=WHITE)
    draw.line([(130, 210), (190, 210)], fill=INK, width=LINE)
    draw.ellipse([145, 195, 175, 225], fill=ACCENT)


def _magnifier(draw):
    """A magnifying glass: searching."""
    draw.ellipse([50, 50, 210, 210], fill=WHITE, outline=INK, width=22)
    draw.line([(185, 185), (270, 270)], fill=INK, width=38)


def _hands(draw):
    """Two open hands: sign language."""
    for left, thumb in ((40, 132), (170, 148)):
        draw.rounded_rectangle([left, 150, left + 110, 260], radius=34, fill=INK)
        for finger in range(4):
            x = left + 8 + finger * 25
            draw.rounded_rectangle([x, 70 + abs(finger - 1.5) * 14, x + 20, 180], radius=10, fill=INK)
        # The thumbs point at each other.
        draw.line([(thumb + (left - thumb) * 0.1, 225), (thumb, 175)], fill=INK, width=22)
    draw.rounded_rectangle([135, 175, 175, 195], radius=10, fill=ACCENT)


def _book(draw):
    """An open book: something easy to read."""
    draw.polygon([(40, 90), (160, 110), (160, 260), (40, 240)], fill=WHITE, outline=INK, width=LINE)
    draw.polygon([(280, 90), (160, 110), (160, 260), (280, 240)], fill=WHITE, outline=INK, width=LINE)
    for y in (140, 175, 210):
        draw.line([(185, y), (255, y - 10)], fill=INK, width=10)
    draw.line([(70, 170), (95, 195), (135, 145)], fill=ACCENT, width=LINE)


def _envelope(draw):
    """An envelope: writing to the city."""
    draw.rectangle([40, 90, 280, 240], fill=WHITE, outline=INK, width=LINE)
    draw.line([(48, 98), (160, 180), (272, 98)], fill=INK, width=LINE)
    draw.ellipse([230, 60, 290, 120], fill=ACCENT)


def _shield(draw):
    """A shield with a lock: your privacy is kept."""
    draw.polygon([(160, 40), (270, 80), (255, 200), (160, 280), (65, 200), (50, 80)], fill=INK)
    draw.rounded_rectangle([115, 150, 205, 225], radius=10, fill=WHITE)
    draw.arc([125, 100, 195, 175], 180, 360, fill=WHITE, width=14)
    draw.ellipse([150, 175, 170, 195], fill=ACCENT)


MOTIFS = {
    "screen": _screen,
    "newspaper": _newspaper,
    "calendar": _calendar,
    "cities": _cities,
    "magnifier": _magnifier,
    "hands": _hands,
    "book": _book,
    "envelope": _envelope,
    "shield": _shield,
}


def draw_png(motif):
    image = PillowImage.new("RGB", (SIZE, SIZE), GROUND)
    MOTIFS[motif](ImageDraw.Draw(image))
    buffer = BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def ensure_pictogram(motif, description):
    """The demo pictogram of `motif`, drawn and stored the first time."""
    Image = get_image_model()
    title = f"Pictogram: {motif}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(
            title=title,
            description=description,
            file=ImageFile(BytesIO(draw_png(motif)), name=f"pictogram-{motif}.png"),
        )
        image.save()
    return image
