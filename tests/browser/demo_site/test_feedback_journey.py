"""A resident reads a Polish article, answers “Nie” to “Czy ta strona była przydatna?” with a
comment, is thanked in Polish and goes back to the article.

The answer is the only row this journey adds to the shared demo site, and no page shows it.
"""

from pathlib import Path

from playwright.sync_api import expect

from portal.feedback.models import FeedbackAnswer

from ..public_pages import AUDIT_DB

pytestmark = AUDIT_DB

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
ARTICLE = "/pl/aktualnosci/35-lat-od-pierwszego-wniosku-do-eurocities/"
COMMENT = "Brakuje informacji, jak skończyło się pierwsze członkostwo."


def test_a_resident_says_an_article_was_not_useful_and_why_in_polish(site, page, settings):
    # The timing check counts from when the cached copy was rendered; a script types faster
    # than any resident, so the journey does without it (tests/feedback test the check).
    settings.FEEDBACK_MIN_SECONDS = 0
    page.goto(site.url + ARTICLE)
    feedback = page.locator("#page-feedback")
    expect(feedback.get_by_role("heading", name="Czy ta strona była przydatna?")).to_be_visible()
    expect(feedback.get_by_label("Co było nie tak? (nieobowiązkowo)")).to_be_hidden()

    feedback.get_by_text("Nie", exact=True).click()
    feedback.get_by_label("Co było nie tak? (nieobowiązkowo)").fill(COMMENT)
    SCREENSHOTS.mkdir(exist_ok=True)
    feedback.screenshot(path=SCREENSHOTS / "feedback-pl-answer.png")
    feedback.get_by_role("button", name="Wyślij: strona nie była przydatna").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Dziękujemy za odpowiedź")
    page.screenshot(path=SCREENSHOTS / "feedback-pl-thanks.png")
    stored = FeedbackAnswer.objects.get(comment=COMMENT)
    assert (stored.language, stored.useful, stored.page.url) == ("pl", False, ARTICLE)
    assert page.context.cookies() == []

    page.get_by_role("link", name="Wróć do strony").click()
    expect(page).to_have_url(site.url + ARTICLE)
    assert page.console_errors == []
