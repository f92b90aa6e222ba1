"""Which articles to suggest after an article, in two queries however many articles exist."""

from django.db.models import Count, Exists, F, OuterRef, Q, Subquery

MAX_RELATED = 3
CANDIDATE_POOL = 200


def related_articles(article):
    """Up to three live articles in the article's language: the editor's picks, in their order,
    or else those sharing the most categories and tags, newest first, among the latest
    CANDIDATE_POOL articles that share any.

    Picks are matched by translation key, so a pick made in the source language leads to its
    translation. The choice reads the published version: a preview shows the published picks.
    """
    from .models import NewsArticlePage, NewsArticleTag, NewsCategory, NewsRelatedArticle

    picks = NewsRelatedArticle.objects.filter(page_id=article.pk)
    this_pick = picks.filter(article__translation_key=OuterRef("translation_key"))
    category_keys = NewsCategory.objects.filter(articles=article.pk).values("translation_key")
    tag_ids = NewsArticleTag.objects.filter(content_object_id=article.pk).values("tag_id")

    in_language = (
        NewsArticlePage.objects.filter(locale_id=article.locale_id)
        .published()
        .exclude(translation_key=article.translation_key)
    )
    # Counting shared categories and tags for every article of a large archive would cost more
    # than the rest of the page; the newest articles that share anything are a fair pool.
    filed_alike = NewsArticlePage.categories.through.objects.filter(newscategory__translation_key__in=category_keys)
    tagged_alike = NewsArticleTag.objects.filter(tag_id__in=tag_ids)
    sharing = (
        in_language.filter(
            Q(pk__in=filed_alike.values("newsarticlepage_id")) | Q(pk__in=tagged_alike.values("content_object_id"))
        ).values_list("pk", flat=True)[:CANDIDATE_POOL]  # published() orders them newest first
    )
    # Fetched first, on its own: inside the ranking query the planner would rank every article.
    pool = list(sharing)
    candidates = (
        in_language.filter(Q(translation_key__in=picks.values("article__translation_key")) | Q(pk__in=pool))
        .annotate(
            picked=Exists(this_pick),
            pick_order=Subquery(this_pick.values("sort_order")[:1]),
            shared_categories=Count(
                "categories", filter=Q(categories__translation_key__in=category_keys), distinct=True
            ),
            shared_tags=Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids), distinct=True),
        )
        .filter(Q(picked=True) | ~Exists(picks))
        .order_by(
            F("picked").desc(),
            F("pick_order").asc(nulls_last=True),
            (F("shared_categories") + F("shared_tags")).desc(),
            F("date").desc(nulls_last=True),
            "-pk",
        )
    )
    return list(candidates.for_cards()[:MAX_RELATED])
