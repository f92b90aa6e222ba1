"""The news on a language's home page: the top story and the latest articles."""

from .lookups import add_category_links

LATEST_COUNT = 6


def home_articles(language_code):
    """(top story or None, [latest articles]) of a language, in three short queries plus prefetches.

    The top story is the newest article marked as one, else simply the newest article.
    """
    from .models import NewsArticlePage

    published = NewsArticlePage.objects.in_language(language_code).published()
    # Each list is read on its own, newest first along the date index; as subqueries of one
    # statement the planner tested every article of the language against both.
    newest_top_story = list(published.filter(top_story=True).values_list("pk", flat=True)[:1])
    newest = list(published.values_list("pk", flat=True)[: LATEST_COUNT + 1])
    articles = add_category_links(list(published.filter(pk__in=newest_top_story + newest).for_cards()), language_code)

    top_story = next((article for article in articles if article.top_story), articles[0] if articles else None)
    latest = [article for article in articles if article is not top_story][:LATEST_COUNT]
    return top_story, latest
