"""The directory: filters with counts, the map, and what never shows (drafts, private, other languages)."""

import datetime
import re

from django.test import TestCase

from memberships.directory import fold
from tests.builders import add_translation, make_private
from tests.memberships.builders import city, directory, network, relation


def listed_titles(response):
    """Titles of the directory's list, in order."""
    html = response.content.decode()
    marker = '<ol class="relations-list">'
    listing = html.split(marker, 1)[1].split("</ol>", 1)[0] if marker in html else ""
    return re.findall(r'<h3 class="relation-card__title"><a href="[^"]+">([^<]+)</a>', listing)


def option_labels(response, facet):
    html = response.content.decode()
    select = html.split(f'name="{facet}"', 1)[1].split("</select>", 1)[0]
    return [" ".join(label.split()) for label in re.findall(r"<option[^>]*>([^<]+)</option>", select)]


class DirectoryTests(TestCase):
    """An English directory with cities in three countries, two networks, a draft and a private relation."""

    @classmethod
    def setUpTestData(cls):
        cls.index = index = directory("en", title="Partnerships")
        nuremberg = city("en", "Nuremberg", native_name="Nürnberg", other_names="Norymberga")
        frankfurt = city("en", "Frankfurt am Main", latitude=50.11, longitude=8.68)
        bordeaux = city("en", "Bordeaux", country_code="FR", country_name="France", latitude=44.84, longitude=-0.58)
        cambridge = city(
            "en", "Cambridge", country_code="US", country_name="United States", latitude=42.37, longitude=-71.1
        )
        cls.pages = {
            "nuremberg": relation(
                index,
                "Nuremberg",
                partner_city=nuremberg,
                relation_type="twinning",
                history=[(datetime.date(1979, 10, 2), "Framework agreement")],
            ),
            "frankfurt": relation(index, "Frankfurt am Main", partner_city=frankfurt),
            "bordeaux": relation(index, "Bordeaux", partner_city=bordeaux, status="suspended"),
            "cambridge": relation(index, "Cambridge", partner_city=cambridge),
            "eurocities": relation(index, "Eurocities", partner_network=network("en", "Eurocities")),
            "unesco": relation(
                index, "UNESCO Creative Cities Network", partner_network=network("en", "UNESCO"), status="applied"
            ),
            "draft": relation(index, "Draft Lyon", partner_city=city("en", "Lyon", country_code="FR"), publish=False),
            "private": relation(index, "Private Porto", partner_city=city("en", "Porto", country_code="PT")),
        }
        make_private(cls.pages["private"])

    def get(self, **params):
        response = self.client.get(self.index.url, params)
        assert response.status_code == 200
        return response

    def test_the_directory_lists_every_live_public_relation_in_name_order(self):
        assert listed_titles(self.get()) == [
            "Bordeaux",
            "Cambridge",
            "Eurocities",
            "Frankfurt am Main",
            "Nuremberg",
            "UNESCO Creative Cities Network",
        ]

    def test_drafts_and_private_relations_are_neither_listed_nor_mapped(self):
        html = self.get().content.decode()

        assert "Lyon" not in html
        assert "Porto" not in html
        assert f'href="{self.pages["draft"].url}"' not in html
        assert f'href="{self.pages["private"].url}"' not in html

    def test_other_languages_relations_stay_in_their_own_directory(self):
        german_index = add_translation(self.index, "de", title="Partnerschaften", slug="partnerschaften")
        add_translation(
            self.pages["nuremberg"], "de", title="Nürnberg", slug="nuernberg", partner_city=city("de", "Nürnberg")
        )

        assert "Nürnberg" not in listed_titles(self.get())
        assert listed_titles(self.client.get(german_index.url)) == ["Nürnberg"]

    def test_filtering_by_type_shows_only_that_type_and_counts_the_other_facets(self):
        response = self.get(type="network_membership")

        assert listed_titles(response) == ["Eurocities", "UNESCO Creative Cities Network"]
        # Each option's count applies the other filters but not its own facet.
        assert option_labels(response, "status") == ["All", "Applied (1)", "Active (1)"]
        assert 'aria-current="true">Network membership' in response.content.decode()

    def test_filtering_by_country_and_status_combines_both(self):
        germany = self.get(country="DE")
        assert listed_titles(germany) == ["Frankfurt am Main", "Nuremberg"]
        assert option_labels(germany, "country") == ["All", "France (1)", "Germany (2)", "United States (1)"]

        assert listed_titles(self.get(country="FR", status="suspended")) == ["Bordeaux"]

        nothing = self.get(country="DE", status="suspended")
        assert listed_titles(nothing) == []
        assert "No partnership or membership matches these filters." in nothing.content.decode()

    def test_filtering_by_network_shows_that_membership(self):
        response = self.get(network=str(self.pages["eurocities"].partner_network_id))

        assert listed_titles(response) == ["Eurocities"]
        assert "Eurocities (1)" in option_labels(response, "network")

    def test_the_name_filter_finds_a_city_by_any_of_its_names_without_diacritics(self):
        assert listed_titles(self.get(q="nurnberg")) == ["Nuremberg"]
        assert listed_titles(self.get(q="NORYMBERGA")) == ["Nuremberg"]
        assert fold("Kraków Łódź Straße") == "krakow lodz strasse"

    def test_unknown_filter_values_are_ignored_never_an_error(self):
        cases = [
            {"type": "bogus"},
            {"type": "'; DROP TABLE x; --"},
            {"status": "<script>alert(1)</script>"},
            {"country": "ZZ"},
            {"country": "de"},
            {"network": "abc"},
            {"network": "99999999999999999999"},
            {"network": "-1"},
            {"type": "\x00", "page": "x"},
        ]
        for params in cases:
            with self.subTest(params=params):
                response = self.get(**params)
                assert len(listed_titles(response)) == 6
                assert "have been ignored" in response.content.decode()
                assert "<script>alert(1)</script>" not in response.content.decode()

    def test_an_overlong_name_query_is_cut_short_not_an_error(self):
        response = self.get(q="x" * 5000)
        assert listed_titles(response) == []
        assert 'value="' + "x" * 100 + '"' in response.content.decode()

    def test_the_map_links_each_city_with_an_accessible_name_and_leaves_networks_to_the_list(self):
        html = self.get().content.decode()

        europe = html.split('class="relation-map relation-map--europe"', 1)[1].split("</svg>", 1)[0]
        world = html.split('class="relation-map relation-map--world"', 1)[1].split("</svg>", 1)[0]
        assert f'href="{self.pages["nuremberg"].url}" aria-label="Nuremberg, Germany: Twinning"' in europe
        assert f'href="{self.pages["bordeaux"].url}"' in europe
        assert f'href="{self.pages["cambridge"].url}" aria-label="Cambridge, United States: City partnership"' in world
        assert self.pages["cambridge"].url not in europe
        assert self.pages["eurocities"].url not in europe + world
        assert europe.count("<a ") == 3  # Nuremberg, Frankfurt, Bordeaux

    def test_the_map_follows_the_filters(self):
        html = self.get(country="FR").content.decode()

        assert self.pages["bordeaux"].url in html
        assert self.pages["nuremberg"].url not in html
        assert "relation-map--world" not in html  # nothing outside Europe matches

    def test_a_relation_published_later_appears_at_once(self):
        self.get()  # fills the caches

        relation(self.index, "Budapest", partner_city=city("en", "Budapest", country_code="HU"))

        assert "Budapest" in listed_titles(self.get())

    def test_a_renamed_partner_city_shows_its_new_name_at_once(self):
        self.get()
        nuremberg = self.pages["nuremberg"].partner_city
        nuremberg.name = "Nürnberg (Franconia)"
        nuremberg.save()

        assert "Nürnberg (Franconia)" in self.get().content.decode()
