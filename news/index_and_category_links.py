"""Per-language facts many newsroom pages show, cached until the pages or categories they show change."""

from dataclasses import dataclass

from django.utils import translation

from portal.caching.fragments import cached
from portal.caching.tags import add_tags, model_tag, page_tag, pages_tag
from portal.pages.queries import public

from .cache_tags import category_name_tag
from .models_by_name import news_model


@dataclass(frozen=True)
class NewsIndexLink:
    """Where a language's news listing and its feeds are."""

    pk: int
    title: str
    url: str
    rss_url: str
    atom_url: str


@dataclass(frozen=True)
class CategoryLink:
    """A category in one language, with the address of its filtered listing."""

    translation_key: object
    name: str
    slug: str
    description: str
    url: str
    rss_url: str
    atom_url: str


def news_index(language_code=None):
    """The live, public news listing of a language (the current one by default), or None."""
    NewsIndexPage = news_model("NewsIndexPage")

    language_code = language_code or translation.get_language()

    def build():
        index = public(NewsIndexPage.objects.filter(locale__language_code=language_code)).order_by("path").first()
        if index is None:
            return None
        add_tags(page_tag(index.pk))
        return NewsIndexLink(
            pk=index.pk,
            title=index.title,
            url=index.url,
            rss_url=index.url + index.reverse_subpage("feed", kwargs={"kind": "rss"}),
            atom_url=index.url + index.reverse_subpage("feed", kwargs={"kind": "atom"}),
        )

    return cached(
        f"news:index:{language_code}", build, tags=[pages_tag(NewsIndexPage, language_code)], per_language=False
    )


def category_links(language_code=None):
    """{translation key: CategoryLink} of the categories of a language, in name order.

    Callers show some of them: they tag what they show (localized_categories), or the
    categories' model tag when they show them all."""
    NewsCategory = news_model("NewsCategory")
    NewsIndexPage = news_model("NewsIndexPage")

    language_code = language_code or translation.get_language()

    def build():
        index = news_index(language_code)
        links = {}
        for category in NewsCategory.objects.filter(locale__language_code=language_code).order_by("name", "pk"):
            url = rss_url = atom_url = ""
            if index is not None:
                url = index.url + NewsIndexPage.category_path(category.slug)
                rss_url = index.url + NewsIndexPage.category_path(category.slug, feed="rss")
                atom_url = index.url + NewsIndexPage.category_path(category.slug, feed="atom")
            links[category.translation_key] = CategoryLink(
                translation_key=category.translation_key,
                name=category.name,
                slug=category.slug,
                description=category.description,
                url=url,
                rss_url=rss_url,
                atom_url=atom_url,
            )
        return links

    return cached(
        f"news:categories:{language_code}",
        build,
        tags=[model_tag(NewsCategory), pages_tag(NewsIndexPage, language_code)],
        per_language=False,
        propagate=False,
    )


def localized_categories(categories, language_code=None, links=None):
    """The given categories (of any language) as CategoryLinks of one language, in name order.

    Articles copied for translation keep pointing at the source language's categories;
    matching by translation key shows readers the ones of their own language.
    """
    links = links if links is not None else category_links(language_code)
    keys = {category.translation_key for category in categories}
    add_tags(*(category_name_tag(key) for key in keys))
    return [link for key, link in links.items() if key in keys]


def add_category_links(articles, language_code=None):
    """Set `category_links` on each article (with prefetched categories) for its card."""
    links = category_links(language_code)
    for article in articles:
        article.category_links = localized_categories(article.categories.all(), links=links)
    return articles
