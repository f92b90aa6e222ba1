"""The fuzzer's site: some of every page type in every language, and hidden content with markers.

Each hidden item carries a search word (which the fuzzer may send, so searches can reach it)
and a secret (which it never sends): a secret in any public answer is a leak.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from portal.models import StandardPage
from portal.search import indexing
from tests.accessibility.builders import easy_read_page, sign_language_page
from tests.builders import add_page, home
from tests.memberships.builders import city, directory, network, relation
from tests.news.builders import article, category, news_index, picture, translate

LANGUAGES = ("pl", "en", "de")
HIDDEN_STATES = (
    "draft",
    "draft-change",
    "scheduled",
    "expired",
    "login",
    "password",
    "groups",
    "below-login",
    "draft-article",
    "login-article",
    "login-relation",
    "collection-document",
    "collection-image",
    "sub-collection-document",
    "draft-easy-read",
    "login-sign-language",
)


@dataclass
class FuzzSite:
    """What the fuzzer knows about the site it attacks."""

    search_words: list = field(default_factory=list)  # words of hidden titles, safe to send
    secrets: list = field(default_factory=list)  # never sent, never to be answered
    slugs: list = field(default_factory=list)
    edit_target: object = None  # a page without markers that admin forms may change


def search_word(state):
    return "zqx" + state.replace("-", "")


def secret(state, part):
    return f"LEAK-{part}-{state}-S3CR3T"


def build():
    """Build the site and return its FuzzSite."""
    site = FuzzSite()
    _public_content()
    _hidden_pages(site)
    _hidden_media(site)
    site.edit_target = add_page(home("en"), StandardPage, title="Opening hours", intro="Mon-Fri 8-16")
    indexing.rebuild()
    return site


def _public_content():
    culture = category("en", "Culture")
    for language in LANGUAGES:
        add_page(home(language), StandardPage, title=f"About the city {language}", intro="Kraków on the Vistula")
        news_index(language)
    first = article(
        "Festival opens",
        language="en",
        date=timezone.now() - datetime.timedelta(days=3),
        categories=[culture],
        tags=["music", "summer"],
        hero_image=picture("Main square"),
        hero_alt="Stalls on the main square",
    )
    translate(first, "pl", title="Festiwal startuje")
    article("Tram line extended", language="en", date=timezone.now() - datetime.timedelta(days=40), tags=["transport"])
    network("en", name="Eurocities")
    relation(directory("en"), "Nuremberg partnership", partner_city=city("en"), slug="nuremberg")
    easy_read_page("pl")
    sign_language_page("pl")
    easy_read_page("en", title="Easy read")


def _titled(state):
    return {"title": f"{search_word(state)} {secret(state, 'title')}", "slug": f"fuzz-{state}"}


def _intro(state):
    return f"{search_word(state)} {secret(state, 'body')}"


def _hidden_pages(site):
    parent = home("en")
    add_page(parent, StandardPage, publish=False, intro=_intro("draft"), **_titled("draft"))

    changed = add_page(parent, StandardPage, title="Library hours", intro="Open daily", slug="library-hours")
    changed.title, changed.intro = _titled("draft-change")["title"], _intro("draft-change")
    changed.save_revision()

    scheduled = add_page(parent, StandardPage, publish=False, intro=_intro("scheduled"), **_titled("scheduled"))
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=30)
    scheduled.save_revision().publish()

    expired = add_page(parent, StandardPage, intro=_intro("expired"), **_titled("expired"))
    StandardPage.objects.filter(pk=expired.pk).update(
        live=False, expired=True, expire_at=timezone.now() - datetime.timedelta(days=1)
    )

    login = add_page(parent, StandardPage, intro=_intro("login"), **_titled("login"))
    PageViewRestriction.objects.create(page=login, restriction_type=PageViewRestriction.LOGIN)
    add_page(login, StandardPage, intro=_intro("below-login"), **_titled("below-login"))
    password = add_page(parent, StandardPage, intro=_intro("password"), **_titled("password"))
    PageViewRestriction.objects.create(page=password, restriction_type=PageViewRestriction.PASSWORD, password="x1")
    groups = add_page(parent, StandardPage, intro=_intro("groups"), **_titled("groups"))
    restriction = PageViewRestriction.objects.create(page=groups, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name="Editors")])

    article(publish=False, lead=_intro("draft-article"), tags=["music"], **_titled("draft-article"))
    login_article = article(lead=_intro("login-article"), tags=["music"], **_titled("login-article"))
    PageViewRestriction.objects.create(page=login_article, restriction_type=PageViewRestriction.LOGIN)

    club = network("en", name="Council club")
    restricted = relation(directory("en"), partner_network=club, **_titled("login-relation"))
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    article("Partners meet", relations=[restricted])

    # An easy-to-read or sign-language page that is hidden gets no header link either.
    easy_read_page("de", publish=False, intro=_intro("draft-easy-read"), **_titled("draft-easy-read"))
    hidden_signs = sign_language_page("en", intro=_intro("login-sign-language"), **_titled("login-sign-language"))
    PageViewRestriction.objects.create(page=hidden_signs, restriction_type=PageViewRestriction.LOGIN)

    for state in HIDDEN_STATES:
        site.search_words.append(search_word(state))
        site.secrets.extend([secret(state, "title"), secret(state, "body")])
        site.slugs.append(f"fuzz-{state}")


def _hidden_media(site):
    private = Collection.get_first_root_node().add_child(name="Council only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    below = private.add_child(name="Council minutes")
    documents = get_document_model()
    documents.objects.create(title="Public budget plan", file=ContentFile(b"plan", name="budget.pdf"))
    for state, collection in (("collection-document", private), ("sub-collection-document", below)):
        documents.objects.create(
            title=_titled(state)["title"], collection=collection, file=ContentFile(b"minutes", name=f"{state}.pdf")
        )
    image = picture(_titled("collection-image")["title"])
    image.collection = private
    image.save()
