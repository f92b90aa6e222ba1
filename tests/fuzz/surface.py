"""Discovery: the routes of the URL configuration and the page tree, then every link and GET form
reachable from them, give the fuzzer its paths, parameter names and real values."""

from collections import deque
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlsplit

from hypothesis import strategies as st

from . import html, routes
from .probe import REPORT

SKIPPED_PREFIXES = ("/admin", "/static/", "/media/", "//")
MAX_CRAWLED = 400


@dataclass
class Surface:
    paths: list = field(default_factory=list)  # concrete addresses found by crawling
    routes: list = field(default_factory=list)  # routes.Route, to generate addresses from
    parameters: dict = field(default_factory=dict)  # query parameter name -> the values the site offers
    values: set = field(default_factory=set)  # every value seen, and path segments


def discover(probe, extra_values=()):
    """Crawl the site from every page and every route without parameters."""
    surface = Surface(routes=routes.url_routes() + routes.routable_routes())
    surface.values.update(extra_values)
    seeds = routes.page_paths() + [
        "/" + "".join(part or "en/" for part in route.parts).replace("^", "").replace(r"\Z", "")
        for route in surface.routes
        if all(part is None or _plain(part) for part in route.parts)
    ]
    queue, seen = deque(seeds), set(seeds)
    while queue and len(surface.paths) < MAX_CRAWLED:
        address = queue.popleft()
        response = probe.get(address, cold=True)
        surface.paths.append(address)
        REPORT.paths.add(urlsplit(address).path)
        if "html" not in response.get("Content-Type", ""):
            continue
        page = html.read(response.content.decode("utf-8", "replace"))
        for link in page.links:
            found = _local(link)
            if found and found not in seen:
                seen.add(found)
                queue.append(found)
        for form in page.forms:
            if form.method == "get":
                for name, offered in form.fields.items():
                    surface.parameters.setdefault(name, set()).update(offered)
    for address in surface.paths:
        for name, value in parse_qsl(urlsplit(address).query, keep_blank_values=True):
            surface.parameters.setdefault(name, set()).add(value)
    for offered in surface.parameters.values():
        surface.values.update(offered)
    surface.values.update(segment for address in surface.paths for segment in address.split("/") if segment)
    REPORT.parameters.update(surface.parameters)
    return surface


def _plain(part):
    """A regex with no parameters: the route has exactly one address."""
    body = part.removeprefix("^").removesuffix(r"\Z")
    return not any(character in body for character in "()[]*+?\\|{}")


def _local(link):
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.path.startswith(SKIPPED_PREFIXES):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@st.composite
def generated_path(draw, route_list):
    """An address matching one of the routes, its parameters generated from the route's regex."""
    route = draw(st.sampled_from(route_list))
    pieces = [
        draw(st.sampled_from(routes.LANGUAGE_PREFIXES)) if part is None else draw(st.from_regex(part, fullmatch=True))
        for part in route.parts
    ]
    REPORT.routes.add(route.name)
    return quote("/" + "".join(pieces), safe="/")
