"""Server-rendered SVG maps of partner cities: no tiles, scripts or fonts from anywhere else.

An equirectangular projection, stretched by the cosine of a middle latitude so Europe keeps
roughly its familiar shape. Every marker is a link with an accessible name; the directory's
list next to the map carries the same links for anyone who cannot use the picture.
"""

import math
from dataclasses import dataclass
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from . import geography

KRAKOW = (19.945, 50.065)  # longitude, latitude of the Main Market Square
FONT_SIZE = 24
DOT_RADIUS = 8
HIT_RADIUS = 16  # the invisible target around a dot, large enough for a fingertip
MAX_LABELLED = 40  # above this the map shows dots only: names would cover each other


@dataclass(frozen=True)
class Frame:
    """The part of the globe a map shows."""

    key: str
    west: float
    east: float
    south: float
    north: float
    standard_parallel: float
    graticule_step: int
    width: int = 800

    @property
    def scale(self):
        return self.width / ((self.east - self.west) * math.cos(math.radians(self.standard_parallel)))

    @property
    def height(self):
        return round((self.north - self.south) * self.scale)

    def project(self, longitude, latitude):
        x = (longitude - self.west) * math.cos(math.radians(self.standard_parallel)) * self.scale
        y = (self.north - latitude) * self.scale
        return round(x, 1), round(y, 1)

    def contains(self, longitude, latitude):
        return self.west <= longitude <= self.east and self.south <= latitude <= self.north


EUROPE = Frame("europe", west=-10.5, east=32.5, south=36.0, north=60.5, standard_parallel=48, graticule_step=5)
WORLD = Frame("world", west=-180, east=180, south=-57, north=80, standard_parallel=0, graticule_step=30)


@dataclass(frozen=True)
class Marker:
    """A place on the map: a link (url) or, without one, the reference mark of Kraków."""

    x: float
    y: float
    label: str
    name: str
    url: str = ""


def split_by_frame(entries):
    """(entries inside the map of Europe, entries elsewhere in the world)."""
    europe, world = [], []
    for entry in entries:
        (europe if EUROPE.contains(entry.longitude, entry.latitude) else world).append(entry)
    return europe, world


@lru_cache(maxsize=64)
def _land_path(frame):
    outlines = geography.EUROPE_MAP if frame.key == "europe" else geography.WORLD_MAP
    parts = []
    for outline in outlines:
        points = [frame.project(lon, lat) for lon, lat in outline]
        parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in points) + "Z")
    return "".join(parts)


@lru_cache(maxsize=64)
def _graticule_path(frame):
    step = frame.graticule_step
    parts = []
    for lon in range(math.ceil(frame.west / step) * step, math.floor(frame.east) + 1, step):
        (x1, y1), (x2, y2) = frame.project(lon, frame.north), frame.project(lon, frame.south)
        parts.append(f"M{x1:g},{y1:g}V{y2:g}")
    for lat in range(math.ceil(frame.south / step) * step, math.floor(frame.north) + 1, step):
        (x1, y1), (x2, y2) = frame.project(frame.west, lat), frame.project(frame.east, lat)
        parts.append(f"M{x1:g},{y1:g}H{x2:g}")
    return "".join(parts)


def _text_width(text):
    # Bold system fonts average a little over half an em per character; err wide.
    return len(text) * FONT_SIZE * 0.63 + 4


def _overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _place_labels(markers, frame):
    """Pick a side (right, left, above, below) for each name that covers no dot and no other name.

    Returns {marker index: (x, y, text-anchor)}; a name that fits nowhere is left off (its dot
    keeps its accessible name and tooltip).
    """
    dots = [(m.x - DOT_RADIUS, m.y - DOT_RADIUS, m.x + DOT_RADIUS, m.y + DOT_RADIUS) for m in markers]
    taken = list(dots)
    placed = {}
    half = FONT_SIZE * 0.5
    gap = DOT_RADIUS + 4
    for index, marker in enumerate(markers):
        width = _text_width(marker.label)
        candidates = [
            ((marker.x + gap, marker.y - half, marker.x + gap + width, marker.y + half), marker.x + gap, "start"),
            ((marker.x - gap - width, marker.y - half, marker.x - gap, marker.y + half), marker.x - gap, "end"),
            (
                (marker.x - width / 2, marker.y - gap - 2 * half, marker.x + width / 2, marker.y - gap),
                marker.x,
                "middle",
            ),
            (
                (marker.x - width / 2, marker.y + gap, marker.x + width / 2, marker.y + gap + 2 * half),
                marker.x,
                "middle",
            ),
        ]
        for box, x, anchor in candidates:
            inside = box[0] >= 2 and box[1] >= 2 and box[2] <= frame.width - 2 and box[3] <= frame.height - 2
            if inside and not any(_overlaps(box, other) for other in taken if other is not dots[index]):
                taken.append(box)
                # The baseline sits a third of the font size below the box's middle.
                placed[index] = (round(x, 1), round((box[1] + box[3]) / 2 + FONT_SIZE * 0.35, 1), anchor)
                break
    return placed


def _home_mark(x, y):
    """Kraków's diamond."""
    return f'<rect x="{x - 7:g}" y="{y - 7:g}" width="14" height="14" transform="rotate(45 {x:g} {y:g})"/>'


def _markers(frame, entries):
    markers, seen = [], {}
    for entry in entries:
        x, y = frame.project(entry.longitude, entry.latitude)
        # Two relations with one city: the second dot sits beside the first, both stay clickable.
        repeat = seen.get((x, y), 0)
        seen[(x, y)] = repeat + 1
        x, y = x + repeat * 2 * DOT_RADIUS, y - repeat * 2 * DOT_RADIUS
        name = _("%(partner)s, %(country)s: %(type)s") % {
            "partner": entry.partner_name,
            "country": entry.country_name,
            "type": entry.type_label,
        }
        markers.append(Marker(x, y, entry.partner_name, name, entry.url))
    return markers


def render_map(frame, entries, title):
    """The SVG of one map with a linked marker per entry, as safe HTML."""
    home_x, home_y = frame.project(*KRAKOW)
    home = Marker(home_x, home_y, _("Kraków"), _("Kraków"))
    markers = _markers(frame, entries)
    labelled = len(markers) <= MAX_LABELLED
    positions = _place_labels([home, *markers] if labelled else [home], frame)

    title_id = f"relation-map-{frame.key}-title"
    parts = [
        f'<svg class="relation-map relation-map--{frame.key}" viewBox="0 0 {frame.width} {frame.height}" '
        f'xmlns="http://www.w3.org/2000/svg" role="group" aria-labelledby="{title_id}">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<rect class="relation-map__sea" width="{frame.width}" height="{frame.height}"/>',
        f'<path class="relation-map__graticule" aria-hidden="true" d="{_graticule_path(frame)}"/>',
        f'<path class="relation-map__land" aria-hidden="true" d="{_land_path(frame)}"/>',
        '<g class="relation-map__home" aria-hidden="true">',
        _home_mark(home_x, home_y),
    ]
    if 0 in positions:
        x, y, anchor = positions[0]
        parts.append(f'<text x="{x:g}" y="{y:g}" text-anchor="{anchor}">{escape(home.label)}</text>')
    parts.append("</g>")
    for index, marker in enumerate(markers, start=1):
        parts.append(
            f'<a class="relation-map__marker" href="{escape(marker.url)}" aria-label="{escape(marker.name)}">'
            f"<title>{escape(marker.name)}</title>"
            f'<circle class="relation-map__target" cx="{marker.x:g}" cy="{marker.y:g}" r="{HIT_RADIUS}"/>'
            f'<circle class="relation-map__dot" cx="{marker.x:g}" cy="{marker.y:g}" r="{DOT_RADIUS}"/>'
        )
        if index in positions:
            x, y, anchor = positions[index]
            parts.append(f'<text x="{x:g}" y="{y:g}" text-anchor="{anchor}">{escape(marker.label)}</text>')
        parts.append("</a>")
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every interpolated text above is escaped


def locator_frame(longitude, latitude):
    """A frame around Kraków and one partner, with room around both for their names."""
    west, east = sorted((KRAKOW[0], longitude))
    south, north = sorted((KRAKOW[1], latitude))
    middle = (south + north) / 2
    # At least 30 degrees of longitude and a landscape shape, so near partners are not a blur.
    width = max(east - west + 12, 30)
    height = max(north - south + 8, width * math.cos(math.radians(middle)) * 0.62)
    centre_lon, centre_lat = (west + east) / 2, middle
    step = 5 if width <= 60 else 15
    return Frame(
        "locator",
        west=centre_lon - width / 2,
        east=centre_lon + width / 2,
        south=max(centre_lat - height / 2, -80),
        north=min(centre_lat + height / 2, 84),
        standard_parallel=max(min(middle, 60), -60),
        graticule_step=step,
        width=480,
    )


def render_locator(longitude, latitude, label, title):
    """A small map marking one partner city and Kraków, joined by a line: a picture, no links."""
    frame = locator_frame(longitude, latitude)
    home_x, home_y = frame.project(*KRAKOW)
    x, y = frame.project(longitude, latitude)
    home = Marker(home_x, home_y, _("Kraków"), _("Kraków"))
    partner = Marker(x, y, label, label)
    positions = _place_labels([home, partner], frame)
    parts = [
        f'<svg class="relation-map relation-map--locator" viewBox="0 0 {frame.width} {frame.height}" '
        f'xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}">',
        f'<rect class="relation-map__sea" width="{frame.width}" height="{frame.height}"/>',
        f'<path class="relation-map__graticule" d="{_graticule_path(frame)}"/>',
        f'<path class="relation-map__land" d="{_land_path(frame)}"/>',
        f'<path class="relation-map__route" d="M{home_x:g},{home_y:g}L{x:g},{y:g}"/>',
        '<g class="relation-map__home">',
        _home_mark(home_x, home_y),
        "</g>",
        f'<circle class="relation-map__dot" cx="{x:g}" cy="{y:g}" r="{DOT_RADIUS}"/>',
    ]
    for index, marker in enumerate((home, partner)):
        if index in positions:
            text_x, text_y, anchor = positions[index]
            parts.append(
                f'<text class="relation-map__label" x="{text_x:g}" y="{text_y:g}" text-anchor="{anchor}">'
                f"{escape(marker.label)}</text>"
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every interpolated text above is escaped
