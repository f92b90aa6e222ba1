"""The news on a language's home page: the top story and the latest articles."""

LATEST_COUNT = 6


def home_articles(language_code):
    """(pk of the top story or None, [pks of the latest articles]) of a language, in two short queries.

    The top story is the newest article marked as one, else simply the newest article.
    """
    from .models import NewsArticlePage

    published = NewsArticlePage.objects.in_language(language_code).published()
    # Each list is read on its own, newest first along the date index; as subqueries of one
    # statement the planner tested every article of the language against both.
    newest_top_story = list(published.filter(top_story=True).values_list("pk", flat=True)[:1])
    newest = list(published.values_list("pk", flat=True)[: LATEST_COUNT + 1])
    top_story = (newest_top_story or newest or [None])[0]
    latest = [pk for pk in newest if pk != top_story][:LATEST_COUNT]
    return top_story, latest
