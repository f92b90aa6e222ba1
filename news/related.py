"""Which articles to suggest after an article, in a few short queries however many articles exist."""

from collections import Counter

from django.db.models import Q

MAX_RELATED = 3
# Counting shared categories and tags for every article of a large archive would cost more than
# the rest of the page; the newest articles that share anything at all are a fair pool.
CANDIDATE_POOL = 200


def related_articles(article, picked_keys=None):
    """The pks of up to three live articles in the article's language: the editor's picks, in their order,
    or else those sharing the most categories and tags, newest first, among the latest
    CANDIDATE_POOL articles that share any.

    Picks are matched by translation key, so a pick made in the source language leads to its
    translation. The choice reads the published version: a preview shows the published picks.
    `picked_keys` are the picks' translation keys, where the caller has read them already.
    """
    from .models import NewsArticlePage, NewsArticleTag, NewsCategory, NewsRelatedArticle

    in_language = (
        NewsArticlePage.objects.filter(locale_id=article.locale_id)
        .published()
        .exclude(translation_key=article.translation_key)
    )
    if picked_keys is None:
        picked_keys = list(
            NewsRelatedArticle.objects.filter(page_id=article.pk)
            .order_by("sort_order")
            .values_list("article__translation_key", flat=True)
        )
    if picked_keys:
        position = {key: index for index, key in enumerate(picked_keys)}
        picked = in_language.filter(translation_key__in=picked_keys).values_list("pk", "translation_key")
        return [pk for pk, key in sorted(picked, key=lambda candidate: position[candidate[1]])][:MAX_RELATED]

    category_keys = NewsCategory.objects.filter(articles=article.pk).values("translation_key")
    tag_ids = NewsArticleTag.objects.filter(content_object_id=article.pk).values("tag_id")
    filed_alike = NewsArticlePage.categories.through.objects.filter(newscategory__translation_key__in=category_keys)
    tagged_alike = NewsArticleTag.objects.filter(tag_id__in=tag_ids)
    # Read on its own: as a subquery of the ranking, the planner would rank every article.
    pool = list(
        in_language.filter(
            Q(pk__in=filed_alike.values("newsarticlepage_id")) | Q(pk__in=tagged_alike.values("content_object_id"))
        ).values_list("pk", flat=True)[:CANDIDATE_POOL]  # published() orders them newest first
    )
    # Ranked here: the pool is small, and grouping in SQL would group by every page column.
    filed = filed_alike.filter(newsarticlepage_id__in=pool).values_list("newsarticlepage_id", "newscategory_id")
    shared = Counter(pk for pk, _category in filed.distinct())
    shared.update(tagged_alike.filter(content_object_id__in=pool).values_list("content_object_id", flat=True))
    # sorted() is stable: among equals the pool's order, newest first, stays.
    return sorted(pool, key=lambda pk: -shared[pk])[:MAX_RELATED]
