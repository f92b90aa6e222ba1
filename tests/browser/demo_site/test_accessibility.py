"""Every public page type, in every language, as an anonymous resident's browser sees it.

axe-core (tests/audit/node_modules, installed by `make test-browser`) runs inside the system
Chromium on a phone and a desktop viewport. The same visit records cookies, the hosts the
browser contacted and the bytes of HTML, CSS and JavaScript, so each page is loaded once for
the three checks.
"""

import gzip
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from ..public_pages import AUDIT_DB, KIND_NAMES, Missing, kind, paths_in_every_language

pytestmark = AUDIT_DB

AXE = Path(__file__).resolve().parents[2] / "audit" / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
# HTML, CSS and JavaScript of one page, gzip-compressed as a server would send them; images and fonts aside.
WEIGHT_BUDGET = 60 * 1024
COUNTED_TYPES = {"document", "stylesheet", "script"}

RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 4).map(n => n.target.join(" ") + ": " + n.failureSummary.replace(/\\s+/g, " ")),
  }));
}"""


@dataclass
class Visit:
    """What one anonymous visit to one page showed."""

    language: str
    path: str
    violations: dict = field(default_factory=dict)  # viewport -> axe violations
    cookies: list = field(default_factory=list)
    foreign_requests: list = field(default_factory=list)
    compressed_bytes: dict = field(default_factory=dict)  # url -> gzip size, HTML/CSS/JS only

    @property
    def weight(self):
        return sum(self.compressed_bytes.values())


def _visit(browser, base_url, language, path):
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="pl-PL")
    # Added through DevTools before the page's own code, so the strict CSP does not block it.
    context.add_init_script(path=AXE)
    tab = context.new_page()
    visit = Visit(language, path)
    portal = urlsplit(base_url).netloc

    def on_request(request):
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https") and parts.netloc != portal:
            visit.foreign_requests.append(request.url)

    def on_response(response):
        if response.request.resource_type in COUNTED_TYPES and not 300 <= response.status < 400:
            visit.compressed_bytes[response.url] = len(gzip.compress(response.body(), compresslevel=6))

    tab.on("request", on_request)
    tab.on("response", on_response)
    tab.goto(base_url + path)
    tab.evaluate("document.fonts.ready.then(() => true)")  # fonts are requested after layout
    for name, size in VIEWPORTS.items():
        tab.set_viewport_size(size)
        visit.violations[name] = tab.evaluate(RUN_AXE)
    visit.cookies = context.cookies()
    context.close()
    return visit


@pytest.fixture(scope="module")
def visited():
    return {}  # kind -> list of Visit, or the reason the kind is missing


@pytest.fixture
def visits(request, site, browser, visited):
    """The visits to every page of one kind in every language, made once for its three tests."""
    name = request.node.callspec.params["kind_name"]
    if name not in visited:
        try:
            pages = paths_in_every_language(name)
        except Missing as missing:
            visited[name] = str(missing)
        else:
            visited[name] = [_visit(browser, site.url, language, path) for language, path in pages]
    if isinstance(visited[name], str):
        pytest.skip(visited[name])
    return visited[name]


@pytest.mark.parametrize("kind_name", KIND_NAMES)
def test_page_type_has_no_axe_violations_on_phone_or_desktop(visits, kind_name):
    problems = [
        f"{v.language} {v.path} [{viewport}] {violation['id']} ({violation['impact']}): {violation['help']}\n    "
        + "\n    ".join(violation["nodes"])
        for v in visits
        for viewport, violations in v.violations.items()
        for violation in violations
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind_name", KIND_NAMES)
def test_anonymous_visit_sets_no_cookie_and_contacts_no_other_host(visits, kind_name):
    cookies = [f"{v.path}: {c['name']}" for v in visits for c in v.cookies]
    foreign = [f"{v.path}: {url}" for v in visits for url in v.foreign_requests]
    assert not cookies, f"cookies set: {cookies}"
    assert not foreign, f"requests to other hosts: {foreign}"


@pytest.mark.parametrize("kind_name", KIND_NAMES)
def test_page_html_css_and_javascript_stay_within_60_kb_compressed(visits, kind_name, capsys):
    heaviest = max(visits, key=lambda v: v.weight)
    with capsys.disabled():
        where = f"{heaviest.language} {heaviest.path}"
        print(f"\n  {kind_name}: heaviest {heaviest.weight / 1024:.1f} KB compressed ({where})", end="")
    heavy = {f"{v.language} {v.path}": v.compressed_bytes for v in visits if v.weight > WEIGHT_BUDGET}
    assert not heavy, f"over {WEIGHT_BUDGET} bytes compressed: {heavy}"
    assert all(v.compressed_bytes for v in visits), "no HTML was recorded"


def test_keyboard_user_skips_to_content(site, page):
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(site.url + "/en/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("kind_name", ["home", "partnerships_directory"])
def test_keyboard_reaches_every_control_with_a_visible_focus(site, page, kind_name):
    """Tab through the page: each stop must change what the screen shows, whatever style draws it."""
    try:
        path = kind(kind_name).paths("en")[0]
    except Missing as missing:
        pytest.skip(str(missing))
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(site.url + path)
    page.evaluate("document.fonts.ready.then(() => true)")
    reached, invisible = [], []
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate_handle("document.activeElement")
        label = focused.evaluate(
            """el => [el.closest("nav")?.getAttribute("aria-label") || "",
                      (el.getAttribute("aria-label") || el.textContent || el.name || el.tagName).trim().slice(0, 60)]"""
        )
        if focused.evaluate("el => el === document.body"):  # past the last control
            break
        with_focus = page.screenshot()
        focused.evaluate("el => el.blur()")
        without_focus = page.screenshot()
        focused.evaluate("el => el.focus()")
        reached.append(tuple(label))
        if with_focus == without_focus:
            invisible.append(label[1])
    assert not invisible, f"focus not visible on: {invisible}"
    assert ("Language", "Polski") in reached
    assert ("Language", "Deutsch") in reached
    menu = page.get_by_role("navigation", name="Main").get_by_role("link").all_inner_texts()
    assert [text for nav, text in reached if nav == "Main"] == [text.strip() for text in menu]


def test_printed_page_keeps_the_content_and_drops_the_navigation(site, page):
    page.goto(site.url + "/en/accessibility-statement/")
    page.emulate_media(media="print")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("navigation", name="Language")).to_be_hidden()
    expect(page.locator(".skip-link")).to_be_hidden()
