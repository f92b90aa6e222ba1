"""Illustrations for the demo articles, drawn with Pillow when the demo loads: nothing is downloaded."""

import math
import random
from io import BytesIO

from PIL import Image as PillowImage
from PIL import ImageDraw

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from memberships import geography
from memberships.demo_content import CITIES

WIDTH, HEIGHT = 1200, 675

# Kraków blue, city red, warm stone, green of the Planty park.
PALETTES = {
    "blue": ((11, 79, 138), (64, 140, 200), (255, 214, 120)),
    "dusk": ((42, 45, 92), (176, 18, 43), (255, 191, 71)),
    "stone": ((120, 92, 64), (232, 214, 180), (11, 79, 138)),
    "green": ((24, 92, 64), (150, 200, 120), (255, 240, 200)),
    "paper": ((70, 70, 80), (244, 241, 236), (176, 18, 43)),
}


def _gradient(top, bottom):
    image = PillowImage.new("RGB", (WIDTH, HEIGHT), top)
    draw = ImageDraw.Draw(image)
    for y in range(HEIGHT):
        share = y / HEIGHT
        colour = tuple(round(a + (b - a) * share) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (WIDTH, y)], fill=colour)
    return image, draw


def _network(draw, rng, accent):
    """Cities as dots joined into a network."""
    points = [(rng.randint(80, WIDTH - 80), rng.randint(80, HEIGHT - 80)) for _ in range(26)]
    for index, (x, y) in enumerate(points):
        for other_x, other_y in points[index + 1 :]:
            if math.dist((x, y), (other_x, other_y)) < 260:
                draw.line([(x, y), (other_x, other_y)], fill=(255, 255, 255), width=2)
    for x, y in points:
        draw.ellipse([x - 9, y - 9, x + 9, y + 9], fill=accent)
    cx, cy = WIDTH * 0.62, HEIGHT * 0.45
    draw.ellipse([cx - 22, cy - 22, cx + 22, cy + 22], fill=(255, 255, 255), outline=accent, width=8)


def _skyline(draw, rng, accent):
    """Towers and roofs of an old town against the sky."""
    draw.ellipse([WIDTH - 300, 70, WIDTH - 170, 200], fill=accent)
    ground = HEIGHT - 120
    x = 0
    while x < WIDTH:
        width = rng.randint(60, 130)
        height = rng.randint(120, 260)
        draw.rectangle([x, ground - height, x + width, HEIGHT], fill=(30, 30, 46))
        draw.polygon(
            [(x, ground - height), (x + width / 2, ground - height - 50), (x + width, ground - height)],
            fill=(30, 30, 46),
        )
        x += width
    # Two unequal church towers, the taller one with a spire.
    for left, height, spire in ((480, 430, 120), (600, 360, 40)):
        draw.rectangle([left, ground - height, left + 70, HEIGHT], fill=(20, 20, 32))
        draw.polygon(
            [(left, ground - height), (left + 35, ground - height - spire), (left + 70, ground - height)],
            fill=(20, 20, 32),
        )


def _bridge(draw, rng, accent):
    """A bridge of arches linking two banks."""
    water = HEIGHT - 200
    draw.rectangle([0, water, WIDTH, HEIGHT], fill=(20, 60, 110))
    for wave in range(12):
        y = water + 20 + wave * 15
        draw.line([(rng.randint(0, 300), y), (rng.randint(700, WIDTH), y)], fill=(80, 130, 190), width=2)
    draw.rectangle([0, water - 150, WIDTH, water - 110], fill=(235, 225, 205))
    for left in range(40, WIDTH, 230):
        draw.pieslice([left, water - 130, left + 200, water + 70], 180, 360, fill=(235, 225, 205))
        draw.pieslice([left + 25, water - 95, left + 175, water + 55], 180, 360, fill=(20, 60, 110))
    draw.ellipse([120, 60, 210, 150], fill=accent)


def _books(draw, rng, accent):
    """A shelf of book spines."""
    shelf = HEIGHT - 110
    draw.rectangle([0, shelf, WIDTH, shelf + 30], fill=(90, 60, 40))
    x = 60
    while x < WIDTH - 80:
        width = rng.randint(38, 75)
        height = rng.randint(260, 420)
        colour = rng.choice([(176, 18, 43), (11, 79, 138), (24, 92, 64), (200, 150, 60), (60, 60, 70)])
        draw.rectangle([x, shelf - height, x + width, shelf], fill=colour)
        draw.rectangle([x + 8, shelf - height + 40, x + width - 8, shelf - height + 52], fill=accent)
        x += width + rng.randint(4, 12)


def _documents(draw, rng, accent):
    """A stack of papers with a seal, for history and resolutions."""
    for offset in range(5, 0, -1):
        left, top = 330 + offset * 18, 90 + offset * 14
        draw.rectangle([left, top, left + 480, top + 520], fill=(250, 248, 240), outline=(120, 110, 100), width=3)
    for line in range(12):
        y = 190 + line * 32
        draw.line([(400, y), (400 + rng.randint(250, 380), y)], fill=(120, 120, 130), width=6)
    draw.ellipse([680, 500, 800, 620], fill=accent)


def _screen(draw, rng, accent):
    """A phone and a laptop showing a service form."""
    draw.rounded_rectangle([220, 150, 900, 560], radius=24, fill=(30, 30, 46))
    draw.rectangle([250, 180, 870, 530], fill=(245, 247, 250))
    for row in range(6):
        y = 215 + row * 50
        draw.rounded_rectangle([280, y, 280 + rng.randint(250, 520), y + 26], radius=8, fill=(200, 215, 235))
    draw.rounded_rectangle([700, 450, 840, 500], radius=10, fill=accent)
    draw.rounded_rectangle([900, 260, 1060, 600], radius=26, fill=(30, 30, 46))
    draw.rectangle([915, 290, 1045, 570], fill=(245, 247, 250))
    draw.ellipse([950, 330, 1010, 390], fill=accent)


def _gears(draw, rng, accent):
    """Interlocking gears: firms, universities and the city working together."""
    for cx, cy, radius, colour in (
        (430, 340, 170, (255, 255, 255)),
        (700, 250, 110, accent),
        (720, 500, 90, (230, 230, 230)),
    ):
        teeth = 12
        for tooth in range(teeth):
            angle = 2 * math.pi * tooth / teeth
            x, y = cx + math.cos(angle) * radius, cy + math.sin(angle) * radius
            draw.ellipse([x - radius * 0.2, y - radius * 0.2, x + radius * 0.2, y + radius * 0.2], fill=colour)
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=colour)
        draw.ellipse(
            [cx - radius * 0.35, cy - radius * 0.35, cx + radius * 0.35, cy + radius * 0.35], fill=(30, 30, 46)
        )


def _globe(draw, rng, accent):
    """A globe with partner cities marked."""
    cx, cy, radius = WIDTH / 2, HEIGHT / 2, 260
    draw.ellipse(
        [cx - radius, cy - radius, cx + radius, cy + radius], fill=(30, 100, 160), outline=(255, 255, 255), width=4
    )
    for step in range(1, 4):
        width = radius * step / 4
        draw.ellipse([cx - width, cy - radius, cx + width, cy + radius], outline=(160, 200, 230), width=2)
        y = radius * step / 4
        draw.line(
            [(cx - math.sqrt(radius**2 - y**2), cy - y), (cx + math.sqrt(radius**2 - y**2), cy - y)],
            fill=(160, 200, 230),
            width=2,
        )
        draw.line(
            [(cx - math.sqrt(radius**2 - y**2), cy + y), (cx + math.sqrt(radius**2 - y**2), cy + y)],
            fill=(160, 200, 230),
            width=2,
        )
    for _ in range(9):
        angle, distance = rng.uniform(0, 2 * math.pi), rng.uniform(0, radius - 30)
        x, y = cx + math.cos(angle) * distance, cy + math.sin(angle) * distance
        draw.ellipse([x - 10, y - 10, x + 10, y + 10], fill=accent)


def _houses(draw, rng, accent):
    """Two town houses side by side, one for each partner city."""
    ground = HEIGHT - 90
    for left, colour in ((230, (232, 214, 180)), (640, (190, 210, 230))):
        draw.rectangle([left, ground - 330, left + 330, ground], fill=colour, outline=(60, 50, 40), width=4)
        draw.polygon(
            [(left - 20, ground - 330), (left + 165, ground - 500), (left + 350, ground - 330)], fill=(150, 50, 40)
        )
        for row in range(2):
            for column in range(3):
                x, y = left + 40 + column * 95, ground - 290 + row * 110
                draw.rectangle([x, y, x + 60, y + 75], fill=(60, 80, 110))
        draw.rectangle([left + 135, ground - 100, left + 195, ground], fill=(90, 60, 40))
    draw.rectangle([0, ground, WIDTH, HEIGHT], fill=(120, 120, 110))
    draw.ellipse([560, 90, 640, 170], fill=accent)


def _feed(draw, rng, accent):
    """The feed symbol: a dot and two arcs."""
    x, y = 420, 520
    draw.rounded_rectangle([x - 60, y - 360, x + 360, y + 60], radius=60, fill=accent)
    draw.ellipse([x, y - 60, x + 60, y], fill=(255, 255, 255))
    for radius in (170, 290):
        draw.arc([x - radius, y - radius, x + radius, y + radius], 270, 360, fill=(255, 255, 255), width=50)


def _access(draw, rng, accent):
    """Large, high-contrast shapes: a page readable by everyone."""
    draw.rounded_rectangle([300, 110, 900, 570], radius=30, fill=(255, 255, 255))
    draw.rectangle([340, 150, 860, 210], fill=(11, 79, 138))
    for row in range(5):
        draw.rectangle([340, 250 + row * 55, 340 + rng.randint(300, 520), 280 + row * 55], fill=(40, 40, 40))
    draw.ellipse([760, 430, 880, 550], fill=accent)


# Places drawn on the maps: (longitude, latitude). Kraków and the six cities whose mayors founded
# Eurocities in 1986.
KRAKOW = (19.94, 50.06)
EUROCITIES_FOUNDERS = {
    "Barcelona": (2.17, 41.39),
    "Birmingham": (-1.89, 52.49),
    "Frankfurt": (8.68, 50.11),
    "Lyon": (4.84, 45.76),
    "Milan": (9.19, 45.46),
    "Rotterdam": (4.48, 51.92),
}
# The frame of the map of Europe: west, east, south, north.
EUROPE_FRAME = (-12.0, 32.0, 35.0, 60.5)


def _project(point, frame=EUROPE_FRAME, margin=40, squeezed=True):
    """A (longitude, latitude) point on the picture, in an equirectangular projection; for a
    region, squeezed by the cosine of its middle latitude, so central Europe keeps its shape."""
    west, east, south, north = frame
    squeeze = math.cos(math.radians((south + north) / 2)) if squeezed else 1
    scale = min((WIDTH - 2 * margin) / ((east - west) * squeeze), (HEIGHT - 2 * margin) / (north - south))
    width = (east - west) * squeeze * scale
    left = (WIDTH - width) / 2
    return left + (point[0] - west) * squeeze * scale, margin + (north - point[1]) * scale


def _europe(draw, land, coast):
    # Filled only: the outlines meet along straight seams (Europe and Asia at 50° E) that a coast
    # line would draw.
    for outline in geography.EUROPE_MAP:
        draw.polygon([_project(point) for point in outline], fill=land)


WORLD_FRAME = (-130.0, 160.0, -50.0, 72.0)


def _partner_world(draw, rng, accent):
    """The world from the registry's coastlines, with the demo's partner cities linked to Kraków."""

    def place(point):
        return _project(point, WORLD_FRAME, margin=20, squeezed=False)

    for outline in geography.WORLD_MAP:
        draw.polygon([place(point) for point in outline], fill=(236, 232, 222))
    home = place(KRAKOW)
    cities = [place((float(longitude), float(latitude))) for *_names, latitude, longitude in CITIES.values()]
    for x, y in cities:
        middle = ((home[0] + x) / 2, min(home[1], y) - abs(home[0] - x) / 5)  # an arc, as flights are drawn
        points = [
            (
                (1 - t) ** 2 * home[0] + 2 * (1 - t) * t * middle[0] + t**2 * x,
                (1 - t) ** 2 * home[1] + 2 * (1 - t) * t * middle[1] + t**2 * y,
            )
            for t in (step / 40 for step in range(41))
        ]
        draw.line(points, fill=(11, 79, 138), width=4)
    for x, y in cities:
        draw.ellipse([x - 10, y - 10, x + 10, y + 10], fill=(11, 79, 138), outline=(255, 255, 255), width=3)
    x, y = home
    draw.ellipse([x - 18, y - 18, x + 18, y + 18], fill=(255, 255, 255), outline=accent, width=7)


def _eurocities_map(draw, rng, accent):
    """Europe from the registry's coastlines, the six founding cities of Eurocities linked to Kraków."""
    _europe(draw, (236, 232, 222), (150, 160, 175))
    home = _project(KRAKOW)
    for place in EUROCITIES_FOUNDERS.values():
        x, y = _project(place)
        draw.line([home, (x, y)], fill=(11, 79, 138), width=5)
    for place in EUROCITIES_FOUNDERS.values():
        x, y = _project(place)
        draw.ellipse([x - 13, y - 13, x + 13, y + 13], fill=(11, 79, 138), outline=(255, 255, 255), width=4)
    x, y = home
    draw.ellipse([x - 30, y - 30, x + 30, y + 30], fill=(255, 255, 255), outline=accent, width=10)
    draw.ellipse([x - 10, y - 10, x + 10, y + 10], fill=accent)


# National flags as stripes: (horizontal?, colours from top or left).
FLAGS = {
    "PL": (True, [(255, 255, 255), (220, 20, 60)]),
    "DE": (True, [(0, 0, 0), (221, 0, 0), (255, 206, 0)]),
    "HU": (True, [(206, 41, 57), (255, 255, 255), (71, 112, 80)]),
    "FR": (False, [(0, 38, 84), (255, 255, 255), (206, 17, 38)]),
}


def _flag(draw, code, left, top, width, height, wave):
    """A flag on its pole, its stripes bent by a gentle wave."""
    horizontal, colours = FLAGS[code]
    draw.rounded_rectangle([left - 18, top - 20, left - 6, HEIGHT], radius=6, fill=(60, 60, 70))
    columns = 60
    for column in range(columns):
        x0 = left + width * column / columns
        x1 = left + width * (column + 1) / columns + 1
        shift = math.sin(column / columns * math.pi * 2 + wave) * 14 * column / columns
        for index, colour in enumerate(colours):
            if horizontal:
                y0 = top + shift + height * index / len(colours)
                y1 = top + shift + height * (index + 1) / len(colours)
            else:
                if int(column * len(colours) / columns) != index:
                    continue
                y0, y1 = top + shift, top + shift + height
            draw.rectangle([x0, y0, x1, y1], fill=colour)
    draw.line([(left, top), (left, top + height)], fill=(120, 120, 130), width=2)


def _flags(draw, codes, accent):
    """Two partners' flags side by side above a bridge of arches."""
    _bridge_arches(draw, HEIGHT - 150, (235, 225, 205), (20, 60, 110))
    for index, code in enumerate(codes):
        _flag(draw, code, 250 + index * 420, 110, 330, 210, wave=index * 1.3)
    draw.ellipse([WIDTH - 190, 70, WIDTH - 110, 150], fill=accent)


def _bridge_arches(draw, deck, stone, water):
    draw.rectangle([0, deck + 40, WIDTH, HEIGHT], fill=water)
    draw.rectangle([0, deck, WIDTH, deck + 34], fill=stone)
    for left in range(-60, WIDTH, 200):
        draw.pieslice([left, deck + 10, left + 180, deck + 190], 180, 360, fill=stone)
        draw.pieslice([left + 22, deck + 34, left + 158, deck + 170], 180, 360, fill=water)


def _flags_pl_de(draw, rng, accent):
    _flags(draw, ("PL", "DE"), accent)


def _flags_pl_hu(draw, rng, accent):
    _flags(draw, ("PL", "HU"), accent)


def _flags_pl_fr(draw, rng, accent):
    _flags(draw, ("PL", "FR"), accent)


# Kraków's Main Market Square and Wawel as outlines, left to right: (name, polygon) with x from 0
# to 1200 and y upwards from the ground line.
KRAKOW_SKYLINE = [
    # Wawel hill with the castle and the cathedral's domes
    ("hill", [(0, 0), (0, 120), (60, 150), (200, 170), (330, 150), (380, 110), (400, 0)]),
    (
        "castle",
        [
            (40, 150),
            (40, 250),
            (70, 250),
            (70, 300),
            (110, 300),
            (110, 250),
            (250, 250),
            (250, 200),
            (290, 200),
            (290, 165),
        ],
    ),
    (
        "cathedral",
        [(150, 250), (150, 330), (165, 360), (180, 330), (180, 280), (215, 280), (230, 305), (245, 280), (245, 250)],
    ),
    # The Town Hall tower, alone on the square
    (
        "town hall",
        [(430, 0), (430, 330), (445, 350), (445, 410), (458, 470), (471, 410), (471, 350), (486, 330), (486, 0)],
    ),
    # The Cloth Hall with its ornate attic
    (
        "cloth hall",
        [(520, 0), (520, 150)]
        + [
            point
            for x in range(520, 840, 40)
            for point in ((x, 150), (x + 10, 185), (x + 20, 165), (x + 30, 185), (x + 40, 150))
        ]
        + [(840, 150), (840, 0)],
    ),
    # St Mary's Basilica: the taller tower with its spire and crown, the lower one with its helmet
    ("st mary's nave", [(880, 0), (880, 250), (1010, 250), (1010, 0)]),
    (
        "st mary's north tower",
        [
            (1010, 0),
            (1010, 400),
            (995, 420),
            (1020, 440),
            (1032, 540),
            (1044, 440),
            (1069, 420),
            (1054, 400),
            (1054, 0),
        ],
    ),
    ("st mary's south tower", [(1070, 0), (1070, 330), (1085, 360), (1092, 400), (1099, 360), (1114, 330), (1114, 0)]),
    ("houses", [(1114, 0), (1114, 170), (1150, 200), (1200, 200), (1200, 0)]),
]


def _krakow_skyline(draw, rng, accent):
    """Kraków's old town as a silhouette against the evening sky, drawn from KRAKOW_SKYLINE."""
    ground = HEIGHT - 90
    draw.ellipse([WIDTH - 420, 90, WIDTH - 300, 210], fill=accent)
    for name, outline in KRAKOW_SKYLINE:
        colour = (36, 40, 70) if name == "hill" else (22, 24, 44)
        draw.polygon([(x, ground - y) for x, y in outline], fill=colour)
    draw.rectangle([0, ground, WIDTH, HEIGHT], fill=(22, 24, 44))
    for _ in range(30):  # lit windows
        x, y = rng.randint(880, 1190), rng.randint(ground - 230, ground - 20)
        draw.rectangle([x, y, x + 6, y + 10], fill=(255, 214, 120))


# Frankfurt's high-rise skyline by the river: (left, width, height, roof).
FRANKFURT_TOWERS = [
    (80, 90, 300, "flat"),
    (200, 70, 380, "spire"),
    (300, 110, 470, "pyramid"),
    (440, 80, 420, "flat"),
    (550, 100, 520, "antenna"),
    (690, 90, 360, "flat"),
    (810, 120, 450, "pyramid"),
    (960, 80, 330, "flat"),
    (1060, 90, 280, "flat"),
]


def _frankfurt_skyline(draw, rng, accent):
    """Frankfurt's towers over the Main, drawn from FRANKFURT_TOWERS, with the two cities' flags' colours."""
    water = HEIGHT - 170
    draw.rectangle([0, water, WIDTH, HEIGHT], fill=(20, 50, 90))
    for left, width, height, roof in FRANKFURT_TOWERS:
        top = water - height * 0.8
        draw.rectangle([left, top, left + width, water], fill=(28, 32, 54))
        if roof == "pyramid":
            draw.polygon([(left, top), (left + width / 2, top - 60), (left + width, top)], fill=(28, 32, 54))
        elif roof == "spire":
            draw.polygon(
                [(left + width / 2 - 8, top), (left + width / 2, top - 90), (left + width / 2 + 8, top)],
                fill=(28, 32, 54),
            )
        elif roof == "antenna":
            draw.rectangle([left + width / 2 - 3, top - 110, left + width / 2 + 3, top], fill=(28, 32, 54))
        for row in range(int(height * 0.8 / 36)):
            for column in range(int(width / 26)):
                if rng.random() < 0.45:
                    x, y = left + 8 + column * 26, top + 14 + row * 36
                    draw.rectangle([x, y, x + 10, y + 14], fill=(255, 214, 120))
        for wave in range(3):  # the reflection
            y = water + 30 + wave * 40
            draw.line([(left, y), (left + width, y)], fill=(60, 100, 150), width=4)
    draw.ellipse([WIDTH - 210, 60, WIDTH - 120, 150], fill=accent)


MOTIFS = {
    "eurocities-map": _eurocities_map,
    "partner-world": _partner_world,
    "flags-pl-de": _flags_pl_de,
    "flags-pl-hu": _flags_pl_hu,
    "flags-pl-fr": _flags_pl_fr,
    "krakow-skyline": _krakow_skyline,
    "frankfurt-skyline": _frankfurt_skyline,
    "network": _network,
    "skyline": _skyline,
    "bridge": _bridge,
    "books": _books,
    "documents": _documents,
    "screen": _screen,
    "gears": _gears,
    "globe": _globe,
    "houses": _houses,
    "feed": _feed,
    "access": _access,
}


def draw_jpeg(motif, palette, seed):
    """A 1200×675 JPEG of the motif, the same every time for the same seed."""
    top, bottom, accent = PALETTES[palette]
    image, draw = _gradient(top, bottom)
    MOTIFS[motif](draw, random.Random(seed), accent)  # noqa: S311 (a drawing, not a secret)
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def ensure_image(key, title, motif, palette):
    """The demo image titled `title`, drawn and stored the first time."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        data = draw_jpeg(motif, palette, seed=key)
        image = Image(title=title, file=ImageFile(BytesIO(data), name=f"news-{key}.jpg"))
        image.save()
    return image
