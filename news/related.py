"""Which articles to suggest after an article, from a few cached lists however many articles exist.

The suggestions are the articles sharing the most categories and tags with this one, newest
first, among the newest CANDIDATE_POOL that share any. Every category and every tag keeps its
own list of its newest CANDIDATE_POOL + 1 articles (cached until an article joins or leaves it;
the one more stands for the article itself), and an article's candidates are the newest of
those lists merged: an article among the newest CANDIDATE_POOL others sharing anything is
among the newest CANDIDATE_POOL + 1 of each category and tag it shares, so counting its
appearances in the lists counts what it shares. A publication in a
category rebuilds that category's list once, not the choice of every article filed there.
"""

from collections import Counter

from django.utils import translation

from portal.caching.fragments import cached_each

from .cache_tags import category_tag, tagged_tag
from .models_by_name import news_model

MAX_RELATED = 3
# Counting shared categories and tags for every article of a large archive would cost more than
# the rest of the page; the newest articles that share anything at all are a fair pool.
CANDIDATE_POOL = 200


def related_articles(article, picked_keys=None):
    """The pks of up to three live articles in the article's language: the editor's picks, in
    their order, or else the closest, as the module says.

    Picks are matched by translation key, so a pick made in the source language leads to its
    translation. The choice reads the published version: a preview shows the published picks.
    `picked_keys` are the picks' translation keys, where the caller has read them already.
    """
    NewsArticlePage = news_model("NewsArticlePage")

    if picked_keys is None:
        picked_keys = picked_translation_keys(article)
    if picked_keys:
        position = {key: index for index, key in enumerate(picked_keys)}
        picked = (
            NewsArticlePage.objects.filter(locale_id=article.locale_id, translation_key__in=picked_keys)
            .exclude(translation_key=article.translation_key)
            .published()
            .values_list("pk", "translation_key")
        )
        return [pk for pk, key in sorted(picked, key=lambda candidate: position[candidate[1]])][:MAX_RELATED]

    lists = [("category", str(category.translation_key)) for category in article.categories.all()]
    lists += [("tag", tag.pk) for tag in article.tags.all()]
    shared = Counter()
    dates = {}
    for newest in _newest_in(lists, article.locale.language_code):
        for pk, date in newest:
            shared[pk] += 1
            dates[pk] = date
    shared.pop(article.pk, None)
    dates.pop(article.pk, None)
    pool = sorted(dates, key=lambda pk: (dates[pk], pk), reverse=True)[:CANDIDATE_POOL]
    # sorted() is stable: among equals the pool's order, newest first, stays.
    return sorted(pool, key=lambda pk: -shared[pk])[:MAX_RELATED]


def picked_translation_keys(article):
    """The translation keys of the editor's picks, in the editor's order. Picks saved without an
    order (set in code rather than through the admin's form) keep the order they were added in."""
    NewsRelatedArticle = news_model("NewsRelatedArticle")
    return list(
        NewsRelatedArticle.objects.filter(page_id=article.pk)
        .order_by("sort_order", "pk")
        .values_list("article__translation_key", flat=True)
    )


def _newest_in(lists, language_code):
    """[[(pk, date) of the newest CANDIDATE_POOL + 1 live articles], ...] of each ("category",
    translation key) or ("tag", pk), in one language, newest first."""
    NewsArticlePage = news_model("NewsArticlePage")

    def build_missing(missing):
        published = NewsArticlePage.objects.filter(locale__language_code=language_code).published()
        return {item: (lambda item=item: _newest(published, *item)) for item in missing}

    def tags_of(item):
        kind, value = item
        return [category_tag(value) if kind == "category" else tagged_tag(value)]

    with translation.override(language_code):
        return cached_each("news:newest-in", lists, build_missing, tags_of=tags_of)


def _newest(published, kind, value):
    if kind == "category":
        filed = published.filter(categories__translation_key=value)
    else:
        filed = published.filter(tagged_items__tag_id=value)
    return list(filed.values_list("pk", "date")[: CANDIDATE_POOL + 1])
