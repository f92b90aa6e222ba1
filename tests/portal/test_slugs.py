"""ASCII slugs from Polish and German titles; a translation's slug and tags in its own language."""

import pytest

from taggit.models import Tag

from news.models import NewsArticlePage, NewsArticleTag
from portal.languages.slugs import ascii_slug
from tests.news.builders import article, news_index
from tests.translation_builders import translate_into_german

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Nocne tramwaje kursują po Rynku Głównym", "nocne-tramwaje-kursuja-po-rynku-glownym"),
        ("Żółć, gęślą jaźń", "zolc-gesla-jazn"),
        ("Straßenbahn über Äcker und Öfen", "strassenbahn-uber-acker-und-ofen"),
    ],
)
def test_slugs_are_ascii_the_way_the_admin_writes_them(title, slug):
    assert ascii_slug(title) == slug


def test_an_article_saved_without_a_slug_gets_an_ascii_one_from_its_title():
    page = article("Nocne tramwaje na Rynku Głównym", language="pl", slug="")

    assert page.slug == "nocne-tramwaje-na-rynku-glownym"
    assert page.url_path.endswith("/nocne-tramwaje-na-rynku-glownym/")


def test_a_slug_typed_with_polish_letters_is_transliterated():
    page = article("Kładka Ojca Bernatka", language="pl", slug="kładka-ojca-bernatka")

    assert page.slug == "kladka-ojca-bernatka"


def test_djangos_lossy_slug_of_a_title_is_made_again():
    # Django's slugify drops "ł": what Wagtail's clean or wagtail-localize would store.
    page = article("Rynek Główny", language="pl", slug="rynek-gowny")

    assert page.slug == "rynek-glowny"


def test_tags_get_ascii_slugs():
    tag = Tag.objects.create(name="Rynek Główny")

    assert tag.slug == "rynek-glowny"


def test_a_german_translation_gets_a_slug_of_its_german_title():
    news_index("de")
    polish = article("Nocne tramwaje kursują po Rynku Głównym", language="pl", slug="")

    german = translate_into_german(polish, {polish.title: "Nachttrams fahren über den Hauptmarkt"})

    assert german.title == "Nachttrams fahren über den Hauptmarkt"
    assert german.slug == "nachttrams-fahren-uber-den-hauptmarkt"
    assert NewsArticlePage.objects.get(pk=polish.pk).slug == "nocne-tramwaje-kursuja-po-rynku-glownym"


def test_a_german_translation_gets_german_tags():
    news_index("de")
    polish = article("Jarmark na Rynku", language="pl", tags=["Rynek Główny", "Kultura"])

    german = translate_into_german(polish, {"Rynek Główny": "Hauptmarkt", "Kultura": "Kultur"})

    tags = NewsArticleTag.objects.filter(content_object=german).values_list("tag__name", "tag__slug")
    assert sorted(tags) == [("Hauptmarkt", "hauptmarkt"), ("Kultur", "kultur")]
    assert sorted(polish.tags.names()) == ["Kultura", "Rynek Główny"]
