"""What a relation page shows beside its own fields: the partner, its facts, the timeline, a map."""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from portal.pages.queries import public

from . import history as histories
from . import mapping, structured_data, timeline
from .choices import DatePrecision, RelationType
from .models.partners import Network, NetworkFact


def linked_articles(page):
    """Live, public news articles in the page's language that link to this relation.

    Articles may link to any translation of the relation, so the match is on the translation
    key. The newsroom owns the link; this side only reads it through its reverse relation.
    """
    try:
        link = page._meta.get_field("news_articles")
    except FieldDoesNotExist:  # the newsroom is not installed
        return []
    article_model = link.related_model
    article_column, relation_column = link.field.m2m_field_name(), link.field.m2m_reverse_field_name()
    linked = link.through.objects.filter(**{f"{relation_column}__translation_key": page.translation_key})
    has_date = _has_field(article_model, "date")
    # Only what the timeline shows: article bodies are large and never needed here.
    fields = ["title", "url_path", "first_published_at", "lead", *(["date"] if has_date else [])]
    return list(
        public(article_model.objects.filter(pk__in=linked.values(article_column), locale_id=page.locale_id))
        .only(*fields)
        .annotate(timeline_date=Coalesce(F("date"), F("first_published_at")) if has_date else F("first_published_at"))
        .order_by("-timeline_date", "-pk")
    )


def _has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())


def network_with_facts(network_id):
    """(network with its logo, its facts) in one query when it has facts, two when not."""
    facts = list(NetworkFact.objects.filter(network_id=network_id).select_related("network__logo"))
    network = facts[0].network if facts else Network.objects.select_related("logo").filter(pk=network_id).first()
    return network, facts


# The newest articles listed under "In the news"; the timeline holds every one of them.
IN_THE_NEWS = 5


def relation_context(page, request):
    is_network = page.relation_type == RelationType.NETWORK_MEMBERSHIP
    network, facts = (
        network_with_facts(page.partner_network_id) if is_network and page.partner_network_id else (None, [])
    )
    city = page.partner_city if not is_network and page.partner_city_id else None

    history = histories.split(page.status_history.all())
    articles = [
        (timeline.ArticleLink(article.pk, article.title, article.lead), article.timeline_date, article.get_url(request))
        for article in linked_articles(page)
    ]
    current_items, earlier_items = timeline.split_at(
        timeline.merge([*history.earlier, *history.current], articles), history.start
    )

    locator = None
    if city is not None:
        locator = mapping.render_locator(
            float(city.longitude),
            float(city.latitude),
            city.name,
            _("Map: where %(city)s lies in relation to Kraków") % {"city": city.name},
        )

    return {
        "is_network": is_network,
        "partner_city": city,
        "partner_network": network,
        "facts": facts,
        "current_facts": [fact for fact in facts if not fact.archived],
        "archived_facts": [fact for fact in facts if fact.archived],
        "start_step": history.start,
        "latest_step": history.latest,
        "earlier_steps": history.earlier,
        "timeline": current_items,
        "earlier_timeline": earlier_items,
        "in_the_news": [
            timeline.TimelineItem(timeline.as_date(date), DatePrecision.DAY, article=article, url=url)
            for article, date, url in articles[:IN_THE_NEWS]
        ],
        "json_ld": structured_data.relation_json_ld(page, history, city, network, page.get_full_url(request)),
        "locator_map": locator,
        "directory_url": _parent_url(page, request),
    }


def _parent_url(page, request):
    """The directory's address, derived from the page's own (no query for the parent page)."""
    url = page.get_url(request) or ""
    return url.rstrip("/").rsplit("/", 1)[0] + "/" if url else ""
