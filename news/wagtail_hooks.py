from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .cache_tags import article_tags, category_tags
from .models import NewsArticlePage, NewsCategory


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "folder-open-inverse"
    menu_label = _("News categories")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


register_snippet(NewsCategoryViewSet)


@hooks.register("register_cache_tags")
def register_cache_tags():
    return [(NewsArticlePage, article_tags), (NewsCategory, category_tags)]
