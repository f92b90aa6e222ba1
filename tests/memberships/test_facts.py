"""Network facts: every figure shows its date; after twelve months readers are warned and editors told."""

import datetime

from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils import WagtailTestUtils

from memberships.models import NetworkFact
from memberships.models.partners import stale_cutoff
from tests.memberships.builders import directory, network, relation

NOTICE = 'class="facts__warning"'


class StaleFactTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        today = timezone.localdate()
        cls.fresh_date = today - datetime.timedelta(days=30)
        cls.eurocities = network(
            "en",
            "Eurocities",
            facts=[
                ("over 200", "member cities", cls.fresh_date),
                ("more than 130", "cities from 30 countries", datetime.date(2007, 1, 1)),
            ],
        )
        cls.page = relation(directory("en"), "Eurocities", partner_network=cls.eurocities)

    def test_readers_see_each_facts_date_and_one_notice_for_the_box_naming_the_old_date(self):
        html = self.client.get(self.page.url).content.decode()
        box = html.split('<ul class="facts">', 1)[1].split("</section>", 1)[0]
        fresh, stale = box.split("</li>")[:2]

        assert "over 200" in fresh
        assert f"as of {self.fresh_date.day} " in fresh
        assert "more than 130" in stale
        assert "as of 1 January 2007" in stale
        assert box.count(NOTICE) == 1
        assert "This figure dates from 1 January 2007, more than a year ago, and may have changed." in box

    def test_several_old_figures_share_one_notice_and_archived_ones_are_folded_without_one(self):
        for value, counts, as_of, archived in (
            ("38", "countries", datetime.date(2010, 5, 1), False),
            ("about 100", "cities", datetime.date(2001, 1, 1), True),
        ):
            NetworkFact.objects.create(
                network=self.eurocities,
                locale=self.eurocities.locale,
                value=value,
                counts=counts,
                as_of=as_of,
                source_name="Test source",
                archived=archived,
            )
        self.page.save_revision().publish()

        box = self.client.get(self.page.url).content.decode().split('class="relation-facts"', 1)[1]
        box = box.split("</section>", 1)[0]
        current, folded = box.split('<details class="facts__archive">', 1)

        assert current.count(NOTICE) == 1
        assert "These figures date from 1 May 2010 or earlier, more than a year ago, and may have changed." in current
        assert "about 100" not in current and "about 100" in folded and "as of 1 January 2001" in folded
        assert NOTICE not in folded

    def test_the_dashboard_lists_stale_facts_with_a_link_to_fix_them(self):
        self.client.force_login(self.create_superuser("fact-checker"))

        response = self.client.get(reverse("wagtailadmin_home"))

        panel = response.content.decode().split('id="stale-network-facts-content"', 1)[1].split("</table>", 1)[0]
        assert "more than 130 cities from 30 countries" in panel
        assert "over 200" not in panel
        assert reverse("wagtailsnippets_memberships_network:edit", args=[self.eurocities.pk]) in panel

    def test_the_dashboard_says_nothing_when_every_fact_is_fresh(self):
        self.eurocities.facts.filter(as_of__year=2007).delete()
        self.client.force_login(self.create_superuser("fact-checker"))

        response = self.client.get(reverse("wagtailadmin_home"))

        self.assertNotContains(response, "stale-network-facts")

    def test_editors_without_access_to_networks_do_not_see_the_panel(self):
        user = self.create_user("reader", permissions=["access_admin"])
        self.client.force_login(user)

        response = self.client.get(reverse("wagtailadmin_home"))

        assert response.status_code == 200
        self.assertNotContains(response, "stale-network-facts")

    def test_the_citys_editors_see_the_panel(self):
        editor = self.create_user("editor")
        editor.groups.add(Group.objects.get(name="Editors"))
        self.client.force_login(editor)

        response = self.client.get(reverse("wagtailadmin_home"))

        self.assertContains(response, "stale-network-facts-content")


def test_twelve_months_back_from_a_leap_day_is_the_28th_of_february():
    assert stale_cutoff(datetime.date(2028, 2, 29)) == datetime.date(2027, 2, 28)
    assert stale_cutoff(datetime.date(2026, 11, 25)) == datetime.date(2025, 11, 25)
