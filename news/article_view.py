"""What an article page's template reads, worked out only when a part of the page is built.

The page template caches its parts (portal.templatetags.cached_parts); a part served from the
cache reads nothing here, so it runs no queries. Lookups that are cached parts themselves
(`about`, `news_index`) are asked again by every part that shows them, so that each part
carries their tags.
"""

from django.utils.functional import cached_property

from wagtail.images import get_image_model

from portal.caching.tags import page_tag, record_tag

from .article_links import article_about, related_for
from .index_and_category_links import news_index
from .seo import article_metadata


class ArticleView:
    """An article as its page template shows it."""

    def __init__(self, page, request):
        self.page = page
        self.request = request

    @property
    def tags(self):
        return [page_tag(self.page.pk)]

    @property
    def hero_tags(self):
        """The article's picture alone: its file, focal point and renditions."""
        return [record_tag(get_image_model(), self.page.hero_image_id)]

    @property
    def about(self):
        return article_about(self.page, self.request)

    @property
    def news_index(self):
        return news_index(self.page.locale.language_code)

    @cached_property
    def meta(self):
        return article_metadata(self.page, self.request, self.about)

    @cached_property
    def update_notes(self):
        return sorted(self.page.update_notes.all(), key=lambda note: note.date, reverse=True)

    @cached_property
    def related(self):
        return related_for(self.page, self.request)
