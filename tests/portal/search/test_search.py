"""Site search: language-aware matching, visibility, promotions, bad input and cost."""

import datetime
import uuid

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale
from wagtail.rich_text import RichText

from memberships.models import PartnerCity, RelationIndexPage, RelationPage
from news.models import NewsArticlePage, NewsIndexPage
from portal.models import StandardPage
from portal.search import indexing, postgres
from portal.search.models import SearchDocument, SynonymGroup
from portal.search.query import parse
from portal.search.visibility import Scope
from tests.builders import add_page, home, make_private
from tests.editors import user_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(uncached_pages):
    """These tests are about the search itself; whole-page caching has tests of its own."""


# Content ---------------------------------------------------------------------------------------


def news_index(language):
    existing = NewsIndexPage.objects.filter(locale__language_code=language).first()
    return existing or add_page(home(language), NewsIndexPage, title=f"News {language}", slug=f"news-{language}")


def article(language, title, *, lead="", text="", publish=True, date=None, **fields):
    return add_page(
        news_index(language),
        NewsArticlePage,
        publish=publish,
        title=title,
        slug=f"article-{uuid.uuid4().hex[:8]}",
        lead=lead,
        body=[("paragraph", RichText(f"<p>{text}</p>"))] if text else [],
        date=date or timezone.now(),
        **fields,
    )


def standard_page(language, title, *, intro="", parent=None, publish=True):
    return add_page(
        parent or home(language),
        StandardPage,
        publish=publish,
        title=title,
        slug=f"page-{uuid.uuid4().hex[:8]}",
        intro=intro,
    )


NUREMBERG = {"pl": "Norymberga", "en": "Nuremberg", "de": "Nürnberg"}


def nuremberg_pages():
    """The Nuremberg partnership in three languages; each city record knows only its own name."""
    key = uuid.uuid4()
    pages = {}
    for language, name in NUREMBERG.items():
        city = PartnerCity.objects.create(
            locale=Locale.objects.get(language_code=language),
            translation_key=key,
            name=name,
            country_code="DE",
            country_name="DE",
            latitude=49.45,
            longitude=11.08,
        )
        directory = add_page(
            home(language), RelationIndexPage, title=f"Partnerships {language}", slug=f"partnerships-{language}"
        )
        pages[language] = add_page(
            directory,
            RelationPage,
            title={"pl": "Partnerstwo z miastem", "en": "Twin city", "de": "Partnerstadt"}[language],
            slug="twin-city",
            partner_city=city,
            summary="1991",
        )
    return pages


# Searching ---------------------------------------------------------------------------------------


def search(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response


def titles(response):
    return [result.title for result in response.context["results"]]


class TestLanguageAwareMatching:
    def test_krakow_without_diacritics_finds_krakow_with_them(self, client):
        article("pl", "Kraków członkiem sieci miast")
        assert titles(search(client, "pl", "Krakow")) == ["Kraków członkiem sieci miast"]

    def test_krakow_with_diacritics_finds_text_typed_without_them(self, client):
        article("en", "Krakow joins the network")
        assert titles(search(client, "en", "Kraków")) == ["Krakow joins the network"]

    def test_nurnberg_finds_nuernberg_with_umlaut(self, client):
        article("de", "Städtepartnerschaft mit Nürnberg")
        assert titles(search(client, "de", "Nurnberg")) == ["Städtepartnerschaft mit Nürnberg"]

    def test_sharp_s_matches_ss(self, client):
        article("de", "Neue Straße am Rathaus")
        assert titles(search(client, "de", "Strasse")) == ["Neue Straße am Rathaus"]

    def test_netzwerke_finds_netzwerk(self, client):
        article("de", "Krakau im Netzwerk der Städte")
        assert titles(search(client, "de", "Netzwerke")) == ["Krakau im Netzwerk der Städte"]

    def test_partnerships_finds_partnership(self, client):
        article("en", "A partnership with Budapest")
        assert titles(search(client, "en", "partnerships")) == ["A partnership with Budapest"]

    @pytest.mark.parametrize("query", ["miasta", "miastem", "miastach", "MIASTO"])
    def test_polish_inflected_forms_find_miasto(self, client, query):
        article("pl", "Kraków jako miasto bliźniacze")
        assert titles(search(client, "pl", query)) == ["Kraków jako miasto bliźniacze"]

    @pytest.mark.parametrize("language", ["pl", "en", "de"])
    @pytest.mark.parametrize("name", ["Nuremberg", "Nürnberg", "Norymberga", "Nurnberg"])
    def test_every_name_of_nuremberg_finds_this_languages_nuremberg_page(self, client, language, name):
        pages = nuremberg_pages()
        response = search(client, language, name)
        assert [result.url for result in response.context["results"]] == [pages[language].url]

    def test_a_typo_finds_eurocities_and_says_what_it_searched_for(self, client):
        article("en", "Kraków joins Eurocities", lead="The largest network of European cities.")
        response = search(client, "en", "Eurocites")
        assert titles(response) == ["Kraków joins Eurocities"]
        assert response.context["search"].corrected_query == "eurocities"
        html = response.content.decode()
        assert "Did you mean" in html and "these are the results for “eurocities”" in html

    def test_a_polish_typo_finds_the_word(self, client):
        article("pl", "Kraków w sieci Eurocities")
        assert titles(search(client, "pl", "Eurocites")) == ["Kraków w sieci Eurocities"]

    def test_all_words_must_match(self, client):
        article("en", "Budapest and Kraków")
        article("en", "Budapest alone")
        assert titles(search(client, "en", "Budapest Krakow")) == ["Budapest and Kraków"]


class TestResults:
    def test_a_title_match_ranks_above_a_body_match(self, client):
        article("en", "City news", text="A word about Edinburgh.", date=timezone.now())
        article("en", "Edinburgh partnership", date=timezone.now() - datetime.timedelta(days=300))
        assert titles(search(client, "en", "Edinburgh")) == ["Edinburgh partnership", "City news"]

    def test_a_result_shows_title_type_date_and_highlighted_snippet(self, client):
        article(
            "en",
            "Twinning anniversary",
            lead="Thirty years of friendship with Edinburgh.",
            date=timezone.make_aware(datetime.datetime(2025, 5, 4, 12)),
        )
        response = search(client, "en", "Edinburgh")
        html = response.content.decode()
        assert "Twinning anniversary" in html
        assert "News article" in html
        assert 'datetime="2025-05-04T12:00:00+02:00"' in html
        assert "friendship with <mark>Edinburgh</mark>" in html
        assert "1 result for “Edinburgh”" in html

    def test_the_snippet_escapes_markup_from_the_content(self, client):
        article("en", "Markup in text", lead="Use <script>alert(1)</script> when 5 < 6 & Edinburgh")
        response = search(client, "en", "Edinburgh")
        snippet = str(response.context["results"][0].snippet)
        assert "<script>" not in snippet
        assert "5 &lt; 6 &amp; <mark>Edinburgh</mark>" in snippet

    def test_results_come_ten_to_a_page(self, client):
        for number in range(12):
            standard_page("en", f"Bordeaux note {number}")
        first = search(client, "en", "Bordeaux")
        second = search(client, "en", "Bordeaux", page=2)
        assert len(titles(first)) == 10
        assert len(titles(second)) == 2
        assert set(titles(first)).isdisjoint(titles(second))
        assert "12 results for “Bordeaux”" in first.content.decode()
        assert 'href="/en/search/?q=Bordeaux&amp;page=2"' in first.content.decode()

    def test_the_type_filter_narrows_results_and_counts_each_type(self, client):
        article("en", "Curitiba news")
        standard_page("en", "Curitiba page")
        response = search(client, "en", "Curitiba")
        counts = {option.name: option.count for option in response.context["search"].types}
        assert counts == {"news article": 1, "standard page": 1}
        filtered = search(client, "en", "Curitiba", type="portal.standardpage")
        assert titles(filtered) == ["Curitiba page"]
        assert 'aria-current="page">Standard page' in filtered.content.decode()

    def test_an_unknown_type_is_ignored(self, client):
        article("en", "Curitiba news")
        for value in ("nope.nothing", "auth.user", "'; drop", "wagtailcore"):
            assert titles(search(client, "en", "Curitiba", type=value)) == ["Curitiba news"]

    @pytest.mark.parametrize("query", ["℃", "№ ™", "⒜⒝"])
    def test_symbols_that_fold_into_letters_get_a_page_and_no_results(self, client, query):
        article("en", "Celsius and numbers")
        assert titles(search(client, "en", query)) == []

    def test_results_are_not_indexed_by_search_engines(self, client):
        assert '<meta name="robots" content="noindex">' in search(client, "pl", "Kraków").content.decode()


class TestLanguagesAndVisibility:
    def test_a_language_finds_only_its_own_pages(self, client):
        article("en", "Cambridge partnership")
        article("pl", "Partnerstwo z Cambridge")
        assert titles(search(client, "pl", "Cambridge")) == ["Partnerstwo z Cambridge"]
        assert titles(search(client, "en", "Cambridge")) == ["Cambridge partnership"]
        assert titles(search(client, "de", "Cambridge")) == []

    def test_drafts_are_never_found(self, client):
        article("en", "Draft about Bordeaux", publish=False)
        assert titles(search(client, "en", "Bordeaux")) == []

    def test_unpublished_pages_are_dropped(self, client):
        page = article("en", "Bordeaux report")
        page.unpublish()
        assert titles(search(client, "en", "Bordeaux")) == []
        assert not SearchDocument.objects.filter(page=page).exists()

    def test_private_pages_and_pages_under_them_are_never_found(self, client):
        section = standard_page("en", "Bordeaux staff area")
        standard_page("en", "Bordeaux staff handbook", parent=section)
        make_private(section)
        assert titles(search(client, "en", "Bordeaux")) == []

    def test_a_restriction_added_after_publishing_hides_the_page_at_once(self, client):
        page = article("en", "Bordeaux memo")
        assert titles(search(client, "en", "Bordeaux")) == ["Bordeaux memo"]
        make_private(page)
        assert titles(search(client, "en", "Bordeaux")) == []

    def test_a_page_past_its_expiry_is_not_found_even_before_the_scheduler_runs(self, client, monkeypatch):
        article("en", "Bordeaux offer", expire_at=timezone.now() + datetime.timedelta(hours=1))
        assert titles(search(client, "en", "Bordeaux")) == ["Bordeaux offer"]
        later = timezone.now() + datetime.timedelta(hours=2)
        monkeypatch.setattr("portal.search.visibility.timezone.now", lambda: later)
        assert titles(search(client, "en", "Bordeaux")) == []

    def test_a_moved_page_follows_the_restrictions_of_its_new_place(self, client):
        private = standard_page("en", "Staff area")
        make_private(private)
        page = standard_page("en", "Bordeaux guide")
        assert titles(search(client, "en", "Bordeaux")) == ["Bordeaux guide"]
        page.move(private, pos="last-child")
        assert titles(search(client, "en", "Bordeaux")) == []

    def test_a_deleted_page_leaves_the_index(self, client):
        page = article("en", "Bordeaux farewell")
        page.delete()
        assert not SearchDocument.objects.filter(page_id=page.pk).exists()
        assert titles(search(client, "en", "Bordeaux")) == []

    def test_a_draft_edit_of_a_live_page_is_not_searchable_until_published(self, client):
        page = article("en", "Bordeaux visit")
        page.title = "Edinburgh visit"
        page.save_revision()
        assert titles(search(client, "en", "Edinburgh")) == []
        assert titles(search(client, "en", "Bordeaux")) == ["Bordeaux visit"]

    def test_renaming_a_partner_city_updates_the_pages_about_it(self, client):
        pages = nuremberg_pages()
        city = PartnerCity.objects.get(locale__language_code="de")
        city.other_names = "Noris"
        city.save()
        assert [result.url for result in search(client, "pl", "Noris").context["results"]] == [pages["pl"].url]

    def test_rebuilding_the_index_restores_every_live_page(self, client):
        article("en", "Bordeaux twinning")
        SearchDocument.objects.all().delete()
        call_command("rebuild_search_index", verbosity=0)
        assert titles(search(client, "en", "Bordeaux")) == ["Bordeaux twinning"]


class TestPromotions:
    def test_a_pinned_page_comes_first_even_without_matching(self, client):
        article("en", "Bordeaux market")
        pinned = standard_page("en", "Visiting the twin cities")
        SearchPromotion.objects.create(query=Query.get("Bordeaux"), page=pinned, description="Start here.")
        response = search(client, "en", "  bordeaux ")
        html = response.content.decode()
        assert [result.title for result in response.context["search"].promotions] == ["Visiting the twin cities"]
        assert html.index("Visiting the twin cities") < html.index("Bordeaux market")
        assert "Recommended" in html
        assert titles(response) == ["Bordeaux market"]

    def test_a_new_pin_shows_at_once(self, client):
        pinned = standard_page("en", "Visiting the twin cities")
        assert search(client, "en", "Bordeaux").context["search"].promotions == []
        SearchPromotion.objects.create(query=Query.get("Bordeaux"), page=pinned)
        assert [r.title for r in search(client, "en", "Bordeaux").context["search"].promotions] == [pinned.title]

    def test_a_pinned_page_shows_in_the_readers_language(self, client):
        polish = standard_page("pl", "Miasta partnerskie")
        english = add_page(
            home("en"), StandardPage, title="Twin cities", slug="twin", translation_key=polish.translation_key,
            locale=Locale.objects.get(language_code="en"),
        )  # fmt: skip
        SearchPromotion.objects.create(query=Query.get("twins"), page=polish)
        promotions = search(client, "en", "twins").context["search"].promotions
        assert [(result.title, result.url) for result in promotions] == [("Twin cities", english.url)]
        assert search(client, "de", "twins").context["search"].promotions == []

    def test_a_pinned_private_page_is_not_shown(self, client):
        pinned = standard_page("en", "Internal notes")
        make_private(pinned)
        SearchPromotion.objects.create(query=Query.get("notes"), page=pinned)
        assert search(client, "en", "notes").context["search"].promotions == []

    def test_an_editor_pins_a_result_in_the_admin(self, client):
        pinned = standard_page("en", "Visiting the twin cities")
        client.force_login(user_in("Editors"))
        assert client.get("/admin/searchpicks/").status_code == 200
        response = client.post(
            "/admin/searchpicks/add/",
            {
                "query_string": "twin towns",
                "editors_picks-TOTAL_FORMS": 1,
                "editors_picks-INITIAL_FORMS": 0,
                "editors_picks-MAX_NUM_FORMS": 1000,
                "editors_picks-0-DELETE": "",
                "editors_picks-0-ORDER": 0,
                "editors_picks-0-page": pinned.pk,
                "editors_picks-0-description": "",
            },
        )
        assert response.status_code == 302
        client.logout()
        assert [r.title for r in search(client, "en", "Twin towns").context["search"].promotions] == [pinned.title]


class TestBadInput:
    @pytest.mark.parametrize("query", ["", "   ", "\t\n"])
    def test_an_empty_query_asks_for_a_word(self, client, query):
        response = search(client, "en", query)
        assert response.context["search"].state == "empty"
        assert "Type a word or a name" in response.content.decode()

    @pytest.mark.parametrize("query", ["!!!", "<>&", "'\"", "—…"])
    def test_punctuation_alone_asks_for_a_word_and_is_shown_escaped(self, client, query):
        response = search(client, "en", query)
        assert response.context["search"].state == "empty"
        assert 'value="' + escape(query) + '"' in response.content.decode()

    def test_other_methods_are_refused_politely(self, client):
        assert client.post("/en/search/", {"q": "Bordeaux"}).status_code == 405
        assert client.head("/en/search/?q=Bordeaux").status_code == 200

    def test_a_missing_query_parameter_is_an_empty_query(self, client):
        response = client.get("/en/search/")
        assert response.status_code == 200
        assert response.context["search"].state == "empty"

    def test_a_query_of_a_thousand_characters_is_cut_short(self, client):
        article("en", "Bordeaux story")
        response = search(client, "en", "Bordeaux " + "x" * 991)
        assert len(response.context["search"].query) == 200
        # The cut word matches nothing; the fallback ranks the pages with the words that do.
        assert titles(response) == ["Bordeaux story"]
        assert response.context["search"].partial

    def test_nul_bytes_are_removed(self, client):
        article("en", "Bordeaux story")
        response = search(client, "en", "Bord\x00eaux\x00")
        assert response.context["search"].query == "Bord eaux"
        assert "\x00" not in response.content.decode()

    @pytest.mark.parametrize(
        ("query", "found"),
        [
            ('"Bordeaux', True),
            ("Bordeaux'", True),
            ('"Bordeaux story"', True),
            ("'; DROP TABLE portal_searchdocument; --", False),
            ("Bordeaux & | ! ( ) :* <-> \\ %", True),
            # "1" matches nothing: pages with the other words, ranked by how many they have.
            ("Bordeaux%' OR 1=1 --", True),
            ("½ ﬁ ẞ ℌ", False),
        ],
    )
    def test_quotes_and_sql_metacharacters_are_plain_text(self, client, query, found):
        article("en", "Bordeaux story")
        response = search(client, "en", query)
        assert titles(response) == (["Bordeaux story"] if found else [])
        assert SearchDocument.objects.exists()

    def test_html_in_the_query_is_never_reflected_as_markup(self, client):
        response = search(client, "en", '<script>alert(1)</script>"><img src=x onerror=alert(1)>')
        html = response.content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html

    @pytest.mark.parametrize(("language", "query"), [("en", "the and of"), ("de", "der die und"), ("pl", "i w z")])
    def test_only_stop_words_asks_for_a_better_word(self, client, language, query):
        standard_page(language, "the and of der die und i w z")
        response = search(client, language, query)
        assert response.context["search"].state == "stop_words"
        assert titles(response) == []

    @pytest.mark.parametrize("page", ["999", "0", "-1", "abc", "1e9", "2" * 40])
    def test_a_page_number_out_of_range_shows_a_page_of_results(self, client, page):
        article("en", "Bordeaux story")
        response = search(client, "en", "Bordeaux", page=page)
        assert titles(response) == ["Bordeaux story"]

    def test_nothing_found_says_so_kindly(self, client):
        html = search(client, "en", "Zanzibar").content.decode()
        assert "Nothing found" in html


class TestManyMatches:
    """Only the best matches are ranked and counted; the limit is made small here so that a
    handful of pages stands for thousands."""

    @pytest.fixture(autouse=True)
    def _small_limit(self, monkeypatch):
        monkeypatch.setattr("portal.search.results.MAX_RANKED", 3)

    @pytest.mark.parametrize("where", ["title", "text"])
    def test_beyond_the_limit_the_page_says_more_than_the_limit(self, client, where):
        for number in range(5):
            article("en", f"Item {number}" + (" Bordeaux" if where == "title" else ""), text="Bordeaux")
        response = search(client, "en", "Bordeaux")
        assert response.context["search"].more
        assert "More than 3 results for “Bordeaux”" in response.content.decode()
        assert len(titles(response)) == 3
        assert "(3+)" in response.content.decode()

    def test_up_to_the_limit_the_count_is_exact(self, client):
        article("en", "Bordeaux item", text="Bordeaux")
        article("en", "Other item", text="Bordeaux")
        article("en", "Third item", text="Bordeaux")
        response = search(client, "en", "Bordeaux")
        assert not response.context["search"].more
        assert "3 results for “Bordeaux”" in response.content.decode()

    def test_an_exact_title_ranks_first_however_many_newer_pages_have_the_word(self, client):
        oldest = timezone.now() - datetime.timedelta(days=900)
        article("en", "Bordeaux", date=oldest)
        for number in range(5):
            article("en", f"Bordeaux item {number}", date=timezone.now() - datetime.timedelta(days=number))
        assert titles(search(client, "en", "Bordeaux"))[0] == "Bordeaux"

    def test_title_matches_rank_above_newer_body_matches_beyond_the_limit(self, client):
        article("en", "Edinburgh partnership", date=timezone.now() - datetime.timedelta(days=900))
        for number in range(5):
            article("en", f"City news {number}", text="A word about Edinburgh.", date=timezone.now())
        assert titles(search(client, "en", "Edinburgh"))[0] == "Edinburgh partnership"

    def test_the_type_filter_ranks_within_the_type(self, client):
        for number in range(5):
            article("en", f"Curitiba news {number}")
        standard_page("en", "Curitiba page")
        filtered = search(client, "en", "Curitiba", type="portal.standardpage")
        assert titles(filtered) == ["Curitiba page"]
        assert filtered.context["search"].total == 1


class TestBoundedReading:
    """Each tier of the ranking reads a bounded number of documents however many match; the
    bounds are made small here so that a few dozen pages stand for many thousands."""

    @pytest.fixture(autouse=True)
    def _small_bounds(self, monkeypatch):
        monkeypatch.setattr("portal.search.results.MAX_RANKED", 3)
        monkeypatch.setattr("portal.search.postgres.RECENT_HEAD_ROWS", (2, 6))
        monkeypatch.setattr("portal.search.postgres.RECENT_BODY_ROWS", (2, 6))
        monkeypatch.setattr("portal.search.candidates.SAMPLE_ROWS", 5)

    @staticmethod
    def _days_ago(days):
        return timezone.now() - datetime.timedelta(days=days)

    def _reading(self, query):
        """{common table expression of the ranking statement: document rows its own scans read},
        and {expression: rows it gave}."""
        with CaptureQueriesContext(connection) as captured:
            postgres.ranked_matches(Scope("en"), parse(query, "en"), limit=3)
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + captured.captured_queries[-1]["sql"])
            plan = cursor.fetchone()[0]
        read, given = {}, {}

        def visit(node, expression):
            name = node.get("Subplan Name", "")
            if name.startswith("CTE "):
                expression = name.removeprefix("CTE ")
                given[expression] = node["Actual Rows"]
            if node.get("Relation Name") == "portal_searchdocument" and node["Node Type"] != "Bitmap Index Scan":
                rows = (node["Actual Rows"] + node.get("Rows Removed by Filter", 0)) * node["Actual Loops"]
                read[expression] = read.get(expression, 0) + rows
            for child in node.get("Plans", []):
                visit(child, expression)

        visit(plan[0]["Plan"], None)
        return read, given

    def test_a_common_word_shows_its_newest_pages_first(self, client):
        for number in range(12):
            article("en", f"Bordeaux news {number}", date=self._days_ago(number))
        assert titles(search(client, "en", "Bordeaux")) == ["Bordeaux news 0", "Bordeaux news 1", "Bordeaux news 2"]

    def test_a_word_that_only_older_pages_have_is_still_found(self, client):
        article("en", "Curitiba visit", date=self._days_ago(900))
        for number in range(10):
            article("en", f"Other news {number}", date=self._days_ago(number))
        assert titles(search(client, "en", "Curitiba")) == ["Curitiba visit"]

    def test_a_body_match_follows_the_title_matches_when_they_are_few(self, client):
        article("en", "Edinburgh festival", date=self._days_ago(1))
        article("en", "Edinburgh partnership", date=self._days_ago(2))
        for number in range(8):
            article("en", f"Other news {number}", date=self._days_ago(10 + number))
        article("en", "An old letter", text="Greetings from Edinburgh.", date=self._days_ago(900))
        assert titles(search(client, "en", "Edinburgh")) == [
            "Edinburgh festival",
            "Edinburgh partnership",
            "An old letter",
        ]

    @pytest.mark.parametrize("where", ["newest titles", "older titles", "newest bodies"])
    def test_reading_along_the_dates_and_the_sample_stop_at_their_bounds(self, where):
        """However many pages there are and have the word, the newest are read two, then six at
        most, and the sample takes at most five matches, for titles and for bodies. (How the
        sample's matches are found is the planner's: at any real size, through the text index.)"""
        for number in range(24):
            title = "Curitiba item" if where == "newest titles" else "Other news"
            text = "A word about Curitiba." if where == "newest bodies" else ""
            article("en", f"{title} {number}", text=text, date=self._days_ago(number))
        for number in range(2):
            article("en", f"Curitiba visit {number}", date=self._days_ago(900 + number))
        read, given = self._reading("Curitiba")
        for expression, rows in read.items():
            if expression and expression.endswith("_first"):
                assert rows <= 2, (expression, rows)
            if expression and expression.endswith("_further"):
                assert rows <= 6, (expression, rows)
        assert given["head_sample"] <= 5
        assert given["body_sample"] <= 5
        # What each case is about: the newest were enough, or the text index gave all matches.
        if where == "newest titles":
            assert (given["head_further"], given["head_sample"]) == (4, 0)
        if where == "older titles":
            assert given["head_sample"] == 2
        if where == "newest bodies":
            assert (given["body_further"], given["body_sample"]) == (4, 0)


class TestSuggestions:
    def test_nothing_found_suggests_the_partnerships_directory(self, client):
        directory = add_page(home("en"), RelationIndexPage, title="Partnerships", slug="partnerships")
        html = search(client, "en", "Zanzibar").content.decode()
        assert f'<a href="{directory.url}">Browse the partnerships directory</a>' in html

    def test_the_suggestion_speaks_the_readers_language(self, client):
        directory = add_page(home("pl"), RelationIndexPage, title="Partnerstwa", slug="partnerstwa")
        html = search(client, "pl", "Zanzibar").content.decode()
        assert f'<a href="{directory.url}">Przeglądaj katalog partnerstw</a>' in html

    def test_a_search_with_results_suggests_nothing(self, client):
        add_page(home("en"), RelationIndexPage, title="Partnerships", slug="partnerships")
        article("en", "Zanzibar story")
        response = search(client, "en", "Zanzibar")
        assert response.context["suggestions"] == []

    def test_a_private_directory_is_not_suggested(self, client):
        directory = add_page(home("en"), RelationIndexPage, title="Partnerships", slug="partnerships")
        make_private(directory)
        assert search(client, "en", "Zanzibar").context["suggestions"] == []


class TestCost:
    def _queries(self, client, query):
        # Warm the caches around the results: site chrome, content types, site root paths. (The
        # first request of a test also creates the footer settings, which refreshes the chrome.)
        search(client, "en", query)
        search(client, "en", query)
        with CaptureQueriesContext(connection) as captured:
            search(client, "en", query)
        return len(captured)

    def test_the_query_count_does_not_grow_with_the_number_of_results(self, client):
        for number in range(2):
            article("en", f"Bordeaux item {number}")
        few = self._queries(client, "Bordeaux")
        for number in range(2, 14):
            article("en", f"Bordeaux item {number}")
        many = self._queries(client, "Bordeaux")
        assert few == many
        # The ranked matches are cached until the content changes: one query for the page's rows.
        assert many == 1

    def test_a_typo_costs_a_fixed_number_of_extra_queries(self, client):
        for number in range(3):
            article("en", f"Eurocities item {number}")
        exact = self._queries(client, "Eurocities")
        typo = self._queries(client, "Eurocites")
        # The vocabulary lookup (a one-word query that found nothing needs no check of which word
        # matches nothing); the corrected matches come from the cache.
        assert typo - exact == 1

    def test_a_typo_next_to_a_good_word_costs_a_fixed_number_of_extra_queries(self, client):
        for number in range(3):
            article("en", f"Eurocities item {number}")
        exact = self._queries(client, "Eurocities item")
        typo = self._queries(client, "Eurocites item")
        # Which words match nothing, and the vocabulary lookup.
        assert typo - exact == 2

    def test_a_new_search_costs_one_query_more(self, client):
        for number in range(3):
            article("en", f"Bordeaux item {number}")
        search(client, "en", "Bordeaux")
        search(client, "en", "Bordeaux")
        with CaptureQueriesContext(connection) as captured:
            search(client, "en", "Bordeaux item")
        assert len(captured) == 2


class TestSQLiteFallback:
    """The fallback's matching, run on PostgreSQL with the SQLite code path switched on."""

    @pytest.fixture(autouse=True)
    def _fallback(self, monkeypatch):
        monkeypatch.setattr(indexing, "uses_postgresql", lambda: False)
        monkeypatch.setattr("portal.search.results.uses_postgresql", lambda: False)

    def test_folding_and_polish_endings_work_without_postgresql(self, client):
        article("pl", "Kraków jako miasto", lead="Kraków i Norymberga")
        assert titles(search(client, "pl", "Krakow")) == ["Kraków jako miasto"]
        assert titles(search(client, "pl", "miastem")) == ["Kraków jako miasto"]

    def test_the_fallback_highlights_and_escapes(self, client):
        article("pl", "Wieści", lead="<b>Nowe</b> wieści z Krakowa")
        html = search(client, "pl", "Krakow").content.decode()
        assert "&lt;b&gt;Nowe&lt;/b&gt; wieści z <mark>Krakowa</mark>" in html


class TestMorphologyTyposAndSynonyms:
    """Word forms from a lexicon, corrections only for slips, fallback ranking, editors' synonyms."""

    @pytest.mark.parametrize(
        ("title", "query"),
        [
            ("Kraków członkiem Eurocities", "Kraków członek Eurocities"),
            ("Miasta partnerskie: Niemcy", "miasta partnerskie w Niemczech"),
            ("Światowy Dzień Książki", "książek"),
            ("Spacer po mieście", "miasto"),
            ("Kraków i Polska", "w Polsce"),
            ("Nowy dom kultury", "domu"),
            ("Zajęcia dla dzieci", "dziecko"),
        ],
    )
    def test_polish_forms_of_a_word_find_each_other(self, client, title, query):
        article("pl", title)
        assert titles(search(client, "pl", query)) == [title]

    @pytest.mark.parametrize("query", ["Vertrag Nürnberg", "Partnerschaft", "Erklärung Datenschutz"])
    def test_german_compounds_are_found_by_their_parts(self, client, query):
        article("de", "Partnerschaftsvertrag mit Nürnberg", lead="Die Datenschutzerklärung gilt.")
        assert titles(search(client, "de", query)) == ["Partnerschaftsvertrag mit Nürnberg"]

    @pytest.mark.parametrize(("language", "query", "near"), [("pl", "Wiedeń", "wiedza"), ("de", "Prag", "praw")])
    def test_a_correct_word_that_matches_nothing_is_not_rewritten(self, client, language, query, near):
        article(language, f"Artikel {near}", text=f"{near} {near}")
        response = search(client, language, query)
        assert titles(response) == []
        assert response.context["search"].corrected_query == ""

    def test_a_typo_is_offered_as_did_you_mean_with_a_link(self, client):
        article("de", "Krakau und Nürnberg")
        response = search(client, "de", "Nürnbrg")
        assert titles(response) == ["Krakau und Nürnberg"]
        assert response.context["search"].corrected_query == "nurnberg"
        assert '<p class="search__correction">' in response.content.decode()
        assert '<a href="/de/search/?q=nurnberg">' in response.content.decode()

    def test_a_word_that_matches_is_kept_when_another_is_corrected(self, client):
        article("en", "Edinburgh and Kraków")
        assert search(client, "en", "Edinbrugh Kraków").context["search"].corrected_query == "edinburgh kraków"

    def test_pages_with_some_of_the_words_are_ranked_by_how_many_and_the_page_says_so(self, client):
        article("en", "Budapest and Bordeaux", date=timezone.now() - datetime.timedelta(days=30))
        article("en", "Budapest alone")
        response = search(client, "en", "Budapest Bordeaux Zanzibar")
        assert titles(response) == ["Budapest and Bordeaux", "Budapest alone"]
        assert response.context["search"].partial
        assert "No page has all of these words" in response.content.decode()

    def test_all_words_matching_needs_no_fallback(self, client):
        article("en", "Budapest and Bordeaux")
        article("en", "Budapest alone")
        response = search(client, "en", "Budapest Bordeaux")
        assert titles(response) == ["Budapest and Bordeaux"]
        assert not response.context["search"].partial

    def test_a_synonym_group_finds_pages_with_any_of_its_phrases(self, client):
        article("en", "Twin towns of Kraków")
        assert titles(search(client, "en", "sister city")) == []
        SynonymGroup.objects.create(locale=Locale.objects.get(language_code="en"), words="twin town, sister city")
        assert titles(search(client, "en", "sister city")) == ["Twin towns of Kraków"]

    def test_synonyms_of_one_language_do_not_apply_to_another(self, client):
        article("pl", "Kraków członkiem Eurocities")
        SynonymGroup.objects.create(locale=Locale.objects.get(language_code="en"), words="Cracow, Kraków")
        assert titles(search(client, "pl", "Cracow")) == []

    def test_a_relations_country_and_kind_are_searchable(self, client):
        pages = nuremberg_pages()
        city = pages["de"].partner_city
        city.country_name = "Deutschland"
        city.save()
        pages["de"].save_revision().publish()
        assert [result.url for result in search(client, "de", "Deutschland").context["results"]] == [pages["de"].url]

    def test_a_bare_city_name_ranks_the_citys_own_page_first(self, client):
        pages = nuremberg_pages()
        article("en", "Nuremberg: news from the twin city", date=timezone.now())
        results = search(client, "en", "Nuremberg").context["results"]
        assert results[0].url == pages["en"].url

    def test_nothing_found_counts_the_results_in_the_other_languages(self, client):
        article("de", "Bordeaux Geschichte")
        article("de", "Geschichte heute")
        response = search(client, "pl", "Geschichte")
        assert titles(response) == []
        assert [(count, url) for _name, count, url in response.context["elsewhere"]] == [
            (2, "/de/search/?q=Geschichte")
        ]
        assert 'href="/de/search/?q=Geschichte"' in response.content.decode()

    def test_snippets_come_from_the_text_not_from_block_labels(self, client):
        add_page(
            news_index("en"),
            NewsArticlePage,
            title="Budapest history",
            slug="budapest-history",
            date=timezone.now(),
            body=[
                ("heading", {"text": "Twenty years", "level": "h2"}),
                ("paragraph", RichText("<p>The partnership with Budapest began in 2005.</p>")),
                ("bulleted_list", {"style": "bullets", "items": ["Exchanges of Budapest schools"]}),
            ],
        )
        response = search(client, "en", "Budapest")
        [result] = response.context["results"]
        assert "partnership with <mark>Budapest</mark>" in result.snippet
        assert "(h2)" not in result.snippet
        assert titles(search(client, "en", "exchanges schools")) == ["Budapest history"]

    def test_a_polish_snippet_marks_other_forms_of_the_word(self, client):
        article("pl", "Partnerstwo", lead="Kraków współpracuje z Norymbergą od 1979 roku.")
        [result] = search(client, "pl", "Norymberga").context["results"]
        assert "<mark>Norymbergą</mark>" in result.snippet
