"""A relation's timeline: status history and linked news merged by date, newest first."""

import datetime
import re
from types import SimpleNamespace

from django.test import TestCase

from memberships.models import RelationPage, StatusHistoryEntry
from memberships.timeline import merge
from tests.builders import add_translation, make_private
from tests.memberships.builders import directory, network, news_article, relation

D = datetime.date


def timeline_entries(response):
    """(date text, title) of each timeline entry, top to bottom."""
    html = response.content.decode()
    if '<ol class="timeline">' not in html:
        return []
    timeline = html.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    items = re.findall(
        r'<time datetime="[^"]+">([^<]+)</time>.*?<h3 class="timeline__title">(?:<a href="[^"]+">)?([^<]+)<',
        timeline,
        flags=re.S,
    )
    return [(date.strip(), title.strip()) for date, title in items]


class TimelineTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = directory("en")
        cls.eurocities = relation(
            cls.index,
            "Eurocities",
            partner_network=network("en", "Eurocities"),
            history=[
                {"date": D(1990, 9, 1), "date_precision": "month", "stage": "Application submitted"},
                (D(1992, 11, 9), "Associate member"),
                {"date": D(2004, 1, 1), "date_precision": "year", "stage": "Full member"},
                (D(2025, 10, 15), "Officially admitted as a member"),
            ],
        )

    def polish_eurocities(self, **fields):
        """A Polish translation of the relation, under a Polish translation of the directory."""
        add_translation(self.index, "pl", title="Współpraca", slug="wspolpraca")
        return add_translation(
            self.eurocities,
            "pl",
            title="Eurocities",
            slug="eurocities",
            relation_type="network_membership",
            partner_network=network("pl", "Eurocities"),
            **fields,
        )

    def test_history_and_linked_articles_are_merged_newest_first(self):
        news_article([self.eurocities], "Kraków joins Eurocities", D(2025, 10, 15), lead="Admitted today.")
        news_article([self.eurocities], "Twenty years as a full member", D(2024, 5, 1))

        entries = timeline_entries(self.client.get(self.eurocities.url))

        assert entries == [
            ("15 October 2025", "Kraków joins Eurocities"),
            ("15 October 2025", "Officially admitted as a member"),
            ("1 May 2024", "Twenty years as a full member"),
            ("2004", "Full member"),
            ("9 November 1992", "Associate member"),
            ("September 1990", "Application submitted"),
        ]

    def test_the_article_entry_links_to_the_article(self):
        article = news_article([self.eurocities], "Kraków joins Eurocities", D(2025, 10, 15))

        html = self.client.get(self.eurocities.url).content.decode()

        assert f'<a href="{article.url}">Kraków joins Eurocities</a>' in html

    def test_drafts_private_articles_and_other_languages_stay_off_the_timeline(self):
        news_article([self.eurocities], "Unpublished draft", D(2025, 10, 16), publish=False)
        private = news_article([self.eurocities], "Members only", D(2025, 10, 17))
        make_private(private)
        news_article([self.eurocities], "Artykuł po polsku", D(2025, 10, 18), language="pl")
        news_article([], "Not about Eurocities", D(2025, 10, 19))

        titles = [title for _date, title in timeline_entries(self.client.get(self.eurocities.url))]

        assert titles == [
            "Officially admitted as a member",
            "Full member",
            "Associate member",
            "Application submitted",
        ]

    def test_an_article_linked_to_another_translation_shows_on_this_languages_page(self):
        polish = self.polish_eurocities()
        # An English article whose link still points at the Polish original of the relation.
        news_article([polish], "Linked to the Polish page", D(2025, 11, 1))

        titles = [title for _date, title in timeline_entries(self.client.get(self.eurocities.url))]

        assert titles[0] == "Linked to the Polish page"
        polish_titles = [title for _date, title in timeline_entries(self.client.get(polish.url))]
        assert "Linked to the Polish page" not in polish_titles

    def test_a_draft_relation_is_not_served(self):
        draft = relation(self.index, "Secret talks", partner_network=network("en", "Secret"), publish=False)
        assert self.client.get(f"{self.index.url}{draft.slug}/").status_code == 404

    def test_dates_keep_the_precision_of_their_source_in_every_language(self):
        polish = self.polish_eurocities(
            status_history=[
                StatusHistoryEntry(date=D(1990, 9, 1), date_precision="month", stage="Wniosek"),
                StatusHistoryEntry(date=D(1992, 11, 9), stage="Członek stowarzyszony"),
            ],
        )

        assert timeline_entries(self.client.get(polish.url)) == [
            ("9 listopada 1992", "Członek stowarzyszony"),
            ("Wrzesień 1990", "Wniosek"),
        ]


class CurrentRelationTests(TestCase):
    """A relation whose current form began with a later step: the earlier steps are its history."""

    @classmethod
    def setUpTestData(cls):
        cls.index = directory("en")
        steps = [(D(1990, 9, 1), "Application submitted"), (D(2004, 1, 1), "Full member")]
        cls.eurocities = relation(
            cls.index,
            "Eurocities",
            partner_network=network("en", "Eurocities"),
            history=[
                *({"date": date, "stage": stage} for date, stage in steps),
                {"date": D(2025, 10, 15), "stage": "Officially admitted", "starts_current": True},
                (D(2026, 3, 1), "Joined a working group"),
            ],
        )

    def test_the_ticked_step_starts_the_timeline_and_the_steps_before_it_are_earlier_history(self):
        html = self.client.get(self.eurocities.url).content.decode()

        assert timeline_entries(self.client.get(self.eurocities.url)) == [
            ("1 March 2026", "Joined a working group"),
            ("15 October 2025", "Officially admitted"),
        ]
        earlier = html.split('<ol class="timeline timeline--earlier">', 1)[1].split("</ol>", 1)[0]
        assert re.findall(r'<h4 class="timeline__title">([^<]+)<', earlier) == ["Full member", "Application submitted"]
        glance = html.split('class="relation-glance__since">', 1)[1].split("</div>", 1)[0]
        assert '<time datetime="2025-10-15">15 October 2025</time>' in glance
        card = self.client.get(self.index.url).content.decode().split('class="relation-card__since">', 1)[1]
        assert card.split("</div>", 1)[0].endswith('<time datetime="2025-10-15">15 October 2025</time></dd>')

    def test_publishing_an_article_about_the_relation_refreshes_its_in_the_news_list(self):
        news_article([self.eurocities], "Kraków joins Eurocities", D(2025, 10, 15))
        assert "Kraków joins Eurocities" in self.in_the_news()
        # The page is cached: a change behind the portal's back is not seen ...
        RelationPage.objects.filter(pk=self.eurocities.pk).update(summary="Changed behind the cache's back")
        assert "Changed behind the cache" not in self.client.get(self.eurocities.url).content.decode()

        # ... but a newly published article about the relation is, at once.
        article = news_article([self.eurocities], "A year in the network", D(2026, 10, 15))

        news = self.in_the_news()
        assert f'<a href="{article.url}">A year in the network</a>' in news
        assert news.index("A year in the network") < news.index("Kraków joins Eurocities")

    def in_the_news(self):
        html = self.client.get(self.eurocities.url).content.decode()
        return html.split('class="relation-news"', 1)[1].split("</section>", 1)[0]


def test_merge_orders_by_date_and_puts_articles_above_steps_of_the_same_day():
    step = SimpleNamespace(pk=1, date=D(2025, 10, 15), date_precision="day")
    older_step = SimpleNamespace(pk=2, date=D(1990, 9, 1), date_precision="month")
    article = SimpleNamespace(pk=9)
    moment = datetime.datetime(2025, 10, 15, 9, tzinfo=datetime.UTC)

    items = merge([older_step, step], [(article, moment, "/en/news/x/")])

    assert [(item.date, item.is_article) for item in items] == [
        (D(2025, 10, 15), True),
        (D(2025, 10, 15), False),
        (D(1990, 9, 1), False),
    ]
