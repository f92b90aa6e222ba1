"""The registry's pages in `make bench`, on a directory of 200 relations per language."""

import datetime
import random
import uuid

from wagtail.models import Locale

from memberships.models import PartnerCity, RelationIndexPage, RelationPage, StatusHistoryEntry
from tools.bench.registry import budget, populator

RELATIONS_PER_LANGUAGE = 200
STEPS_PER_RELATION = 5
RELATION_TYPES = ["twinning", "city_partnership", "sectoral_agreement", "cooperation_without_agreement"]
STATUSES = ["applied", "active", "active", "active", "suspended", "ended"]
COUNTRIES = [("DE", "Germany"), ("FR", "France"), ("IT", "Italy"), ("ES", "Spain"), ("SE", "Sweden"), ("US", "USA")]


@budget("partnerships directory", max_queries=12, max_median_ms=20, min_uncached_share=0.05)
def directory_url():
    return "/en/partnerships/"


@budget("partnership page", max_queries=12, max_median_ms=20)
def relation_url():
    return "/en/partnerships/eurocities/"


@budget("twin city page", max_queries=12, max_median_ms=20)
def city_relation_url():
    return "/en/partnerships/nuremberg/"


@populator
def add_relations():
    """200 more relations per language, each with a partner city and five history steps."""
    rng = random.Random(1986)  # noqa: S311 - bench data, not security
    keys = [uuid.uuid4() for _number in range(RELATIONS_PER_LANGUAGE)]
    for index in RelationIndexPage.objects.all():
        locale = Locale.objects.get(pk=index.locale_id)
        cities = PartnerCity.objects.bulk_create(
            PartnerCity(
                locale=locale,
                translation_key=key,
                name=f"Bench city {number}",
                country_code=COUNTRIES[number % len(COUNTRIES)][0],
                country_name=COUNTRIES[number % len(COUNTRIES)][1],
                latitude=round(rng.uniform(37, 60), 4),
                longitude=round(rng.uniform(-9, 30), 4),
            )
            for number, key in enumerate(keys)
        )
        for number, (key, city) in enumerate(zip(keys, cities, strict=True)):
            # Published straight from the tree (no revisions) to keep filling fast.
            page = RelationPage(
                title=f"Bench city {number}",
                slug=f"bench-city-{number}",
                locale=locale,
                translation_key=key,
                relation_type=RELATION_TYPES[number % len(RELATION_TYPES)],
                status=STATUSES[number % len(STATUSES)],
                partner_city=city,
                summary="A relation added for the benchmark.",
                live=True,
                first_published_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC),
            )
            index.add_child(instance=page)
            StatusHistoryEntry.objects.bulk_create(
                StatusHistoryEntry(
                    page=page, locale=locale, date=datetime.date(1990 + step * 7, 1 + step, 1), stage=f"Step {step}"
                )
                for step in range(STEPS_PER_RELATION)
            )
