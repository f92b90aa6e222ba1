"""Every public page type, in every language, as an anonymous resident's browser sees it.

axe-core (tests/audit/node_modules, installed by `make test-browser`) runs inside the system
Chromium on a phone and a desktop viewport, with the rules of WCAG 2.0, 2.1 and 2.2 (levels A
and AA) and axe's best practices. The same visit records cookies, the hosts the browser
contacted and the bytes of HTML, CSS and JavaScript, and measures what WCAG 2.2 adds and axe
cannot see whole: the size of every target (2.5.8), the page at 400% zoom (1.4.10 reflow), drag
handlers (2.5.7) and, on the Polish pages, every keyboard stop against the parts that stay on
screen while the page scrolls (2.4.11); it also reads the header's links to the easy-to-read and
sign-language pages. So each page is loaded once for all the checks.
"""

import gzip
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from accessibility.models import EasyReadPage, SignLanguagePage

from ..public_pages import AUDIT_DB, KIND_NAMES, Missing, kind, paths_in_every_language

pytestmark = AUDIT_DB

AXE = Path(__file__).resolve().parents[2] / "audit" / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
# 1280 × 1024 CSS pixels zoomed to 400%, as WCAG 2.2's reflow criterion measures.
ZOOMED = {"width": 320, "height": 256}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# Keyboard stops followed on one page, more than any page has.
MAX_TAB_STOPS = 150
# HTML, CSS and JavaScript of one page, gzip-compressed as a server would send them; images and fonts aside.
WEIGHT_BUDGET = 60 * 1024
COUNTED_TYPES = {"document", "stylesheet", "script"}

RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {resultTypes: ["violations"], runOnly: {type: "tag", values: tags}});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 4).map(n => n.target.join(" ") + ": " + n.failureSummary.replace(/\\s+/g, " ")),
  }));
}"""


# WCAG 2.5.8: a target is at least 24 × 24 CSS pixels, or a 24-pixel circle on its centre meets no
# other target (nor another small target's circle), or it is a link inside a sentence.
SMALL_TARGETS = """() => {
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, video[controls], [tabindex]";
  const targets = [...document.querySelectorAll(selector)].filter(el => {
    const box = el.getBoundingClientRect();  // checkVisibility: not in a closed <details>, not display: none
    return el.tabIndex >= 0 && el.checkVisibility({visibilityProperty: true}) && box.width > 1 && box.height > 1;
  }).map(el => ({el, box: el.getBoundingClientRect()}));
  const inSentence = el => {
    if (getComputedStyle(el).display !== "inline") return false;
    const block = el.parentElement.closest("p, li, dd, td, th, figcaption, blockquote, label, div");
    return block && block.textContent.trim().length > el.textContent.trim().length;
  };
  const centre = b => [b.x + b.width / 2, b.y + b.height / 2];
  const distanceTo = ([x, y], b) => Math.hypot(Math.max(b.x - x, 0, x - b.right), Math.max(b.y - y, 0, y - b.bottom));
  const small = t => t.box.width < 23.5 || t.box.height < 23.5;
  return targets.filter(t => small(t) && !inSentence(t.el)).filter(t => {
    const c = centre(t.box);
    return targets.some(o => o !== t && !o.el.contains(t.el) && !t.el.contains(o.el) &&
      (distanceTo(c, o.box) < 12 || (small(o) && Math.hypot(c[0] - centre(o.box)[0], c[1] - centre(o.box)[1]) < 24)));
  }).map(t => `${t.el.tagName.toLowerCase()} "${(t.el.textContent || t.el.name || "").trim().slice(0, 40)}" `
    + `${Math.round(t.box.width)}×${Math.round(t.box.height)}`);
}"""

# WCAG 2.4.11: the focused element is not hidden under a part that stays on screen as the page
# scrolls (a sticky header, a fixed bar): a stop counts as hidden when what the browser paints at
# the middle of the element belongs to a fixed or sticky part.
FOCUS_UNDER_FIXED_PARTS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const name = el.getAttribute("aria-label") || el.textContent || el.name || "";
  const label = `${el.tagName.toLowerCase()} "${name.trim().slice(0, 40)}"`;
  const staysOnScreen = node => {
    for (let part = node; part && part !== document.body; part = part.parentElement) {
      const position = getComputedStyle(part).position;
      if (position === "fixed" || position === "sticky") return part;
    }
    return null;
  };
  const box = el.getBoundingClientRect();
  const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  const part = top && !el.contains(top) ? staysOnScreen(top) : null;
  const partName = part && `${part.tagName.toLowerCase()}.${String(part.className).split(" ")[0]}`;
  const covering = part && !part.contains(el) ? [partName] : [];
  return {label, covering, first: el.dataset.tabVisited === "1"};
}"""

# WCAG 2.5.7: recorded before the page's own scripts run, so any drag or pointer-move handler shows.
RECORD_DRAG_HANDLERS = """(() => {
  const seen = window.__dragHandlers = [];
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (/^(drag|pointermove|mousemove|touchmove)/.test(type)) {
      seen.push(`${type} on ${this.tagName || this.constructor.name}`);
    }
    return add.call(this, type, ...rest);
  };
})()"""
DRAG_ONLY = """() => [
  ...window.__dragHandlers,
  ...[...document.querySelectorAll("[draggable=true], [ondrag], [ondragstart], [onpointermove], [onmousemove]")]
    .map(el => "draggable " + el.tagName.toLowerCase()),
]"""

HEADER_LINKS = """() => [...document.querySelectorAll("header nav.header-links a")].map(a => ({
  name: a.textContent.trim(), href: a.getAttribute("href"),
  icon: !!a.querySelector("svg[aria-hidden=true]"), width: a.getBoundingClientRect().width,
}))"""


@dataclass
class Visit:
    """What one anonymous visit to one page showed."""

    language: str
    path: str
    violations: dict = field(default_factory=dict)  # viewport -> axe violations
    cookies: list = field(default_factory=list)
    foreign_requests: list = field(default_factory=list)
    compressed_bytes: dict = field(default_factory=dict)  # url -> gzip size, HTML/CSS/JS only
    small_targets: dict = field(default_factory=dict)  # viewport -> targets under 24 px without the spacing
    zoomed_overflow: int = 0  # CSS pixels of sideways scrolling at 400% zoom
    zoomed_too_wide: list = field(default_factory=list)  # the innermost elements reaching past the edge
    hidden_focus: list = field(default_factory=list)  # keyboard stops under a fixed or sticky part
    tab_stops: int = 0
    drag_handlers: list = field(default_factory=list)
    header_links: list = field(default_factory=list)

    @property
    def weight(self):
        return sum(self.compressed_bytes.values())


# What reaches past the right edge: the innermost such elements, named by tag, class and text.
TOO_WIDE = """() => {
  const edge = document.documentElement.clientWidth;
  const wide = [...document.body.querySelectorAll("*")].filter(e => e.getBoundingClientRect().right > edge + 1);
  return wide.filter(e => ![...e.children].some(c => wide.includes(c))).slice(0, 5)
    .map(e => `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent || "").trim().slice(0, 40)}"`);
}"""


def _visit(browser, base_url, language, path):
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="pl-PL")
    # Added through DevTools before the page's own code, so the strict CSP does not block it.
    context.add_init_script(path=AXE)
    context.add_init_script(RECORD_DRAG_HANDLERS)
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
        visit.violations[name] = tab.evaluate(RUN_AXE, AXE_TAGS)
        visit.small_targets[name] = tab.evaluate(SMALL_TARGETS)
    visit.drag_handlers = tab.evaluate(DRAG_ONLY)
    visit.header_links = tab.evaluate(HEADER_LINKS)
    tab.set_viewport_size(ZOOMED)
    visit.zoomed_overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if visit.zoomed_overflow > 0:
        visit.zoomed_too_wide = tab.evaluate(TOO_WIDE)
    if language == "pl":
        tab.set_viewport_size(VIEWPORTS["phone"])
        _follow_the_keyboard(tab, visit)
    visit.cookies = context.cookies()
    context.close()
    return visit


def _follow_the_keyboard(tab, visit):
    """Tab through the whole page from the top, then Shift+Tab back up, noting every stop that a
    fixed or sticky part covers: going forward the browser brings a control in from below, going
    back from above, where a header would sit."""
    tab.evaluate("window.scrollTo(0, 0)")
    for _ in range(MAX_TAB_STOPS):
        tab.keyboard.press("Tab")
        stop = tab.evaluate(FOCUS_UNDER_FIXED_PARTS)
        if stop is None or stop["first"]:  # past the last control, or round to the first again
            break
        tab.evaluate("document.activeElement.dataset.tabVisited = '1'")
        visit.tab_stops += 1
        if stop["covering"]:
            visit.hidden_focus.append(f"{stop['label']} under {', '.join(stop['covering'])}")
    for _ in range(visit.tab_stops):
        tab.keyboard.press("Shift+Tab")
        stop = tab.evaluate(FOCUS_UNDER_FIXED_PARTS)
        if stop is None:
            break
        if stop["covering"]:
            visit.hidden_focus.append(f"{stop['label']} under {', '.join(stop['covering'])} (going back)")


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


@pytest.mark.parametrize("kind_name", KIND_NAMES)
def test_targets_are_24_pixels_or_spaced_out_and_nothing_needs_dragging(visits, kind_name):
    small = [
        f"{v.language} {v.path} [{viewport}] {target}"
        for v in visits
        for viewport, targets in v.small_targets.items()
        for target in targets
    ]
    assert not small, "targets under 24 × 24 CSS px with a neighbour too close:\n" + "\n".join(small)
    dragging = [f"{v.language} {v.path}: {handler}" for v in visits for handler in v.drag_handlers]
    assert not dragging, f"drag or pointer-move handlers (give each a single-pointer alternative): {dragging}"


@pytest.mark.parametrize("kind_name", KIND_NAMES)
def test_page_reflows_at_400_percent_zoom_without_sideways_scrolling(visits, kind_name):
    too_wide = {
        f"{v.language} {v.path}": f"{v.zoomed_overflow}px: {v.zoomed_too_wide}" for v in visits if v.zoomed_overflow > 0
    }
    assert not too_wide, f"sideways scrolling at 320 CSS px: {too_wide}"


@pytest.mark.parametrize("kind_name", KIND_NAMES)
def test_keyboard_focus_is_never_hidden_under_a_part_that_stays_on_screen(visits, kind_name):
    polish = [v for v in visits if v.language == "pl"]
    assert polish and all(v.tab_stops >= 10 for v in polish), [(v.path, v.tab_stops) for v in polish]
    hidden = [f"{v.path}: {stop}" for v in polish for stop in v.hidden_focus]
    assert not hidden, "focus hidden:\n" + "\n".join(hidden)


# The header's links in each language of the demo: Polish has both pages, English and German
# only an easy-to-read one, so their headers name no sign-language page.
HEADER_LINK_NAMES = {
    "pl": ["Tekst łatwy do czytania", "Polski język migowy"],
    "en": ["Easy read"],
    "de": ["Leichte Sprache"],
}


@pytest.mark.parametrize("kind_name", KIND_NAMES)
def test_header_links_to_easy_read_and_sign_language_where_the_language_has_them(visits, kind_name):
    for v in visits:
        expected_urls = [
            page.url
            for model in (EasyReadPage, SignLanguagePage)
            for page in model.objects.live().filter(locale__language_code=v.language)
        ]
        assert [link["name"] for link in v.header_links] == HEADER_LINK_NAMES[v.language], v.path
        assert [link["href"] for link in v.header_links] == expected_urls, v.path
        assert all(link["icon"] and link["width"] >= 24 for link in v.header_links), v.header_links


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
