"""RSS 2.0 and Atom feeds of the news, with each article's picture as Media RSS content."""

from django.http import HttpResponse
from django.utils import feedgenerator

from portal.caching.fragments import cached
from portal.navigation.header_and_footer import footer

from .index_and_category_links import add_category_links
from .seo import share_image

MEDIA_NAMESPACE = "http://search.yahoo.com/mrss/"


class _MediaElements:
    """Adds <media:content> with the picture's alternative text and credit to each item."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        image = item.get("image")
        if image is None:
            return
        handler.startElement(
            "media:content",
            {
                "url": image["url"],
                "medium": "image",
                "type": "image/jpeg",
                "width": str(image["width"]),
                "height": str(image["height"]),
            },
        )
        if image["alt"]:
            handler.addQuickElement("media:description", image["alt"], {"type": "plain"})
        if image["credit"]:
            handler.addQuickElement("media:credit", image["credit"])
        handler.endElement("media:content")


class NewsRssFeed(_MediaElements, feedgenerator.Rss201rev2Feed):
    content_type = "application/rss+xml; charset=utf-8"

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_NAMESPACE}


class NewsAtomFeed(_MediaElements, feedgenerator.Atom1Feed):
    content_type = "application/atom+xml; charset=utf-8"

    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NAMESPACE}


FEED_CLASSES = {"rss": NewsRssFeed, "atom": NewsAtomFeed}


def feed_response(request, *, kind, title, description, link, feed_url, language, articles, tags):
    """The feed of `articles` (a NewsArticlePage queryset, newest first) in the given format.

    Every address is absolute on the host the reader asked for, as feed readers need. Feed
    readers poll often and every reader gets the same document: it is built once per host until
    one of `tags` (what it lists) changes.
    """
    absolute_feed_url = request.build_absolute_uri(feed_url)

    def build():
        return _feed_document(request, kind, title, description, link, absolute_feed_url, language, articles)

    content_type, content = cached(f"news:feed:{absolute_feed_url}", build, tags=tags, per_language=False)
    return HttpResponse(content, content_type=content_type)


def _feed_document(request, kind, title, description, link, feed_url, language, articles):
    publisher = footer(request)["settings"].organisation
    feed = FEED_CLASSES[kind](
        title=title,
        link=request.build_absolute_uri(link),
        description=description,
        language=language,
        feed_url=feed_url,
        author_name=publisher,
    )
    for article in add_category_links(articles.for_cards(), language):
        url = request.build_absolute_uri(article.get_url(request))
        feed.add_item(
            title=article.title,
            link=url,
            description=article.lead,
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=article.display_date,
            updateddate=article.last_updated or article.display_date,
            author_name=article.responsible_unit or publisher,
            categories=[category.name for category in article.category_links],
            image=_feed_image(request, article),
        )
    return feed.content_type, feed.writeString("utf-8")


def _feed_image(request, article):
    image = share_image(article, request)
    if image is not None:
        image["credit"] = article.hero_credit
    return image
