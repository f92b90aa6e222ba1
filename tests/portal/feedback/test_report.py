"""Editors-in-chief read the answers in the admin: listed, filtered by section, summed up, marked handled."""

import pytest

from django.urls import reverse

from portal.feedback.models import FeedbackAnswer
from portal.models import StandardPage
from tests.builders import add_page, home
from tests.editors import client_for
from tests.news.builders import article, news_index

from .answering import answer, token_on

pytestmark = pytest.mark.django_db

LISTING = reverse("wagtailsnippets_portal_feedbackanswer:list")
SUMMARY = reverse("portal_feedback_summary")
COMMENT = "Brakuje godzin kursowania tramwajów nocnych."


def listed(response):
    """The listing's table body: the answers shown, without the filter's choices."""
    html = response.content.decode()
    assert response.status_code == 200
    start = html.find('<table class="listing')
    return html[start : html.index("</table>", start)] if start >= 0 else ""


@pytest.fixture
def answered(client, clock):
    """A "no" with a comment on a Polish article, a "yes" on an English page, a "no" on the Polish home page."""
    story = article("Nocne tramwaje na Rynku", language="pl")
    about = add_page(home("en"), StandardPage, title="About the city", locale=home("en").locale)
    tokens = {page: token_on(client.get(page.url)) for page in (story, about, home("pl"))}
    clock.advance(30)
    assert answer(client, tokens[story], useful="no", comment=COMMENT).status_code == 303
    assert answer(client, tokens[about], useful="yes", language="en", address="192.0.2.20").status_code == 303
    assert answer(client, tokens[home("pl")], useful="no", address="192.0.2.30").status_code == 303
    return story, about


def test_a_no_with_a_comment_on_an_article_reaches_the_admin_report(answered):
    story, about = answered
    moderator = client_for("Moderators")

    everything = listed(moderator.get(LISTING))
    news = listed(moderator.get(LISTING, {"section": news_index("pl").pk}))
    english = listed(moderator.get(LISTING, {"language": "en"}))

    assert COMMENT in everything and "About the city" in everything
    assert COMMENT in news and "About the city" not in news
    assert "About the city" in english and COMMENT not in english
    answer_row = FeedbackAnswer.objects.get(page=story)
    inspect = moderator.get(reverse("wagtailsnippets_portal_feedbackanswer:inspect", args=[answer_row.pk]))
    assert COMMENT in inspect.content.decode()


def test_the_summary_counts_yes_and_no_per_section(answered):
    html = client_for("Moderators").get(SUMMARY).content.decode()

    rows = {row.split("</th>")[0]: row for row in html.split('<th scope="row">')[1:]}
    news_row = next(row for name, row in rows.items() if "Aktualności (pl)" in name)
    english_row = next(row for name, row in rows.items() if "About the city (en)" in name)
    home_row = next(row for name, row in rows.items() if f"{home('pl').title} (pl)" in name)
    cells = lambda row: [cell.split("</td>")[0] for cell in row.split("<td>")[1:]]  # noqa: E731
    assert cells(news_row) == ["0", "1", "0%", "1"]
    assert cells(english_row) == ["1", "0", "100%", "0"]
    assert cells(home_row) == ["0", "1", "0%", "0"]  # a "no" without comment waits for nothing


def test_a_moderator_marks_an_answer_handled_and_it_leaves_the_open_list(answered):
    story, _about = answered
    moderator = client_for("Moderators")
    answer_row = FeedbackAnswer.objects.get(page=story)

    response = moderator.post(
        reverse("wagtailsnippets_portal_feedbackanswer:edit", args=[answer_row.pk]), {"handled": "on"}
    )

    assert response.status_code == 302
    answer_row.refresh_from_db()
    assert answer_row.handled and answer_row.comment == COMMENT  # the resident's words stay as written
    assert COMMENT not in listed(moderator.get(LISTING, {"handled": "false"}))
    assert COMMENT in listed(moderator.get(LISTING, {"handled": "true"}))


ROLES = {
    # role: may read (listing, summary, an answer) and mark handled
    "anonymous": False,
    "Editors": False,
    "Translators": False,
    "Emergency publishers": False,
    "Moderators": True,
    "superuser": True,
}


@pytest.mark.parametrize("role", ROLES)
def test_every_role_reaches_the_report_only_as_its_rights_say(answered, role):
    story, _about = answered
    answer_row = FeedbackAnswer.objects.get(page=story)
    client = client_for(role)
    reading = [
        LISTING,
        SUMMARY,
        reverse("wagtailsnippets_portal_feedbackanswer:inspect", args=[answer_row.pk]),
        reverse("wagtailsnippets_portal_feedbackanswer:edit", args=[answer_row.pk]),
    ]

    for url in reading:
        response = client.get(url)
        if ROLES[role]:
            assert response.status_code == 200, url
        else:
            assert response.status_code in (302, 403), (url, response.status_code)
            assert COMMENT not in response.content.decode()
    marking = client.post(
        reverse("wagtailsnippets_portal_feedbackanswer:edit", args=[answer_row.pk]), {"handled": "on"}
    )
    answer_row.refresh_from_db()
    assert answer_row.handled is ROLES[role], marking.status_code
    # Wagtail's bulk delete confirmation would name the answers, its chooser list them.
    bulk = client.get(f"/admin/bulk/portal/feedbackanswer/delete/?id={answer_row.pk}")
    assert (bulk.status_code == 200) is ROLES[role], bulk.status_code
    assert (story.title in bulk.content.decode()) is ROLES[role]
    assert client.get("/admin/snippets/choose/portal/feedbackanswer/").status_code in (302, 404)
    # Nobody, a superuser included, makes up an answer in the admin.
    assert client.get(reverse("wagtailsnippets_portal_feedbackanswer:add")).status_code in (302, 403)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert (SUMMARY in menu) is ROLES[role]


def test_the_csv_export_holds_the_comments_and_no_formula_runs_from_one(answered):
    story, _about = answered
    FeedbackAnswer.objects.create(page=story, language="pl", useful=False, comment='=HYPERLINK("http://x")')

    response = client_for("Moderators").get(LISTING, {"export": "csv"})

    exported = b"".join(response.streaming_content).decode()
    assert response["Content-Type"] == "text/csv"
    assert COMMENT in exported
    assert "'=HYPERLINK" in exported and ",=HYPERLINK" not in exported
