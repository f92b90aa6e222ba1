"""The demo registry: loaded with the rest of the demo content, in three languages, only once."""

import datetime
import re

import pytest

from django.core.management import call_command

from memberships.models import Network, NetworkFact, PartnerCity, RelationIndexPage, RelationPage, StatusHistoryEntry

from .relation_html import (
    TIME,
    card_starts,
    earlier_steps,
    glance_start,
    html_of,
    json_ld,
    json_ld_starts,
    names_a_page,
    sources_and_documents,
    stored_start,
    timeline_start,
)

pytestmark = pytest.mark.django_db


def counts():
    return [model.objects.count() for model in (PartnerCity, Network, NetworkFact, RelationIndexPage, RelationPage)]


def test_loading_the_demo_twice_creates_nothing_new(demo):
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


def test_each_language_has_a_directory_in_its_menu(demo):
    slugs = {
        index.locale.language_code: (index.slug, index.show_in_menus, index.live)
        for index in RelationIndexPage.objects.select_related("locale")
    }
    assert slugs == {
        "pl": ("wspolpraca-miedzynarodowa", True, True),
        "en": ("partnerships", True, True),
        "de": ("partnerschaften", True, True),
    }


def test_eurocities_has_the_same_slug_and_its_history_in_every_language(demo):
    pages = RelationPage.objects.filter(slug="eurocities").select_related("locale")
    assert sorted(page.locale.language_code for page in pages) == ["de", "en", "pl"]
    assert len({page.translation_key for page in pages}) == 1

    english = pages.get(locale__language_code="en")
    steps = [(step.date, step.date_precision) for step in english.status_history.order_by("date")]
    assert steps == [
        (datetime.date(1990, 9, 1), "month"),
        (datetime.date(1992, 11, 9), "day"),
        (datetime.date(2004, 1, 1), "year"),
        (datetime.date(2025, 10, 15), "day"),
    ]
    assert english.status_history.get(date=datetime.date(1990, 9, 1)).legal_basis_date == datetime.date(1990, 9, 8)
    assert english.partner_network.founded_year == 1986


def test_the_older_eurocities_figure_is_archived_and_never_flagged_as_stale(demo):
    old = NetworkFact.objects.get(network__locale__language_code="en", as_of=datetime.date(2007, 1, 1))
    assert old.archived
    assert not old.stale


def test_nuremberg_records_its_resolution_and_names_in_every_language(demo):
    english = RelationPage.objects.get(slug="nuremberg", locale__language_code="en")
    assert english.status_history.filter(legal_basis="City Council resolution XLIII/298/92").exists()
    names = {city.locale.language_code: city.name for city in PartnerCity.objects.filter(native_name="Nürnberg")}
    assert names == {"pl": "Norymberga", "en": "Nuremberg", "de": "Nürnberg"}


def test_every_demo_city_is_on_the_english_map(demo, client):
    html = client.get("/en/partnerships/").content.decode()
    for name in ("Nuremberg", "Frankfurt am Main", "Bordeaux", "Budapest", "Edinburgh", "Curitiba"):
        assert f'aria-label="{name},' in html
    assert 'aria-label="Cambridge, Massachusetts, United States: City partnership"' in html


# One consistent account of every relation: the start on its directory card, the first step of
# its timeline (the relation as it stands today, earlier history apart), its "at a glance" box and
# its JSON-LD are the date of the step its stored history says starts it, in every language.


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
        # The card, the glance box and the article say the same day in the same words.
        directory = html_of(page.get_parent().url)
        card = directory.split(f'<a href="{page.url}">', 1)[1].split("</li>", 1)[0]
        shown_day = re.search(r'class="relation-card__since"><dt>[^<]*</dt><dd><time[^>]*>([^<]+)<', card).group(1)
        assert f">{shown_day}</time>" in page_html.split('class="relation-glance__since"', 1)[1]
        assert f">{shown_day}</time>" in admission.split('class="news-article__dates"', 1)[1]


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
