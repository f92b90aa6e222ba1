"""Every relation of the demo tells one story, in every language.

The date its directory card gives as "Since", the first step of its timeline (the relation as it
stands today, earlier history apart), its "at a glance" box and its JSON-LD are the same, and
they are the date of the step its stored history says starts it (the latest step ticked as
such, else the oldest). Eurocities starts on 15 October 2025, with the 1990-2004 membership as
earlier history, and its articles say so too.
"""

import datetime
import json
import re
from urllib.parse import urlsplit

import pytest

from django.test import Client

from memberships.models import NetworkFact, RelationIndexPage, RelationPage, StatusHistoryEntry

pytestmark = pytest.mark.django_db

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


def test_every_relation_shows_one_start_on_its_card_timeline_glance_and_json_ld(demo):
    checked = []
    for index in RelationIndexPage.objects.live().select_related("locale"):
        cards = card_starts(html_of(index.url))
        relations = list(RelationPage.objects.child_of(index).live())
        assert set(cards) == {page.url for page in relations}
        for page in relations:
            page_html = html_of(page.url)
            assert json_ld(page_html)["inLanguage"] == index.locale.language_code
            start = stored_start(page)
            shown = {
                "card": cards[page.url],
                "timeline": timeline_start(page_html),
                "glance": glance_start(page_html),
                **{f"json-ld {n}": value for n, value in enumerate(json_ld_starts(json_ld(page_html)))},
            }
            assert shown == dict.fromkeys(shown, start), page.url
            # Earlier history holds only what came before the start.
            assert all(date < (start or "") for date in earlier_steps(page_html)), page.url
            sources, documents = sources_and_documents(page_html)
            assert all(names_a_page(url) for url in sources), page.url
            for document in documents:
                assert "<a href=" in document or 'class="relation-document__offline"' in document, page.url
            checked.append(page.url)
    assert len(checked) == RelationPage.objects.live().count()
    assert len(checked) >= 24


def test_eurocities_membership_starts_with_the_admission_and_keeps_1990_to_2004_as_sourced_history(demo):
    for language in ("pl", "en", "de"):
        page = RelationPage.objects.get(slug="eurocities", locale__language_code=language)
        page_html = html_of(page.url)
        assert stored_start(page) == "2025-10-15"
        assert timeline_start(page_html) == "2025-10-15"
        assert earlier_steps(page_html) == ["2004", "1992-11-09", "1990-09"]
        earlier = StatusHistoryEntry.objects.filter(page=page, date__lt=datetime.date(2025, 10, 15))
        assert all(step.source_url.startswith("https://www.krakow.pl/krakow_open_city/") for step in earlier)
        # The last earlier step says plainly that the sources do not tell how that membership ended.
        assert earlier.order_by("-date").first().note.count(".") >= 2

        admission = html_of(page.news_articles.live().get(first_published_at__date=datetime.date(2025, 10, 15)).url)
        assert '<time datetime="2025-10-15' in admission
        assert page.url in admission  # the article links back to the relation


def test_the_facts_box_shows_current_figures_first_and_folds_the_archived_one_with_its_date(demo):
    page = RelationPage.objects.get(slug="eurocities", locale__language_code="en")
    box = html_of(page.url).split('class="relation-facts"', 1)[1].split("</section>", 1)[0]
    current, folded = box.split('<details class="facts__archive">', 1)
    assert "over 200" in current and "more than 130</strong> cities" not in current
    assert "more than 130</strong> cities from 30 countries" in folded and "2007" in folded
    assert box.count('class="facts__warning"') == 1
    assert NetworkFact.objects.filter(network=page.partner_network, archived=True).count() == 1


def test_nuremberg_and_its_articles_link_both_ways_and_its_documents_and_sources_are_exact_pages(demo):
    for language in ("pl", "en", "de"):
        nuremberg = RelationPage.objects.get(partner_city__native_name="Nürnberg", locale__language_code=language)
        page_html = html_of(nuremberg.url)
        articles = list(nuremberg.news_articles.live().filter(locale=nuremberg.locale))
        assert len(articles) == 2
        news = page_html.split('class="relation-news"', 1)[1].split("</section>", 1)[0]
        for article in articles:
            assert f'href="{article.url}"' in news
            assert nuremberg.url in html_of(article.url)
        documents = page_html.split('class="relation-documents"', 1)[1].split("</ul>", 1)[0]
        assert documents.count('<a href="https://www.bip.krakow.pl/?sub_dok_id=1028">') == 3


def test_partnership_search_results_carry_the_relations_start_and_the_directory_no_date(demo):
    today = datetime.date.today().isoformat()
    for language, query in (("pl", "Eurocities"), ("en", "partnerships"), ("de", "Partnerschaften")):
        results = re.findall(r'<li class="search-result.*?</li>', html_of(f"/{language}/search/?q={query}"), re.S)
        dated = {
            re.search(r'<a href="([^"]+)"', result).group(1): (re.findall(TIME, result) or [None])[0]
            for result in results
        }
        directory = RelationIndexPage.objects.get(locale__language_code=language)
        relations = {page.url: stored_start(page) for page in RelationPage.objects.child_of(directory).live()}
        shown = {url: date for url, date in dated.items() if url in relations or url == directory.url}
        assert shown, language
        assert language == "pl" or directory.url in shown
        for url, date in shown.items():
            if url == directory.url:
                assert date is None
            else:
                assert date[: len(relations[url])] == relations[url]
            assert not (date or "").startswith(today)
