"""Each statutory part of the Polish model accessibility statement is on the page, in every language,
and the check names the part that goes missing when its field is left blank."""

import pytest

from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import translation

from portal.legal.statement_parts import PARTS, missing_parts
from portal.models import StandardPage
from tests.builders import add_page, home

from .statements import statement

pytestmark = pytest.mark.django_db

STATUTORY_PARTS = [
    "intro",
    "dates",
    "status",
    "non_accessible",
    "exemptions",
    "preparation",
    "contact",
    "procedure",
    "buildings",
    "easy_read_and_sign_language",
]

# What an editor could leave out, and the part that then lacks its content.
BLANKED = {
    "intro": {"public_body": ""},
    "dates": {"site_published_on": None},
    "status": {"compliance_status": ""},
    "non_accessible": {"barriers": []},
    "preparation": {"last_reviewed_on": None},
    "contact": {"contact_phone": ""},
    "procedure": {"response_days": 0},
    "buildings": {"architectural_accessibility": ""},
}


def rendered(page, language="pl"):
    request = RequestFactory().get(page.url, HTTP_HOST="localhost")
    with translation.override(language):
        response = page.serve(request)
        response.render()
    return response.content.decode()


def test_the_check_knows_every_part_of_the_model_statement():
    assert [part.key for part in PARTS] == STATUTORY_PARTS


@pytest.mark.parametrize("language", ["pl", "en", "de"])
def test_every_statutory_part_is_on_the_statement_of_each_language(client, language):
    page = statement(language)
    response = client.get(page.url)
    assert response.status_code == 200
    assert missing_parts(response.content.decode()) == {}


@pytest.mark.parametrize("part", sorted(BLANKED))
def test_a_blank_field_is_reported_as_its_part_missing(part):
    page = statement("pl")
    assert missing_parts(rendered(page)) == {}
    for field, value in BLANKED[part].items():
        setattr(page, field, value)
    assert part in missing_parts(rendered(page))


def without_part(html, part):
    """The page with one part's section cut out (parts follow each other in the model's order)."""
    starts = [html.index(f'<section data-statement-part="{key}"') for key in STATUTORY_PARTS]
    index = STATUTORY_PARTS.index(part)
    end = starts[index + 1] if index + 1 < len(starts) else html.index("</article>")
    return html[: starts[index]] + html[end:]


@pytest.mark.parametrize("part", STATUTORY_PARTS)
def test_a_part_the_template_leaves_out_is_reported(part):
    html = rendered(statement("pl"))
    assert list(missing_parts(without_part(html, part))) == [part]


def test_the_polish_statement_reads_correctly_where_the_old_one_did_not(client):
    html = client.get(statement("pl").url).content.decode()
    assert "zgodnie z przepisami ustawy z dnia 4 kwietnia 2019 r. o dostępności cyfrowej" in html
    assert "dotyczy strony internetowej „Portal miejski Krakowa”" in html
    assert "przepisami ustawą" not in html and "dotyczy portal" not in html


def test_links_to_the_easy_read_and_sign_language_pages_are_shown_once_chosen(client):
    easy = add_page(home("pl"), StandardPage, title="Tekst łatwy do czytania", slug="etr")
    sign = add_page(home("pl"), StandardPage, title="Polski język migowy", slug="pjm")
    page = statement("pl", easy_read_page=easy, sign_language_page=sign)
    html = client.get(page.url).content.decode()
    assert 'href="/pl/etr/"' in html and 'href="/pl/pjm/"' in html
    assert missing_parts(html) == {}


@translation.override("en")
def test_a_statement_of_partial_compliance_must_list_what_is_not_accessible():
    page = statement("pl")
    page.barriers = []
    with pytest.raises(ValidationError, match="List the content"):
        page.full_clean()
    page.barriers = [("barrier", {"problem": "Old PDFs.", "reason": "non_compliance", "alternative": ""})]
    page.compliance_status = "full"
    with pytest.raises(ValidationError, match="lists no barriers"):
        page.full_clean()
