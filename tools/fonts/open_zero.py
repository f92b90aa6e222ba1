"""Give the portal's copy of Atkinson Hyperlegible a zero without the slash, and keep the slashed one.

Atkinson Hyperlegible draws its zero slashed, and in running text and dates ("2026", "10:00") the
slash reads as "Ø". This rewrites the self-hosted WOFF2 files in portal/static/portal/fonts/: the
zero keeps its outline and loses the slash (its two half counters become the counter of the
letter O, fitted to the zero's), and the slashed zero stays available under the OpenType feature
`zero` (CSS `font-variant-numeric: slashed-zero`) for codes where 0 and O must not be confused.
Run it again on fresh copies of the original files after upgrading the font:

    pip install "fonttools[woff]"
    python tools/fonts/open_zero.py portal/static/portal/fonts/atkinson-hyperlegible-latin-*-normal.woff2

The SIL Open Font License allows modified versions (the font declares no Reserved Font Name);
OFL.txt beside the files says so.
"""

import sys

from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import otTables

SLASHED = "zero.slash"


def _contours(glyph):
    """[(points, on-curve flags)] of a simple TrueType glyph, one item per contour."""
    found, start = [], 0
    for end in glyph.endPtsOfContours:
        found.append((list(glyph.coordinates[start : end + 1]), list(glyph.flags[start : end + 1])))
        start = end + 1
    return found


def _box(points):
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def _area(box):
    return (box[2] - box[0]) * (box[3] - box[1])


def _draw(pen, points, flags):
    """Draw one quadratic TrueType contour (on- and off-curve points) with a pen."""
    count = len(points)
    first_on = next(i for i in range(count) if flags[i] & 1)
    ordered = points[first_on:] + points[:first_on]
    on = [flag & 1 for flag in flags[first_on:] + flags[:first_on]]
    pen.moveTo(ordered[0])
    off = []
    for point, is_on in zip(ordered[1:] + ordered[:1], on[1:] + on[:1], strict=True):
        if is_on:
            pen.qCurveTo(*off, point) if off else pen.lineTo(point)
            off = []
        else:
            off.append(point)
    if off:
        pen.qCurveTo(*off, ordered[0])
    pen.closePath()


def _add_slashed_zero_feature(gsub):
    """The feature `zero` (zero -> zero.slash) beside the font's own features, in every script and language."""
    substitution = otTables.SingleSubst()
    substitution.mapping = {"zero": SLASHED}
    lookup = otTables.Lookup()
    lookup.LookupType, lookup.LookupFlag, lookup.SubTable = 1, 0, [substitution]
    lookup.SubTableCount = 1
    gsub.LookupList.Lookup.append(lookup)
    gsub.LookupList.LookupCount = len(gsub.LookupList.Lookup)

    feature = otTables.Feature()
    feature.FeatureParams, feature.LookupListIndex = None, [gsub.LookupList.LookupCount - 1]
    feature.LookupCount = 1
    record = otTables.FeatureRecord()
    record.FeatureTag, record.Feature = "zero", feature
    records = gsub.FeatureList.FeatureRecord
    # Feature records stay sorted by tag; the language systems point at them by index.
    old_order = list(records)
    records.append(record)
    records.sort(key=lambda each: each.FeatureTag)
    gsub.FeatureList.FeatureCount = len(records)
    moved = {old_order.index(each): records.index(each) for each in old_order}
    new_index = records.index(record)
    for script in gsub.ScriptList.ScriptRecord:
        systems = [script.Script.DefaultLangSys, *(each.LangSys for each in script.Script.LangSysRecord)]
        for system in filter(None, systems):
            system.FeatureIndex = sorted([moved[index] for index in system.FeatureIndex] + [new_index])
            system.FeatureCount = len(system.FeatureIndex)


def open_zero(path):
    font = TTFont(path)
    glyf = font["glyf"]
    if SLASHED in glyf:
        print(f"{path}: already has {SLASHED}, left as it is")
        return
    zero, letter = glyf["zero"], glyf["O"]
    zero_parts = sorted(_contours(zero), key=lambda part: _area(_box(part[0])), reverse=True)
    outer, halves = zero_parts[0], zero_parts[1:]
    counter = min(_contours(letter), key=lambda part: _area(_box(part[0])))
    target = _box([point for points, _ in halves for point in points])
    source = _box(counter[0])
    scale_x = (target[2] - target[0]) / (source[2] - source[0])
    scale_y = (target[3] - target[1]) / (source[3] - source[1])
    fitted = [
        (round(target[0] + (x - source[0]) * scale_x), round(target[1] + (y - source[1]) * scale_y))
        for x, y in counter[0]
    ]

    pen = TTGlyphPen(None)
    _draw(pen, *outer)
    _draw(pen, fitted, counter[1])
    opened = pen.glyph()

    glyf[SLASHED] = zero  # appended to the glyph order
    glyf["zero"] = opened
    font.setGlyphOrder(list(glyf.glyphOrder))
    font["hmtx"][SLASHED] = font["hmtx"]["zero"]
    font["maxp"].numGlyphs = len(font.getGlyphOrder())
    opened.recalcBounds(glyf)
    _add_slashed_zero_feature(font["GSUB"].table)
    font.save(path)
    print(f"{path}: open zero, slashed one under the feature 'zero'")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        open_zero(name)
