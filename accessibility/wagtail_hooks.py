from wagtail import hooks

from .cache_tags import header_tags
from .header_links import header_section
from .models import EasyReadPage, SignLanguagePage


@hooks.register("register_page_section")
def easy_read_and_sign_language_links_in_the_header():
    return "header", header_section


@hooks.register("register_cache_tags")
def register_cache_tags():
    return [(EasyReadPage, header_tags), (SignLanguagePage, header_tags)]
