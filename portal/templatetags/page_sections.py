"""`{% page_sections "home" page %}`: the sections apps add to a page (portal.pages.sections)."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from ..pages.sections import sections

register = template.Library()


@register.simple_tag(takes_context=True)
def page_sections(context, place, page=None):
    html = [conditional_escape(render(context, page)) for render in sections(place)]
    return mark_safe("".join(html))  # noqa: S308 (each part is escaped unless its app marked it safe)
