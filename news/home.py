"""The news on a language's home page: the top story and the latest articles.

Registered as sections of the home page (portal.pages.sections, news.wagtail_hooks), so the
portal's home template names no app.
"""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.functional import cached_property

from portal.caching.tags import pages_tag

from .cards import CardStyle, article_cards
from .index_and_category_links import news_index
from .models_by_name import news_model

LATEST_COUNT = 6


def home_articles(language_code):
    """(pk of the top story or None, [pks of the latest articles]) of a language, in two short queries.

    The top story is the newest article marked as one, else simply the newest article.
    """
    NewsArticlePage = news_model("NewsArticlePage")

    published = NewsArticlePage.objects.in_language(language_code).published()
    # Each list is read on its own, newest first along the date index; as subqueries of one
    # statement the planner tested every article of the language against both.
    newest_top_story = list(published.filter(top_story=True).values_list("pk", flat=True)[:1])
    newest = list(published.values_list("pk", flat=True)[: LATEST_COUNT + 1])
    top_story = (newest_top_story or newest or [None])[0]
    latest = [pk for pk in newest if pk != top_story][:LATEST_COUNT]
    return top_story, latest


class HomeNews:
    """The news of the reader's language on its home page, read only when the part is built."""

    def __init__(self, language, request):
        self.language = language
        self.request = request
        self.tags = [pages_tag(news_model("NewsArticlePage"), language)]

    @cached_property
    def index(self):
        return news_index(self.language)

    @cached_property
    def _cards(self):
        """(the top story's card or None, [the latest articles' cards])."""
        top_story, latest = home_articles(self.language)
        styles = [(pk, CardStyle(heading="h4", compact=True)) for pk in latest]
        if top_story is not None:
            styles.insert(0, (top_story, CardStyle(heading="h3", featured=True)))
        cards = article_cards(styles, self.request)
        if top_story is None or len(cards) < len(styles):
            return None, cards  # nothing published, or the top story went offline meanwhile
        return cards[0], cards[1:]

    @property
    def top_story(self):
        return self._cards[0]

    @property
    def latest(self):
        return self._cards[1]


def home_head(context, page):
    """The newsroom's style sheet and the reader's language's news feeds, in the home page's head."""
    return render_to_string("news/includes/home_head.html", {"request": context.get("request")})


def home_section(context, page):
    """The top story and the latest articles of the reader's language; the template keeps them
    until an article of that language is published, unpublished, moved or deleted."""
    request = context.get("request")
    return render_to_string(
        "news/includes/home_sections.html", {"request": request, "home": HomeNews(translation.get_language(), request)}
    )
