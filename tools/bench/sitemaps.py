"""The sitemaps as a crawler reads them: the index and every sitemap it lists, checked against
the sitemap protocol's schemas (schemas/, written from sitemaps.org/protocol.html).

`make bench` runs it on its database of 30,000+ pages, where the index lists more than one
sitemap per language; the unit tests cover the chunking on small numbers.
"""

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import xmlschema

SCHEMAS = Path(__file__).parent / "schemas"
NAMESPACE = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass
class SitemapsChecked:
    sitemaps: int = 0
    urls: int = 0
    problems: list = field(default_factory=list)


def _problems(schema, where, response):
    if response.status_code != 200:
        return [f"{where}: status {response.status_code}"]
    return [f"{where}: {error.reason} at {error.path}" for error in schema.iter_errors(response.content.decode())][:3]


def check_sitemaps(client):
    """Fetch /sitemap.xml and each sitemap it lists with `client`; validate and count them."""
    index_schema = xmlschema.XMLSchema(str(SCHEMAS / "siteindex.xsd"))
    sitemap_schema = xmlschema.XMLSchema(str(SCHEMAS / "sitemap.xsd"))
    checked = SitemapsChecked()
    index = client.get("/sitemap.xml")
    checked.problems += _problems(index_schema, "/sitemap.xml", index)
    if index.status_code != 200:
        return checked
    for location in ET.fromstring(index.content).iter(f"{NAMESPACE}loc"):  # noqa: S314 - our own output
        address = urlsplit(location.text)
        path = address.path + (f"?{address.query}" if address.query else "")
        response = client.get(path)
        checked.sitemaps += 1
        checked.problems += _problems(sitemap_schema, path, response)
        if response.status_code == 200:
            entries = ET.fromstring(response.content).iter(f"{NAMESPACE}url")  # noqa: S314 - our own output
            checked.urls += sum(1 for _entry in entries)
    return checked
