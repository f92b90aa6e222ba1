"""The admin's routes as Django's URL resolver knows them, made concrete with ids of test content.

Nothing here lists Wagtail's routes by hand: every pattern under /admin/ is found by walking
the resolver, and each URL argument is filled from its name (and, for `pk`, `app_label` and
friends, from the route around it). An argument no rule knows makes the route unresolvable;
the matrix test lists those, so a new kind of route shows up instead of being skipped quietly.
"""

import re
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver

ARGUMENT = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>|\(\?P<(?P<regex_name>\w+)>[^)]*\)")


@dataclass
class Route:
    """One URL pattern under /admin/: its full route string, view and argument names."""

    route: str
    callback: object
    arguments: list = field(default_factory=list)
    name: str = ""
    # Views of later patterns with the very same route: Django never reaches them, as the first
    # pattern answers every URL they would, so their URLs are sent once, here.
    shadowed: list = field(default_factory=list)

    @property
    def methods(self):
        """GET, POST and whichever of PUT, PATCH and DELETE the view (or a shadowed one) declares."""
        declared = set().union(*(_declared_methods(callback) for callback in [self.callback, *self.shadowed]))
        return ["GET", "POST", *sorted(declared)]

    def url(self, values):
        """The concrete path, with each argument replaced by `values[name]`."""

        def fill(match):
            return str(values[match.group("name") or match.group("regex_name")])

        path = ARGUMENT.sub(fill, self.route)
        path = path.replace("^", "").replace("$", "").replace("\\.", ".")
        path = re.sub(r"\.\*", "no-such-admin-page", path)
        return "/" + path


def _declared_methods(callback):
    optional = {"PUT", "PATCH", "DELETE"}
    view_class = getattr(callback, "view_class", None) or getattr(callback, "cls", None)
    actions = getattr(callback, "actions", None)  # a REST framework viewset's routing
    if actions:
        return {method.upper() for method in actions} & optional
    return {method for method in optional if hasattr(view_class, method.lower())}


def admin_routes():
    """Every URL pattern whose full route starts with admin/, once per distinct route: a route
    registered twice (Wagtail and wagtail-localize do so) keeps its first view and notes the others."""
    found = {}

    def walk(patterns, prefix):
        for pattern in patterns:
            text = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, text)
            elif isinstance(pattern, URLPattern) and text.startswith("admin/"):
                if text in found:
                    found[text].shadowed.append(pattern.callback)
                    continue
                names = [m.group("name") or m.group("regex_name") for m in ARGUMENT.finditer(text)]
                found[text] = Route(text, pattern.callback, names, pattern.name or "")

    walk(get_resolver().url_patterns, "")
    return list(found.values())
