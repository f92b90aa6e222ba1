from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import home
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


@hooks.register("register_page_section")
def newsroom_style_and_feeds_in_the_home_page_head():
    return "home_head", home.home_head


@hooks.register("register_page_section")
def top_story_and_latest_news_on_the_home_page():
    return "home", home.home_section
