"""The demo registry: loaded with the rest of the demo content, in three languages, only once."""

import datetime

import pytest

from django.core.management import call_command

from memberships.models import Network, NetworkFact, PartnerCity, RelationIndexPage, RelationPage

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
