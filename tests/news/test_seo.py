"""What search engines and social networks read: titles, descriptions, canonical, Open Graph, JSON-LD."""

import json
import re

import pytest

from tests.news.builders import article, category, moment, picture, translate

pytestmark = pytest.mark.django_db


def json_ld(content):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def meta(content, attribute, name):
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', content)
    assert found, name
    return found


@pytest.fixture
def eurocities(db):
    return article(
        "Kraków joins Eurocities",
        lead="Kraków was admitted to the largest network of European cities.",
        date=moment(2025, 10, 15),
        notes=[
            (
                moment(
                    2025,
                    10,
                    16,
                    9,
                ),
                "The mayor's letter was added.",
            )
        ],
        hero_image=picture(size=(1200, 675)),
        hero_alt="Dots joined by lines, like cities in a network",
        responsible_unit="Press Office",
        categories=[category("en", "International cooperation")],
        tags=["Eurocities"],
    )


def test_the_article_is_described_as_a_news_article_with_its_dates_and_language(client, eurocities):
    data = json_ld(client.get(eurocities.url).content.decode())

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Kraków joins Eurocities"
    assert data["description"] == "Kraków was admitted to the largest network of European cities."
    assert data["datePublished"] == "2025-10-15T12:00:00+02:00"
    assert data["dateModified"] == "2025-10-16T09:00:00+02:00"
    assert data["inLanguage"] == "en"
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": f"http://localhost{eurocities.url}"}
    assert data["image"][0].startswith("http://localhost/media/images/")
    assert data["publisher"]["@type"] == "GovernmentOrganization"
    assert data["author"]["name"] == "Press Office"
    assert data["articleSection"] == ["International cooperation"]


def test_a_translation_declares_its_own_language(client, eurocities):
    german = translate(eurocities, "de", title="Krakau tritt Eurocities bei", slug="krakau-eurocities")
    data = json_ld(client.get(german.url).content.decode())
    assert data["inLanguage"] == "de"
    assert data["headline"] == "Krakau tritt Eurocities bei"


def test_an_article_without_updates_was_last_modified_when_published(client):
    page = article("Quiet story", date=moment(2025, 10, 15))
    data = json_ld(client.get(page.url).content.decode())
    assert data["dateModified"] == data["datePublished"] == "2025-10-15T12:00:00+02:00"
    assert "image" not in data


def test_json_ld_cannot_be_broken_out_of_by_a_headline(client):
    page = article("</script><script>alert(1)</script>", slug="script-title")
    content = client.get(page.url).content.decode()
    assert json_ld(content)["headline"] == "</script><script>alert(1)</script>"
    assert "<script>alert(1)" not in content


def test_sharing_tags_describe_the_article(client, eurocities):
    content = client.get(eurocities.url).content.decode()
    canonical = f"http://localhost{eurocities.url}"

    assert f'<link rel="canonical" href="{canonical}">' in content
    assert "<title>Kraków joins Eurocities · " in content
    assert meta(content, "name", "description") == ["Kraków was admitted to the largest network of European cities."]
    assert meta(content, "property", "og:type") == ["article"]
    assert meta(content, "property", "og:url") == [canonical]
    assert meta(content, "property", "og:title") == ["Kraków joins Eurocities"]
    assert meta(content, "property", "og:locale") == ["en_GB"]
    assert meta(content, "property", "og:image")[0].startswith("http://localhost/media/images/")
    assert meta(content, "property", "og:image:alt") == ["Dots joined by lines, like cities in a network"]
    assert meta(content, "property", "article:published_time") == ["2025-10-15T12:00:00+02:00"]
    assert meta(content, "property", "article:tag") == ["Eurocities"]
    assert meta(content, "name", "twitter:card") == ["summary_large_image"]
    assert meta(content, "name", "twitter:title") == ["Kraków joins Eurocities"]


def test_listing_pages_have_distinct_titles(client):
    category("en", "Culture")
    article("Story", date=moment(2025, 10, 15))
    titles = {
        re.search(r"<title>(.*?)</title>", client.get(path).content.decode()).group(1)
        for path in ("/en/news/", "/en/news/category/culture/", "/en/news/archive/2025/", "/en/news/archive/2025/10/")
    }
    assert len(titles) == 4
