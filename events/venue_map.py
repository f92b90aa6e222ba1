"""A server-rendered SVG map of venues in Kraków: no tiles, scripts or fonts from anywhere else.

At city scale an equirectangular projection, stretched by the cosine of the latitude, is as
good as any. The map shows where venues lie relative to each other and to the Main Market
Square; every marker is a link with an accessible name to the venue in the list beside the
map, which carries the same information for anyone who cannot use the picture.
"""

import math

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

MAIN_SQUARE = (19.93725, 50.06170)  # longitude, latitude
WIDTH = 640
HEIGHT = 420
MARGIN = 48
DOT_RADIUS = 8
HIT_RADIUS = 16  # large enough for a fingertip
FONT_SIZE = 15
# At least this many degrees across, so a single venue is not blown up to fill the map.
MIN_SPAN = 0.02


def _frame(points):
    longitudes = [lon for lon, _lat in points]
    latitudes = [lat for _lon, lat in points]
    west, east = min(longitudes), max(longitudes)
    south, north = min(latitudes), max(latitudes)
    middle = (south + north) / 2
    stretch = math.cos(math.radians(middle))
    span_x = max((east - west) * stretch, MIN_SPAN)
    span_y = max(north - south, MIN_SPAN)
    scale = min((WIDTH - 2 * MARGIN) / span_x, (HEIGHT - 2 * MARGIN) / span_y)
    centre_lon, centre_lat = (west + east) / 2, middle

    def project(longitude, latitude):
        x = WIDTH / 2 + (longitude - centre_lon) * stretch * scale
        y = HEIGHT / 2 - (latitude - centre_lat) * scale
        return round(x, 1), round(y, 1)

    return project


def render(venues, title, link_prefix="#venue-"):
    """The SVG of `venues` with a linked marker each, as safe HTML; "" without venues."""
    venues = list(venues)
    if not venues:
        return ""
    points = [(float(venue.longitude), float(venue.latitude)) for venue in venues]
    project = _frame([*points, MAIN_SQUARE])
    square_x, square_y = project(*MAIN_SQUARE)
    title_id = "venue-map-title"
    # Outside the f-string below, where makemessages would not find it.
    square_name = escape(_("Main Market Square"))
    parts = [
        f'<svg class="venue-map" viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg" '
        f'role="group" aria-labelledby="{title_id}">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<rect class="venue-map__ground" width="{WIDTH}" height="{HEIGHT}"/>',
        '<g class="venue-map__square" aria-hidden="true">',
        f'<rect x="{square_x - 7:g}" y="{square_y - 7:g}" width="14" height="14" '
        f'transform="rotate(45 {square_x:g} {square_y:g})"/>',
        # Below the diamond: venues on the square itself put their names beside their dots.
        f'<text x="{square_x:g}" y="{square_y + 26:g}" text-anchor="middle">{square_name}</text>',
        "</g>",
    ]
    for venue, (longitude, latitude) in zip(venues, points, strict=True):
        x, y = project(longitude, latitude)
        name = _("%(venue)s, %(address)s") % {"venue": venue.name, "address": venue.address_line}
        anchor = "end" if x > WIDTH * 0.6 else "start"
        label_x = x - DOT_RADIUS - 4 if anchor == "end" else x + DOT_RADIUS + 4
        parts.append(
            f'<a class="venue-map__marker" href="{escape(link_prefix)}{venue.pk}" aria-label="{escape(name)}">'
            f"<title>{escape(name)}</title>"
            f'<circle class="venue-map__target" cx="{x:g}" cy="{y:g}" r="{HIT_RADIUS}"/>'
            f'<circle class="venue-map__dot" cx="{x:g}" cy="{y:g}" r="{DOT_RADIUS}"/>'
            f'<text x="{label_x:g}" y="{y + FONT_SIZE * 0.35:g}" text-anchor="{anchor}">{escape(venue.name)}</text>'
            "</a>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every interpolated text above is escaped
