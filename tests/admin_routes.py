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

    @property
    def methods(self):
        """GET, POST and whichever of PUT, PATCH and DELETE the view declares."""
        optional = {"PUT", "PATCH", "DELETE"}
        view_class = getattr(self.callback, "view_class", None) or getattr(self.callback, "cls", None)
        actions = getattr(self.callback, "actions", None)  # a REST framework viewset's routing
        if actions:
            declared = {method.upper() for method in actions} & optional
        else:
            declared = {method for method in optional if hasattr(view_class, method.lower())}
        extra = sorted(declared)
        return ["GET", "POST", *extra]

    def url(self, values):
        """The concrete path, with each argument replaced by `values[name]`."""

        def fill(match):
            return str(values[match.group("name") or match.group("regex_name")])

        path = ARGUMENT.sub(fill, self.route)
        path = path.replace("^", "").replace("$", "").replace("\\.", ".")
        path = re.sub(r"\.\*", "no-such-admin-page", path)
        return "/" + path


def admin_routes():
    """Every URL pattern whose full route starts with admin/."""
    found = []

    def walk(patterns, prefix):
        for pattern in patterns:
            text = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, text)
            elif isinstance(pattern, URLPattern) and text.startswith("admin/"):
                names = [m.group("name") or m.group("regex_name") for m in ARGUMENT.finditer(text)]
                found.append(Route(text, pattern.callback, names, pattern.name or ""))

    walk(get_resolver().url_patterns, "")
    return found
