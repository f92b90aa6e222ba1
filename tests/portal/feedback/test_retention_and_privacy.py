"""Answers go after twelve months, and the privacy notice says so in every language."""

from datetime import timedelta

import pytest

from django.utils import timezone

from wagtail.models import Site

from portal.feedback.models import FeedbackAnswer
from portal.models import FooterSettings, StandardPage
from portal.scheduling.jobs import run_scheduled_jobs
from tests.builders import add_page, add_translation, home

pytestmark = pytest.mark.django_db


def answer_made(days_ago, page):
    made = FeedbackAnswer.objects.create(page=page, language="pl", useful=False, comment=f"{days_ago} dni temu")
    FeedbackAnswer.objects.filter(pk=made.pk).update(created=timezone.now() - timedelta(days=days_ago))
    return made


def test_the_scheduler_deletes_answers_older_than_twelve_months_and_keeps_the_rest():
    page = home("pl")
    expired = answer_made(367, page)
    kept = [answer_made(days, page) for days in (0, 200, 360)]

    assert run_scheduled_jobs() == []

    assert not FeedbackAnswer.objects.filter(pk=expired.pk).exists()
    assert set(FeedbackAnswer.objects.values_list("pk", flat=True)) == {answer.pk for answer in kept}


NOTICE = {
    "pl": ("Formularz „Czy ta strona była przydatna?”", "Nie zapisujemy Twojego adresu IP", "12 miesięcy"),
    "en": ("The “Was this page useful?” form", "We do not store your IP address", "12 months"),
    "de": ("Das Formular „War diese Seite hilfreich?“", "Wir speichern weder Ihre IP-Adresse", "12 Monate"),
}


def test_the_privacy_notice_says_what_the_form_stores_why_and_how_long_in_every_language(client):
    privacy = add_page(home("pl"), StandardPage, title="Polityka prywatności", locale=home("pl").locale)
    pages = {"pl": privacy, "en": add_translation(privacy, "en"), "de": add_translation(privacy, "de")}
    other = add_page(home("pl"), StandardPage, title="Kontakt", locale=home("pl").locale)
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.privacy_page = privacy
    footer.save()

    for language, page in pages.items():
        html = client.get(page.url).content.decode()
        for words in NOTICE[language]:
            assert words in html, (language, words)
    assert NOTICE["pl"][0] not in client.get(other.url).content.decode()
