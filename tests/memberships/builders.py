"""Builders for registry content: partner cities, networks, relations with history, linked news."""

import datetime

from django.apps import apps

from wagtail.models import Locale

from memberships.models import (
    Network,
    NetworkFact,
    PartnerCity,
    RelationIndexPage,
    RelationPage,
    StatusHistoryEntry,
)
from tests.builders import add_page, home, unique_slug


def city(
    language="en",
    name="Nuremberg",
    *,
    country_code="DE",
    country_name="Germany",
    latitude=49.45,
    longitude=11.08,
    **fields,
):
    return PartnerCity.objects.create(
        locale=Locale.objects.get(language_code=language),
        name=name,
        country_code=country_code,
        country_name=country_name,
        latitude=latitude,
        longitude=longitude,
        **fields,
    )


def network(language="en", name="Eurocities", *, facts=(), **fields):
    """A network with facts given as (value, counts, as_of date) tuples."""
    record = Network(locale=Locale.objects.get(language_code=language), name=name, **fields)
    record.facts = [
        NetworkFact(value=value, counts=counts, as_of=as_of, source_name="Test source")
        for value, counts, as_of in facts
    ]
    record.save()
    return record


def directory(language="en", **fields):
    """The relation directory of a language, created on first use."""
    existing = RelationIndexPage.objects.filter(locale__language_code=language).first()
    if existing:
        return existing
    fields.setdefault("title", "Partnerships")
    fields.setdefault("slug", unique_slug("partnerships"))
    return add_page(home(language), RelationIndexPage, **fields)


def relation(parent, title, *, partner_city=None, partner_network=None, history=(), publish=True, **fields):
    """A relation page; `history` holds (date, stage) tuples or dicts of step fields."""
    if partner_network is not None:
        fields.setdefault("relation_type", "network_membership")
    fields.setdefault("slug", unique_slug("relation"))
    steps = [
        StatusHistoryEntry(**(step if isinstance(step, dict) else {"date": step[0], "stage": step[1]}))
        for step in history
    ]
    return add_page(
        parent,
        RelationPage,
        publish=publish,
        title=title,
        partner_city=partner_city,
        partner_network=partner_network,
        status_history=steps,
        locale=parent.locale,
        **fields,
    )


def news_article(relations, title, date, *, language="en", publish=True, **fields):
    """A news article linking to `relations`, built through the newsroom's own model.

    The newsroom owns the link; these tests reach its model only through the app registry.
    """
    article_model = apps.get_model("news", "NewsArticlePage")
    index_model = apps.get_model("news", "NewsIndexPage")
    index = index_model.objects.filter(locale__language_code=language).first() or add_page(
        home(language), index_model, title="News", slug=unique_slug("news")
    )
    moment = datetime.datetime.combine(date, datetime.time(12), tzinfo=datetime.UTC)
    if any(field.name == "date" for field in article_model._meta.get_fields()):
        fields["date"] = moment
    article = article_model(title=title, slug=unique_slug("article"), live=publish, locale=index.locale, **fields)
    article.relations = list(relations)
    index.add_child(instance=article)
    revision = article.save_revision()
    if publish:
        revision.publish()
        article.refresh_from_db()
    # Without an editorial date the newsroom uses the first publication: pin that to `date` too.
    article_model.objects.filter(pk=article.pk).update(first_published_at=moment)
    article.refresh_from_db()
    return article
