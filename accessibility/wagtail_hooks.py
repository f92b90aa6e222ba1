from wagtail import hooks

from .header_links import header_section


@hooks.register("register_page_section")
def easy_read_and_sign_language_links_in_the_header():
    return "header", header_section
