"""The sitemap protocol's schemas that `make bench` checks the 30,000-page sitemaps against."""

import pytest
import xmlschema

from portal.models import StandardPage
from tests.builders import add_page, add_translation, home
from tools.bench.sitemaps import SCHEMAS, check_sitemaps

pytestmark = pytest.mark.django_db

URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>'


def test_the_portals_sitemaps_are_valid_and_list_every_public_page(client):
    page = add_page(home("pl"), StandardPage, title="Kontakt", slug="kontakt")
    add_translation(page, "de", title="Kontakt", slug="kontakt")

    checked = check_sitemaps(client)

    assert checked.problems == []
    assert checked.sitemaps == 3  # one per language
    assert checked.urls == 5  # three home pages and the page in two languages


@pytest.mark.parametrize(
    "entry",
    [
        "<url><loc>/pl/kontakt/</loc></url>",  # not absolute
        "<url><loc>http://localhost/pl/</loc><lastmod>yesterday</lastmod></url>",
        "<url><loc>http://localhost/pl/</loc><priority>2</priority></url>",
        "<url><lastmod>2026-12-01</lastmod></url>",  # no address
    ],
)
def test_the_schema_refuses_what_the_protocol_does_not_allow(entry):
    schema = xmlschema.XMLSchema(str(SCHEMAS / "sitemap.xsd"))
    assert not schema.is_valid(URLSET.format(entry))


def test_the_schema_takes_language_alternates_beside_an_entry():
    schema = xmlschema.XMLSchema(str(SCHEMAS / "sitemap.xsd"))
    entry = (
        "<url><loc>http://localhost/pl/</loc><lastmod>2026-12-01T10:00:00+00:00</lastmod>"
        '<xhtml:link xmlns:xhtml="http://www.w3.org/1999/xhtml" rel="alternate" hreflang="de" '
        'href="http://localhost/de/"/></url>'
    )
    assert schema.is_valid(URLSET.format(entry))
