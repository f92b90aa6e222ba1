"""Reading a relation page and its directory as a resident sees them: the dates they give, the
sources and documents they link to, and the JSON-LD they carry."""

import json
import re
from urllib.parse import urlsplit

from django.test import Client

from memberships.models import StatusHistoryEntry

ISO = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
TIME = r'<time datetime="([^"]+)">'


def html_of(path):
    response = Client(headers={"host": "localhost"}).get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def stored_start(page):
    """The start as the stored steps give it, worked out here from the rows."""
    steps = list(StatusHistoryEntry.objects.filter(page=page).order_by("date", "pk"))
    ticked = [step for step in steps if step.starts_current]
    start = ticked[-1] if ticked else (steps[0] if steps else None)
    return start.date.strftime(ISO[start.date_precision]) if start else None


def card_starts(directory_html):
    """{relation URL: the datetime of its card's "Since" date, or None}."""
    found = {}
    for card in re.findall(r'<li class="relation-card .*?</li>', directory_html, flags=re.S):
        url = re.search(r'class="relation-card__title"><a href="([^"]+)"', card).group(1)
        since = re.search(r'class="relation-card__since"><dt>[^<]*</dt><dd>' + TIME, card)
        found[url] = since.group(1) if since else None
    return found


def glance_start(page_html):
    since = re.search(r'class="relation-glance__since"><dt>[^<]*</dt><dd>' + TIME, page_html)
    return since.group(1) if since else None


def timeline_start(page_html):
    """The oldest step on the timeline of the relation as it stands (earlier history is another list)."""
    if '<ol class="timeline">' not in page_html:
        return None
    timeline = page_html.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    steps = re.findall(r'timeline__item--step[^"]*">\s*<p class="timeline__date">' + TIME, timeline)
    return steps[-1] if steps else None  # newest first


def earlier_steps(page_html):
    if '<ol class="timeline timeline--earlier">' not in page_html:
        return []
    earlier = page_html.split('<ol class="timeline timeline--earlier">', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'timeline__item--step[^"]*">\s*<p class="timeline__date">' + TIME, earlier)


def names_a_page(url):
    """A source or document address names a page, not a site's home page."""
    parts = urlsplit(url)
    return bool(parts.path.strip("/") or parts.query)


def sources_and_documents(page_html):
    """(the addresses of every source shown, the documents list items)."""
    sources = re.findall(r'class="(?:timeline__source|fact__meta)">.*?<a href="([^"]+)"', page_html)
    documents = re.findall(r'<li class="relation-document">.*?</li>', page_html, flags=re.S)
    return sources, documents


def json_ld(page_html):
    (data,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page_html, flags=re.S)
    return json.loads(data)


def json_ld_starts(data):
    """The start in the page's temporalCoverage and, for a membership, in Kraków's OrganizationRole."""
    starts = [data["temporalCoverage"].split("/")[0] if "temporalCoverage" in data else None]
    about = data.get("about")
    if isinstance(about, dict) and "member" in about:
        starts.append(about["member"].get("startDate"))
    return starts
