"""`{% cachedpart %}`: a part of a page template, cached with the tags of what it shows.

    {% load cached_parts %}
    {% cachedpart "news:article" page.pk request.get_host tags=article.tags per_language=False %}
      ... markup ...
    {% endcachedpart %}

The positional arguments, joined with ":", name the part; `tags` (one tag or several) says
what it shows; `per_language` (default True) keeps one copy per language; `fresh` (default
False) renders it afresh, for what a reader asks for with free text, which would fill the
cache with copies nobody reads again. The part goes through portal.caching.fragments.cached,
so it follows the portal's rules: it is rebuilt when one of its tags (or of a cached part
used inside it) changes, those tags travel on to the parts and the page around it, and a
preview neither reads nor writes it.

Wagtail's `{% wagtailcache %}` / `{% wagtailpagecache %}` and Django's `{% cache %}` key a
fragment by its name and vary-on values and expire it by time only: they carry no cache tags,
so an edit to a category, a city or a linked article could not reach the fragments showing it.

What the part shows should reach it as lazy values (properties of a small view object,
callables), so that a part served from the cache runs no queries.
"""

from django import template
from django.template.base import token_kwargs
from django.utils.safestring import mark_safe

from ..caching.fragments import cached

register = template.Library()


class CachedPartNode(template.Node):
    def __init__(self, nodelist, name_parts, options):
        self.nodelist = nodelist
        self.name_parts = name_parts
        self.options = options

    def render(self, context):
        name = ":".join(str(part.resolve(context)) for part in self.name_parts)
        options = {option: value.resolve(context) for option, value in self.options.items()}
        if options.get("fresh", False):
            return self.nodelist.render(context)
        tags = options.get("tags") or ()
        if isinstance(tags, str):
            tags = (tags,)
        html = cached(
            name,
            lambda: str(self.nodelist.render(context)),
            tags=tuple(tags),
            per_language=options.get("per_language", True),
            request=context.get("request"),
        )
        return mark_safe(html)  # noqa: S308 (the output of our own templates, escaped as they rendered)


@register.tag
def cachedpart(parser, token):
    """Cache the enclosed markup under a name, until one of its tags changes."""
    bits = token.split_contents()
    tag_name, arguments = bits[0], bits[1:]
    name_parts = []
    while arguments and "=" not in arguments[0]:
        name_parts.append(parser.compile_filter(arguments.pop(0)))
    options = token_kwargs(arguments, parser)
    if arguments:
        raise template.TemplateSyntaxError(f"{tag_name} got arguments it does not know: {' '.join(arguments)}")
    unknown = set(options) - {"tags", "per_language", "fresh"}
    if unknown:
        raise template.TemplateSyntaxError(f"{tag_name} has no option {', '.join(sorted(unknown))}")
    if not name_parts:
        raise template.TemplateSyntaxError(f"{tag_name} needs a name")
    nodelist = parser.parse((f"end{tag_name}",))
    parser.delete_first_token()
    return CachedPartNode(nodelist, name_parts, options)
