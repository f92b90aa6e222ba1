"""What an article page shows around its text: categories, tags, relation pages, related articles.

These depend on other records (category names, translations, other articles), not only on
the article, so the page reads them from a cache kept until the next content change.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string

from .caching import cached_unless_preview
from .lookups import add_category_links, localized_categories, news_index
from .related import related_articles


@dataclass(frozen=True)
class ArticleAbout:
    categories: list  # lookups.CategoryLink, in the article's language
    tags: list  # (name, listing URL)
    relations: list  # (title, URL) of partnership and membership pages
    related_html: str  # the rendered "Read also" cards, or ""


def article_about(article, request):
    """The ArticleAbout of an article: cached for published pages, fresh for previews."""
    return cached_unless_preview(
        request, f"news:about:{article.pk}", lambda: _build(article, request), per_language=False
    )


def _build(article, request):
    from .models import NewsIndexPage

    language = article.locale.language_code
    index = news_index(language)
    related = add_category_links(related_articles(article), language)
    return ArticleAbout(
        categories=localized_categories(article.categories.all(), language),
        tags=[
            (tag.name, index.url + NewsIndexPage.subpage_path("tag", slug=tag.slug) if index else "")
            for tag in article.tags.all()
        ],
        relations=[(page.title, page.get_url(request)) for page in _relation_pages(article)],
        related_html=render_to_string("news/includes/related_articles.html", {"articles": related}, request=request)
        if related
        else "",
    )


def _relation_pages(article):
    """The live relation pages the article is about, open to every reader, in the article's language."""
    keys = [relation.translation_key for relation in article.relations.all()]
    if not keys:
        return []
    relation_model = article._meta.get_field("relations").related_model
    pages = relation_model.objects.live().public().filter(locale_id=article.locale_id, translation_key__in=keys)
    return pages.order_by("title")
