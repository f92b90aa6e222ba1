"""Search relevance over the judged set and the demo content: a floor per language."""

import pytest

from django.core.management import call_command
from django.db import transaction

from portal.search.judged import JUDGED
from portal.search.relevance import measure, print_figures

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def figures(django_db_setup, django_db_blocker):
    # Loaded once for the module and rolled back after measuring, like any test's data.
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        result = measure(JUDGED)
        transaction.set_rollback(True)
    print_figures(result)
    return result


def test_the_judged_set_covers_every_kind_of_query_in_each_language():
    for language in ("pl", "en", "de"):
        entries = [entry for entry in JUDGED if entry[0] == language]
        assert len(entries) >= 40
        assert {"inflection", "exonym", "diacritics", "typo", "synonym", "phrase", "nothing"} <= {
            kind for *_rest, kind in entries
        }
    assert len(JUDGED) >= 150


@pytest.mark.parametrize("language", ["pl", "en", "de"])
def test_the_expected_pages_are_in_the_top_three(figures, language):
    entry = figures[language]
    assert entry.hit_at_3 >= 0.97, entry.misses
    assert entry.mrr >= 0.90, entry.misses


@pytest.mark.parametrize("language", ["pl", "en", "de"])
def test_queries_that_must_find_nothing_find_nothing(figures, language):
    assert figures[language].false_positives == 0, figures[language].misses


@pytest.mark.parametrize("language", ["pl", "en", "de"])
def test_no_result_comes_from_another_language(figures, language):
    assert figures[language].foreign_results == 0
