"""Article cards, each cached apart and shared by every list that shows the article.

The listing, its category, tag and archive views, the home page and every "Read also" box
show the same card of an article. Cached once per article (and style and language), a
publication that changes one article's card rebuilds that card once; the lists around it
rebuild from cards already cached, without loading or rendering the other articles.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation

from portal.caching.fragments import cached_each
from portal.caching.tags import page_tag

from .index_and_category_links import category_links, localized_categories
from .models_by_name import news_model

CARD_TEMPLATE = "news/includes/article_card.html"


@dataclass(frozen=True)
class CardStyle:
    """How a list shows a card (see the card template)."""

    heading: str = "h2"
    featured: bool = False
    compact: bool = False

    def __str__(self):
        return f"{self.heading}{'-featured' if self.featured else ''}{'-compact' if self.compact else ''}"


def article_cards(pks_and_styles, request=None):
    """The HTML of each (article pk, CardStyle) card, in order, in the current language.

    Cards of articles that are no longer live are left out."""
    NewsArticlePage = news_model("NewsArticlePage")

    language = translation.get_language()

    def build_missing(missing):
        wanted = {pk for pk, _style in missing}
        articles = {article.pk: article for article in NewsArticlePage.objects.filter(pk__in=wanted).for_cards()}
        links = category_links(language)
        return {
            (pk, style): _card_builder(articles[pk], style, links, request) for pk, style in missing if pk in articles
        }

    return cached_each(
        "news:card",
        [(pk, style) for pk, style in pks_and_styles],
        build_missing,
        tags_of=lambda item: [page_tag(item[0])],
        request=request,
    )


def _card_builder(article, style, links, request):
    def build():
        article.category_links = localized_categories(article.categories.all(), links=links)
        context = {
            "article": article,
            "heading": style.heading,
            "featured": style.featured,
            "compact": style.compact,
            "request": request,  # for the page's address; a card needs no context processor
        }
        return render_to_string(CARD_TEMPLATE, context)

    return build
