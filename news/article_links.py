"""What an article page shows around its text: categories, tags, relation pages, related articles.

These depend on other records (category names, translations, other articles), not only on
the article, so the page reads them from the cache, tagged with what they show: the related
articles apart (their own part of the page template), since a publication in the article's
categories changes them but not the rest.
"""

import functools
from dataclasses import dataclass

from portal.caching.fragments import cached, cached_each
from portal.caching.tags import add_tags, address_tag, page_tag, translations_tag
from portal.pages.queries import public

from .cache_tags import category_tag, tagged_tag
from .cards import CardStyle, article_cards
from .index_and_category_links import localized_categories, news_index
from .models_by_name import news_model
from .related import picked_translation_keys, related_articles


@dataclass(frozen=True)
class ArticleAbout:
    categories: list  # index_and_category_links.CategoryLink, in the article's language
    tags: list  # (name, listing URL)
    relations: list  # (title, URL) of partnership and membership pages


def article_about(article, request):
    """The ArticleAbout of an article: cached for published pages, fresh for previews."""
    return cached(
        f"news:about:{article.pk}",
        lambda: _build(article, request),
        tags=[page_tag(article.pk)],
        per_language=False,
        request=request,
    )


def related_for(article, request=None):
    """The cards of an article's "Read also" articles (news.related), marking the part being
    built as showing the articles shown and any article that could now be suggested: one
    joining a category or tag of this one, or a pick's translation. The cards are shared with
    every list, so a correction to a suggested article rebuilds its card once."""
    picked_keys = picked_translation_keys(article)
    add_tags(*(translations_tag(key) for key in picked_keys))
    add_tags(*(category_tag(category.translation_key) for category in article.categories.all()))
    add_tags(*(tagged_tag(tag.pk) for tag in article.tags.all()))
    chosen = related_articles(article, picked_keys)
    return article_cards([(pk, CardStyle(heading="h3")) for pk in chosen], request)


def _build(article, request):
    NewsIndexPage = news_model("NewsIndexPage")

    language = article.locale.language_code
    index = news_index(language)
    add_tags(*(tagged_tag(tag.pk) for tag in article.tags.all()))
    return ArticleAbout(
        categories=localized_categories(article.categories.all(), language),
        tags=[
            (tag.name, index.url + NewsIndexPage.subpage_path("tag", slug=tag.slug) if index else "")
            for tag in article.tags.all()
        ],
        relations=_relation_links(article, request),
    )


def _relation_links(article, request):
    """(title, URL) of the live relation pages the article is about, open to every reader, in
    the article's language, by title. Each is cached apart with its page's tags, so a
    correction to the article, which rebuilds the rest of ArticleAbout, reads none of them."""
    relation_model = article._meta.get_field("relations").related_model
    items = [(article.locale_id, key) for key in article.relations.values_list("translation_key", flat=True)]

    def build_missing(missing):
        keys = [key for _locale, key in missing]
        found = public(relation_model.objects.filter(locale_id=article.locale_id, translation_key__in=keys))
        pages = {page.translation_key: page for page in found}
        return {item: functools.partial(_relation_link, pages.get(item[1]), request) for item in missing}

    links = cached_each(
        "news:relation-link",
        items,
        build_missing,
        # A translation published, moved or withdrawn in the article's language.
        tags_of=lambda item: [translations_tag(item[1])],
        per_language=False,
    )
    return sorted((link for link in links if link is not None), key=lambda link: link[0])


def _relation_link(page, request):
    if page is None:  # no live public translation in this language (yet)
        return None
    add_tags(page_tag(page.pk), address_tag(page.pk))  # its title; its address and who may see it
    return (page.title, page.get_url(request))
