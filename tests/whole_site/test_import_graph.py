"""The shape of the house, read from the code: imports run one way and `portal` names no app.

The graph is built from every import statement of the project's packages, those inside
functions included (an import moved into a function is still a dependency), and from the
`{% load %}`, `{% include %}` and `{% extends %}` tags of portal's templates.
"""

import ast
import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
PACKAGES = ("portal", "news", "memberships", "events", "subscriptions", "accessibility")
APPS = ("news", "memberships", "events", "subscriptions", "accessibility")
# The project files, and Wagtail's admin hooks, which Wagtail looks for at this very place.
PORTAL_TOP_LEVEL = {"__init__.py", "apps.py", "urls.py", "wsgi.py", "wagtail_hooks.py"}
TEMPLATE_TAG = re.compile(r"{%\s*(load|include|extends)\s+(.+?)\s*%}")


def _modules():
    """{dotted module name: path} of every Python module of the project's packages."""
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue  # frozen history: they import what the models were when written
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _imported(module, path, modules):
    """The project modules `module` imports, each named as its own module where it is one."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def known(name):
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    targets = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets.update(known(alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                targets.add(submodule if submodule in modules else known(source))
    return {target for target in targets if target and target != module}


def import_graph():
    modules = _modules()
    return {module: _imported(module, path, modules) for module, path in modules.items()}


def circles(graph):
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    return groups


def test_the_graph_is_read_from_the_code():
    graph = import_graph()
    # A few arrows that exist, so an empty or broken reading fails here rather than passing below.
    assert "portal.caching.fragments" in graph["news.index_and_category_links"]
    assert "news.article_view" in graph["news.models.pages"]
    assert "portal.serving.error_page" in graph["portal.views.errors"]


def test_no_module_imports_itself_through_others():
    assert circles(import_graph()) == []


def test_the_circle_finder_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_portal_imports_no_app():
    offending = {
        module: sorted(target for target in targets if target.split(".")[0] in APPS)
        for module, targets in import_graph().items()
        if module.split(".")[0] == "portal"
    }
    assert {module: targets for module, targets in offending.items() if targets} == {}


def test_portal_templates_load_no_app_tags_and_show_no_app_template():
    app_libraries = {path.stem for app in APPS for path in (ROOT / app / "templatetags").glob("*.py")}
    app_libraries.discard("__init__")
    assert "news_tags" in app_libraries  # the reading works
    named_apps = {*app_libraries, *APPS}
    offending = []
    for template in (ROOT / "portal").rglob("*.html"):
        for tag, argument in TEMPLATE_TAG.findall(template.read_text()):
            names = argument.split() if tag == "load" else [argument.strip("'\"").split("/")[0]]
            offending += [f"{template.relative_to(ROOT)}: {tag} {name}" for name in names if name in named_apps]
    assert offending == []


def test_every_module_of_portal_lives_in_a_named_sub_package():
    loose = {path.name for path in (ROOT / "portal").glob("*.py")} - PORTAL_TOP_LEVEL
    assert loose == set()
