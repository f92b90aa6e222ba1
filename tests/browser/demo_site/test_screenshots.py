"""Phone and desktop screenshots of the main pages in every language, saved to screenshots/ (git-ignored).

`make screenshots` runs this module alone; each picture is also a check that the page needs no
sideways scrolling on a 360-pixel phone (WCAG 2.1 reflow).
"""

from pathlib import Path

import pytest

from ..public_pages import AUDIT_DB, KINDS, Missing, languages_of

pytestmark = AUDIT_DB

OUTPUT = Path(__file__).resolve().parents[3] / "screenshots"
DEVICES = {
    "phone": {
        "viewport": {"width": 360, "height": 780},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}


@pytest.mark.parametrize("device", DEVICES)
def test_main_pages_fit_the_screen_and_are_saved_as_screenshots(site, browser, device):
    OUTPUT.mkdir(exist_ok=True)
    context = browser.new_context(**DEVICES[device])
    tab = context.new_page()
    saved, too_wide = [], []
    for page_kind in [k for k in KINDS if k.main or k.screenshot]:
        for language in languages_of(page_kind):
            try:
                path = page_kind.paths(language)[0]
            except Missing:
                continue
            tab.goto(site.url + path)
            tab.evaluate("document.fonts.ready.then(() => true)")
            overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if overflow > 0:
                too_wide.append(f"{language} {path}: {overflow}px")
            # A full-page picture shows what a reader scrolling down would see: load the lazy images too.
            tab.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(img => { img.loading = 'eager'; })")
            tab.wait_for_load_state("networkidle")
            file = OUTPUT / f"{language}-{page_kind.name}-{device}.png"
            tab.screenshot(path=file, full_page=True)
            saved.append(file)
    context.close()
    assert saved, "no page to photograph"
    assert not too_wide, f"wider than the {device} screen: {too_wide}"
