"""The newsroom's pages: where they stand in the tree, how editors create articles, what readers see."""

import re

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import NewsArticlePage, NewsIndexPage, NewsRelatedArticle
from portal.models import HomePage, StandardPage
from tests.builders import home
from tests.news.builders import article, category, moment, news_index, picture, translate


class NewsPageTreeTests(WagtailPageTestCase):
    def test_the_listing_stands_under_a_home_page_only(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)

    def test_articles_stand_under_the_listing_and_have_no_children(self):
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsArticlePage})
        self.assertAllowedSubpageTypes(NewsArticlePage, set())
        self.assertCanNotCreateAt(HomePage, NewsArticlePage)

    def test_each_language_has_at_most_one_listing(self):
        assert NewsIndexPage.can_create_at(home("en"))
        news_index("en")
        assert not NewsIndexPage.can_create_at(home("en"))
        assert NewsIndexPage.can_create_at(home("de"))

    def test_the_listing_and_an_article_render(self):
        page = article("Kraków joins Eurocities", hero_image=picture(), hero_alt="Dots joined by lines")
        self.assertPageIsRenderable(news_index("en"))
        self.assertPageIsRenderable(page)

    def test_a_draft_article_renders_in_preview(self):
        page = article("Draft story", publish=False, tags=["drafts"], notes=[(moment(2025, 10, 16), "Fixed a name.")])
        response = page.make_preview_request()
        assert response.status_code == 200
        content = response.content.decode()
        assert "Draft story</h1>" in content
        assert "Fixed a name." in content
        assert ">#drafts</a>" in content


class NewsArticleAdminFormTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = news_index("en")
        cls.international = category("en", "International cooperation")
        cls.polish_international = category(
            "pl", "Współpraca międzynarodowa", translation_key=cls.international.translation_key
        )
        cls.picture = picture("Eurocities logo wall")

    def setUp(self):
        self.client.force_login(self.create_superuser("news-admin"))
        self.client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"  # the messages checked below are English

    def form_data(self, **overrides):
        data = {
            "title": "Kraków joins Eurocities",
            "slug": "krakow-joins-eurocities",
            "date": "",
            "lead": "Kraków was admitted to Europe's largest network of cities.",
            "hero_image": str(self.picture.pk),
            "hero_alt": "A wall of city logos",
            "hero_caption": "The network's members.",
            "hero_credit": "Eurocities",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>The city was admitted on 15 October 2025.</p>")),
                    ("heading", {"text": "What it brings", "level": "h2"}),
                    ("bulleted_list", {"style": "ul", "items": streamfield([("item", "EU projects")])}),
                    ("fact_box", {"title": "At a glance", "facts": streamfield([("item", "Founded 1986")])}),
                ]
            ),
            "update_notes": inline_formset(
                [{"date": "2025-10-16 09:30", "note": "The mayor's letter was added."}],
            ),
            "responsible_unit": "Press Office",
            "produced_by": "Anna Editor",
            "tags": "Eurocities, digitalisation",
            "top_story": "on",
            "related_picks": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            "comments": inline_formset([]),
        }
        data.update(overrides)
        data = nested_form_data(data)
        # Multiple choices are repeated values of one field, not a nested list.
        data["categories"] = [str(self.international.pk)]
        return data

    def test_an_editor_creates_and_publishes_an_article_through_the_admin_form(self):
        self.assertCanCreate(self.index, NewsArticlePage, self.form_data())

        page = NewsArticlePage.objects.get(slug="krakow-joins-eurocities")
        assert page.live
        assert page.owner.username == "news-admin"
        assert page.hero_credit == "Eurocities"
        assert list(page.categories.all()) == [self.international]
        assert sorted(tag.name for tag in page.tags.all()) == ["Eurocities", "digitalisation"]
        assert [note.note for note in page.update_notes.all()] == ["The mayor's letter was added."]
        assert page.body[2].value["items"][0] == "EU projects"
        # The editorial date was left empty, so it is the moment of first publication.
        assert page.date == page.first_published_at

        response = self.client.get(page.url)
        self.assertContains(response, "Kraków joins Eurocities</h1>")
        self.assertContains(response, "Photo: Eurocities")
        self.assertContains(response, "The mayor&#x27;s letter was added.")

    def test_the_form_offers_only_categories_of_the_articles_language(self):
        url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", self.index.pk])
        response = self.client.get(url)
        self.assertContains(response, "International cooperation")
        self.assertNotContains(response, "Współpraca międzynarodowa")

    def test_a_picture_without_alternative_text_is_refused(self):
        data = self.form_data(hero_alt="", slug="no-alt")
        data["action-publish"] = "action-publish"
        url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", self.index.pk])

        response = self.client.post(url, data)

        assert response.status_code == 200
        self.assertContains(response, "Describe the picture for readers who cannot see it.")
        assert not NewsArticlePage.objects.filter(slug="no-alt").exists()

    def test_publishing_without_a_responsible_unit_or_author_is_refused_with_a_clear_message(self):
        data = self.form_data(responsible_unit=" ", produced_by="", slug="anonymous")
        data["action-publish"] = "action-publish"
        url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", self.index.pk])

        response = self.client.post(url, data)

        assert response.status_code == 200
        self.assertContains(response, "Name the unit that answers for the information, or tick")
        self.assertContains(response, "Name who prepared the information, or tick")
        assert not NewsArticlePage.objects.filter(slug="anonymous").exists()

    def test_the_city_office_as_a_chosen_value_publishes_and_a_draft_may_wait_for_it(self):
        url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", self.index.pk])
        draft = self.form_data(responsible_unit="", produced_by="", slug="draft-without-names")
        assert self.client.post(url, draft).status_code == 302
        assert NewsArticlePage.objects.get(slug="draft-without-names").live is False

        office = self.form_data(
            responsible_unit="",
            responsible_is_city_office="on",
            produced_by="",
            produced_by_city_office="on",
            slug="by-the-office",
        )
        office["action-publish"] = "action-publish"
        assert self.client.post(url, office).status_code == 302
        page = NewsArticlePage.objects.get(slug="by-the-office")
        assert page.live and page.responsible_is_city_office and page.produced_by_city_office
        html = self.client.get(page.url).content.decode()
        assert "<dd>Kraków City Office</dd>" in html

    def test_an_editor_may_set_an_earlier_publication_date(self):
        data = self.form_data(date="2025-10-15 12:00", slug="dated")
        self.assertCanCreate(self.index, NewsArticlePage, data)
        page = NewsArticlePage.objects.get(slug="dated")
        assert page.date == moment(2025, 10, 15)
        assert page.first_published_at > page.date

    def test_a_copied_translation_shows_the_categories_of_its_own_language(self):
        polish = article("Kraków w Eurocities", language="pl", categories=[self.polish_international])
        english = translate(polish, "en", categories=[self.polish_international])
        url = reverse("wagtailadmin_pages:edit", args=[english.pk])

        response = self.client.get(url)

        checkbox = re.search(
            rf'<input type="checkbox" name="categories" value="{self.international.pk}"[^>]*>',
            response.content.decode(),
        )
        assert "checked" in checkbox.group(0)


class NewsArticleReadingTests(WagtailPageTestCase):
    def test_an_article_shows_its_dates_update_notes_and_provenance(self):
        page = article(
            "Kraków joins Eurocities",
            date=moment(2025, 10, 15),
            notes=[(moment(2025, 10, 16, 9), "The mayor's letter was added.")],
            responsible_unit="Press Office, Kraków City Hall",
            produced_by="Portal editorial team",
        )
        response = self.client.get(page.url, HTTP_HOST="localhost")

        self.assertContains(response, '<time datetime="2025-10-15T12:00:00+02:00">15 October 2025</time>')
        self.assertContains(response, 'Updated <time datetime="2025-10-16T09:00:00+02:00">16 October 2025</time>')
        self.assertContains(response, "The mayor&#x27;s letter was added.")
        self.assertContains(response, "<dd>Press Office, Kraków City Hall</dd>")
        self.assertContains(response, "<dd>Portal editorial team</dd>")
        self.assertContains(response, "Last changed")
        # HTML validators reject fractions of a second in machine-readable times.
        assert re.findall(r'datetime="[^"]*"', response.content.decode())
        assert not re.search(r'datetime="[^"]*\.\d', response.content.decode())

    def test_the_provenance_box_speaks_the_readers_language_and_never_shows_a_user_name(self):
        team = get_user_model().objects.create_user("redakcja-konto")
        for language, office, team_name in [
            ("en", "Kraków City Office", "Portal editorial team"),
            ("de", "Stadtverwaltung Krakau", "Portalredaktion"),
            ("pl", "Urząd Miasta Krakowa", "Redakcja portalu"),
        ]:
            page = article(
                f"Office story {language}",
                language=language,
                owner=team,
                responsible_is_city_office=True,
                produced_by_city_office=True,
            )
            html = self.client.get(page.url, HTTP_HOST="localhost").content.decode()
            start = html.index('class="news-article__provenance"')
            box = html[start : html.index("</aside>", start)]
            assert f"<dd>{office}</dd>" in box
            assert f"<dd>{team_name}</dd>" in box
            assert "redakcja-konto" not in box

    def test_a_technical_republication_leaves_last_changed_at_the_latest_update_note(self):
        page = article(
            "Kraków joins Eurocities",
            date=moment(2025, 10, 15),
            first_published_at=moment(2025, 10, 15),
            notes=[(moment(2025, 10, 16, 9), "The mayor's letter was added.")],
        )
        quiet = article("Quiet story", date=moment(2025, 9, 8), first_published_at=moment(2025, 9, 8))
        # A bulk fix, a migration or a demo load publishes again without a word to readers.
        for each in (page, quiet):
            each.save_revision().publish()
            each.refresh_from_db()
            assert each.last_published_at.date() > moment(2026, 1, 1).date()

        provenance = self.provenance(page)
        assert "Last changed" in provenance
        assert '<time datetime="2025-10-16T09:00:00+02:00">16 October 2025, 09:00</time>' in provenance
        assert self.provenance(quiet).count('<time datetime="2025-09-08T12:00:00+02:00">') == 2  # published, changed
        changed = self.provenance(page).split("Last changed", 1)[1].split("</div>", 1)[0]
        assert f"{page.last_published_at:%Y-%m-%d}" not in changed

    def test_an_illustration_is_credited_as_one_and_a_photo_as_a_photo(self):
        drawn = article(
            "Drawn", hero_image=picture(), hero_alt="Dots", hero_credit="City of Kraków", hero_is_illustration=True
        )
        taken = article("Taken", hero_image=picture(), hero_alt="A square", hero_credit="Jan Kowalski")

        assert "Illustration: City of Kraków" in self.client.get(drawn.url, HTTP_HOST="localhost").content.decode()
        assert "Photo: Jan Kowalski" in self.client.get(taken.url, HTTP_HOST="localhost").content.decode()

    def provenance(self, page):
        html = self.client.get(page.url, HTTP_HOST="localhost").content.decode()
        return html.split('class="news-article__provenance"', 1)[1].split("</aside>", 1)[0]

    def test_a_translation_copy_gets_update_notes_of_its_own_language(self):
        english = article("Kraków joins Eurocities", notes=[(moment(2025, 10, 16), "The mayor's letter was added.")])
        news_index("de")

        german = english.copy_for_translation(Locale.objects.get(language_code="de"))

        notes = list(german.update_notes.all())
        assert [note.locale.language_code for note in notes] == ["de"]
        assert notes[0].translation_key == english.update_notes.get().translation_key

    def test_an_article_without_notes_shows_no_updated_date(self):
        page = article("Quiet story", date=moment(2025, 10, 15))
        response = self.client.get(page.url, HTTP_HOST="localhost")
        self.assertNotContains(response, "Updated <time")
        self.assertNotContains(response, 'id="updates"')

    def test_a_translated_category_is_shown_in_the_readers_language(self):
        culture = category("en", "Culture")
        kultur = category("de", "Kultur", translation_key=culture.translation_key)
        english = article("Book day", categories=[culture])
        german = translate(english, "de", title="Welttag des Buches", categories=[culture])

        response = self.client.get(german.url, HTTP_HOST="localhost")

        self.assertContains(response, f'<a href="/de/nachrichten/category/{kultur.slug}/">Kultur</a>')
        self.assertNotContains(response, ">Culture</a>")

    def test_translations_of_an_article_are_announced_as_hreflang_alternates(self):
        english = article("Kraków joins Eurocities")
        german = translate(english, "de", title="Krakau tritt Eurocities bei", slug="krakau-eurocities")

        response = self.client.get(english.url, HTTP_HOST="localhost")

        self.assertContains(response, f'hreflang="de" href="http://localhost{german.url}"')

    def test_the_editors_picks_come_before_articles_that_share_a_category(self):
        culture = category("en", "Culture")
        shared = article("Shares the category", categories=[culture], date=moment(2025, 10, 1))
        picked = article("Picked by the editor", date=moment(2024, 1, 1))
        article("Unrelated story", date=moment(2025, 10, 2))
        page = article("Main story", categories=[culture])

        assert self._related_titles(page) == ["Shares the category"]

        page.related_picks = [NewsRelatedArticle(article=picked)]
        page.save_revision().publish()
        assert self._related_titles(page) == ["Picked by the editor"]
        assert shared.title not in self._related_titles(page)

    def test_at_most_three_related_articles_are_shown_the_closest_first(self):
        culture = category("en", "Culture")
        for number in range(4):
            article(f"Culture story {number}", categories=[culture], date=moment(2025, 9, 1 + number))
        closest = article("Same category and tag", categories=[culture], tags=["books"], date=moment(2024, 1, 1))
        page = article("Main story", categories=[culture], tags=["books"])

        titles = self._related_titles(page)

        assert len(titles) == 3
        assert titles[0] == closest.title
        assert titles[1:] == ["Culture story 3", "Culture story 2"]

    def test_several_picks_keep_the_editors_order(self):
        older = article("Older pick", date=moment(2024, 1, 1))
        newer = article("Newer pick", date=moment(2025, 1, 1))
        page = article("Main story")

        page.related_picks = [NewsRelatedArticle(article=older), NewsRelatedArticle(article=newer)]
        page.save_revision().publish()

        assert self._related_titles(page) == ["Older pick", "Newer pick"]

    def test_only_the_newest_articles_that_share_anything_are_ranked(self):
        from unittest import mock

        from news import related

        culture = category("en", "Culture")
        article("Old but closest", categories=[culture], tags=["books"], date=moment(2020, 1, 1))
        for number in range(3):
            article(f"Recent {number}", categories=[culture], date=moment(2025, 1, 1 + number))
        page = article("Main story", categories=[culture], tags=["books"])

        assert self._related_titles(page)[0] == "Old but closest"
        with mock.patch.object(related, "CANDIDATE_POOL", 3):  # a small pool instead of 200 articles
            assert self._related_titles(page) == ["Recent 2", "Recent 1", "Recent 0"]

    def test_an_article_links_to_the_relation_pages_it_is_about_in_its_language(self):
        from tests.memberships.builders import directory, network, relation

        polish = relation(directory("pl"), "Eurocities", partner_network=network("pl"), slug="eurocities")
        english = relation(directory("en"), "Eurocities network", partner_network=network("en"), slug="eurocities-en")
        english.translation_key = polish.translation_key
        english.save()
        page = article("Kraków joins Eurocities", relations=[polish])

        response = self.client.get(page.url, HTTP_HOST="localhost")

        self.assertContains(response, f'<a href="{english.url}">Eurocities network</a>')

    def _related_titles(self, page):
        from django.core.cache import cache

        cache.clear()
        response = self.client.get(page.url, HTTP_HOST="localhost")
        section = response.content.decode().partition('id="related-heading"')[2]
        return [chunk.split("</a>")[0].split(">")[-1] for chunk in section.split('class="news-card__title"')[1:]]


def test_dates_are_shown_in_each_languages_own_style(client, db):
    for language, expected in (
        ("pl", "15 października 2025"),
        ("en", "15 October 2025"),
        ("de", "15. Oktober 2025"),
    ):
        page = article(f"Date story {language}", language=language, date=moment(2025, 10, 15))
        assert expected in client.get(page.url).content.decode()
