"""Every URL the Wagtail admin answers, found in Django's URL resolver, as concrete paths.

Patterns come from the resolver itself, so a route added later by Wagtail or a plugin is
included without editing any test. Parameters get a sample value that fits their pattern
well enough to be a real URL (an id of 1, a slug "x"); whether the object exists does not
matter to checks that must refuse before any view runs.
"""

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.regex_helper import normalize

# What a signed-in user who still owes a second factor may open: the steps, login, logout,
# and what those pages load.
OPEN_BEFORE_SECOND_FACTOR = {
    "/admin/login/",
    "/admin/logout/",
    "/admin/sprite/",
    "/admin/jsi18n/",
    "/admin/two-factor/",
    "/admin/two-factor/set-up/",
    "/admin/two-factor/recovery-codes/",
}
SAMPLE_VALUES = {"uuid": "00000000-0000-0000-0000-000000000001"}


def admin_paths():
    """Sorted, distinct paths under the admin root, one per route pattern."""
    root = reverse("wagtailadmin_home")
    paths = {path for path in _walk(get_resolver().url_patterns, "/") if path.startswith(root)}
    return sorted(paths)


def _walk(patterns, prefix):
    for pattern in patterns:
        for shape in _shapes(pattern.pattern):
            if isinstance(pattern, URLResolver):
                yield from _walk(pattern.url_patterns, prefix + shape)
            elif isinstance(pattern, URLPattern):
                yield prefix + shape


def _shapes(pattern):
    """Concrete strings for one pattern: each normalised form with its parameters filled in."""
    converters = getattr(pattern, "converters", {})
    for template, params in normalize(pattern.regex.pattern):
        values = {name: _sample(converters.get(name)) for name in params}
        yield template % values


def _sample(converter):
    name = type(converter).__name__.lower().replace("converter", "") if converter else ""
    return SAMPLE_VALUES.get(name, "1")
