"""A resident answers “Was this page useful?”: stored without cookies or addresses, pages still cached."""

import pytest

from django.db import connection

from portal.feedback.models import FeedbackAnswer
from portal.models import StandardPage
from tests.builders import add_page, home
from tests.news.builders import article

from .answering import answer, token_on

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    return article("Nocne tramwaje na Rynku", language="pl")


def test_a_no_with_a_comment_is_stored_with_its_page_and_language_only(client, clock, story):
    token = token_on(client.get(story.url))
    clock.advance(30)

    response = answer(client, token, useful="no", comment="Brakuje godzin kursowania.")

    assert response.status_code == 303
    assert response["Location"] == f"/pl/feedback/thanks/{story.pk}/"
    stored = FeedbackAnswer.objects.get()
    assert (stored.page_id, stored.language, stored.useful, stored.comment, stored.handled) == (
        story.pk,
        "pl",
        False,
        "Brakuje godzin kursowania.",
        False,
    )
    columns = {
        column.name
        for column in connection.introspection.get_table_description(connection.cursor(), FeedbackAnswer._meta.db_table)
    }
    assert columns == {"id", "page_id", "language", "useful", "comment", "created", "handled"}


def test_the_thanks_page_speaks_the_readers_language_and_leads_back(client, clock, story):
    token = token_on(client.get(story.url))
    clock.advance(30)
    thanks = client.get(answer(client, token, useful="yes", comment="ignored")["Location"])

    assert thanks.status_code == 200
    assert "Dziękujemy za odpowiedź" in thanks.content.decode()
    assert f'href="{story.url}"' in thanks.content.decode()
    assert FeedbackAnswer.objects.get().comment == ""  # only a "no" says what was wrong


def test_reading_answering_and_being_thanked_set_no_cookie_and_the_page_stays_cached(client, clock, story):
    first = client.get(story.url)
    again = client.get(story.url)
    clock.advance(30)
    posted = answer(client, token_on(first), comment="Za mało szczegółów.")
    thanks = client.get(posted["Location"])

    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
    assert token_on(again) == token_on(first)  # one form for every reader of the cached copy
    for response in (first, again, posted, thanks):
        assert "Set-Cookie" not in response, response.get("Set-Cookie")
        assert not response.cookies
    assert FeedbackAnswer.objects.count() == 1


def test_every_language_asks_in_its_own_words(client):
    questions = {
        "pl": "Czy ta strona była przydatna?",
        "en": "Was this page useful?",
        "de": "War diese Seite hilfreich?",
    }
    for language, question in questions.items():
        page = add_page(home(language), StandardPage, title=f"Strona {language}", locale=home(language).locale)
        html = client.get(page.url).content.decode()
        assert f'action="/{language}/feedback/"' in html
        assert question in html


def test_a_filled_honeypot_is_refused_and_not_stored(client, clock, story):
    token = token_on(client.get(story.url))
    clock.advance(30)

    response = answer(client, token, website="http://spam.example")

    assert response.status_code == 400
    assert "Twoja odpowiedź nie została zapisana" in response.content.decode()
    assert not FeedbackAnswer.objects.exists()


def test_an_answer_sent_at_once_is_refused_and_the_same_form_counts_a_moment_later(client, clock, story):
    token = token_on(client.get(story.url))

    too_soon = answer(client, token, comment="Nie działa link.")

    assert too_soon.status_code == 400
    assert not FeedbackAnswer.objects.exists()
    assert "Nie działa link." in too_soon.content.decode()  # what the reader wrote is kept
    clock.advance(5)
    assert answer(client, token_on(too_soon), comment="Nie działa link.").status_code == 303
    assert FeedbackAnswer.objects.get().comment == "Nie działa link."


def test_two_hundred_answers_from_one_address_in_a_minute_store_only_a_few(client, clock, story):
    token = token_on(client.get(story.url))
    clock.advance(5)
    statuses = []
    for number in range(200):
        statuses.append(answer(client, token, comment=f"spam {number}").status_code)
        clock.advance(0.3)

    assert set(statuses) == {303, 429}
    assert FeedbackAnswer.objects.count() == 5
    # Another address still gets through.
    assert answer(client, token, address="198.51.100.7").status_code == 303


def test_the_limit_counts_addresses_behind_the_trusted_proxy(client, clock, story, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    token = token_on(client.get(story.url))
    clock.advance(5)
    statuses = [
        client.post(
            "/pl/feedback/",
            {"token": token, "useful": "yes"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        ).status_code
        for number in range(10)
    ]
    assert statuses == [303] * 10  # ten residents behind one load balancer


def test_a_forged_a_stale_and_a_broken_form_get_a_friendly_400(client, clock, story):
    token = token_on(client.get(story.url))
    clock.advance(25 * 60 * 60)
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")

    for response in (
        answer(client, forged),
        answer(client, token),  # a day old
        answer(client, "", useful="maybe"),
        answer(client, token, comment="x" * 1001),
        client.post("/pl/feedback/", {}),
    ):
        assert response.status_code == 400
        assert "Twoja odpowiedź nie została zapisana" in response.content.decode()
    assert client.get("/pl/feedback/").status_code == 405
    assert not FeedbackAnswer.objects.exists()


def test_an_answer_about_a_page_unpublished_meanwhile_is_refused(client, clock, story):
    token = token_on(client.get(story.url))
    story.unpublish()
    clock.advance(30)

    assert answer(client, token).status_code == 400
    assert not FeedbackAnswer.objects.exists()
