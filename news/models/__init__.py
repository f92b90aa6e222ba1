from .article_parts import NewsArticleTag, NewsRelatedArticle, NewsUpdateNote
from .categories import NewsCategory
from .pages import NewsArticlePage, NewsIndexPage

__all__ = [
    "NewsArticlePage",
    "NewsArticleTag",
    "NewsCategory",
    "NewsIndexPage",
    "NewsRelatedArticle",
    "NewsUpdateNote",
]
