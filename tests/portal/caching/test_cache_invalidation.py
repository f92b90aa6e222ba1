"""Each kind of change refreshes every cached page that shows it and keeps the others cached.

The fixture caches about 200 pages: articles in one small category, many uncategorised
articles (nothing would suggest a culture article to them), standard pages and the
documents API. A change must turn every page that shows it into a miss with the new content,
and leave at least 95% of the unrelated pages hits; a draft or an autosave leaves all of them.
"""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from portal.models import AlertBanner, FooterSettings, StandardPage
from tests.builders import add_page, home
from tests.news.builders import article, category, news_index, picture, translate

pytestmark = pytest.mark.django_db

CULTURE_ARTICLES = 8
OTHER_ARTICLES = 149
STANDARD_PAGES = 40


@pytest.fixture
def site(client, settings):
    # The test cache holds 300 entries by default: room for every page, part and tag here.
    settings.CACHES = {"default": {**settings.CACHES["default"], "OPTIONS": {"MAX_ENTRIES": 100_000}}}
    en_home = home("en")
    FooterSettings.for_site(en_home.get_site())
    index = news_index("en")
    culture = category("en", name="Culture")
    culture_articles = [article(f"Culture {n}", categories=[culture]) for n in range(CULTURE_ARTICLES)]
    others = [article(f"Other {n}") for n in range(OTHER_ARTICLES)]
    standard = [add_page(en_home, StandardPage, title=f"Office {n}") for n in range(STANDARD_PAGES)]
    document = get_document_model().objects.create(title="Budget", file=ContentFile(b"x", name="budget.txt"))
    image = picture("Wawel")
    pictured = article("Castle", hero_image=image, hero_alt="The castle")
    site = {
        "index": index,
        "culture": culture,
        "culture_articles": culture_articles,
        "others": others,
        "standard": standard,
        "document": document,
        "picture": image,
        "pictured": pictured,
        "listings": ["/en/", index.url],
        "api": ["/api/v2/documents/"],
    }
    urls = site["listings"] + site["api"] + [page.url for page in [*culture_articles, *others, pictured, *standard]]
    for url in urls:
        assert client.get(url)["X-Cache"] == "miss", url
    site["urls"] = urls
    return site


def hits(client, urls):
    return [url for url in urls if client.get(url).get("X-Cache") == "hit"]


def unrelated(site, *shown):
    return [url for url in site["urls"] if url not in shown]


def assert_refreshed(client, urls, text=None):
    for url in urls:
        response = client.get(url)
        assert response["X-Cache"] == "miss", url
        if text is not None:
            assert text in response.content.decode(), url


def assert_mostly_kept(client, urls):
    kept = hits(client, urls)
    assert len(kept) >= 0.95 * len(urls), f"{len(urls) - len(kept)} of {len(urls)} unrelated pages dropped"


def rewarm(client, site):
    for url in site["urls"]:
        client.get(url)


def test_each_kind_of_change_refreshes_what_shows_it_and_keeps_the_rest(client, site):
    """One fixture, the changes one after another (building 200 pages per change would take
    minutes); after each, the pages that changed are cached again before the next."""
    culture_urls = [page.url for page in site["culture_articles"]]

    # Drafts and autosaves: nothing readers see, every page stays cached.
    story = site["culture_articles"][0]
    story.title = "A draft title"
    story.save_revision()
    story.save_revision(clean=False)  # as autosave does, again and again
    page = site["standard"][0]
    page.title = "Draft office"
    page.save_revision()
    assert hits(client, site["urls"]) == site["urls"]

    # Publishing an article: its listings and the related boxes that could now show it.
    new = article("Opera premiere", categories=[site["culture"]])
    assert_refreshed(client, site["listings"], "Opera premiere")
    assert_refreshed(client, culture_urls)
    assert client.get(new.url).status_code == 200
    assert_mostly_kept(client, unrelated(site, *site["listings"], *culture_urls))
    rewarm(client, site)

    # Unpublishing an article: gone from its address and its listings.
    story = site["culture_articles"][1]
    story.unpublish()
    assert client.get(story.url).status_code == 404
    assert_refreshed(client, site["listings"])
    assert story.title not in client.get(site["index"].url).content.decode()
    assert_mostly_kept(client, unrelated(site, story.url, *site["listings"], *culture_urls))
    rewarm(client, site)

    # Deleting an article.
    story = site["others"][0]
    deleted_url = story.url
    story.delete()
    assert client.get(deleted_url).status_code == 404
    assert_refreshed(client, site["listings"])
    assert_mostly_kept(client, unrelated(site, deleted_url, *site["listings"]))
    rewarm(client, site)

    # Moving a page: its old address leads to the new one at once (Wagtail adds a redirect).
    page = site["standard"][2]
    old_url = page.url
    page.move(site["standard"][3], pos="last-child")
    moved = client.get(old_url)
    assert moved.status_code == 301
    assert moved["Location"].endswith(f"{site['standard'][3].url}{page.slug}/")
    assert_mostly_kept(client, unrelated(site, old_url, site["standard"][3].url))
    rewarm(client, site)

    # Translating an article: its language switcher links the translation.
    story = site["others"][1]
    translate(story, "de", title="Geschichte", slug="geschichte")
    assert 'href="/de/' in client.get(story.url).content.decode()
    assert_mostly_kept(client, unrelated(site, story.url))
    rewarm(client, site)

    # Renaming a category: every article filed under it.
    site["culture"].name = "Arts and culture"
    site["culture"].save()
    live_culture = [page.url for page in site["culture_articles"] if page.pk != site["culture_articles"][1].pk]
    assert_refreshed(client, live_culture, "Arts and culture")
    assert_mostly_kept(client, unrelated(site, *site["listings"], *culture_urls))
    rewarm(client, site)

    # An image's alt text: the article showing it.
    pictured = site["pictured"]
    site["picture"].description = "The Wawel at dawn"
    site["picture"].save()
    assert_refreshed(client, [pictured.url])
    assert_mostly_kept(client, unrelated(site, pictured.url, *site["listings"]))
    rewarm(client, site)

    # A view restriction: the restricted page is refused, the rest stays cached.
    page = site["standard"][4]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(page.url).status_code == 302
    assert_mostly_kept(client, unrelated(site, page.url))
    rewarm(client, site)

    # A collection made private: its documents leave the content API.
    title = site["document"].title
    assert title in client.get("/api/v2/documents/").content.decode()
    CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node(), restriction_type=CollectionViewRestriction.LOGIN
    )
    assert title not in client.get("/api/v2/documents/").content.decode()
    assert_mostly_kept(client, unrelated(site, *site["api"]))
    rewarm(client, site)

    # The footer and an alert banner are on every page: every page still served refreshes.
    served = [url for url in site["urls"][5:] if client.get(url).status_code == 200]
    footer = FooterSettings.objects.get(site=home("en").get_site())
    footer.phone = "+48 12 111 11 11"
    footer.save()
    assert_refreshed(client, served, "+48 12 111 11 11")
    AlertBanner.objects.create(level="warning", message_pl="Utrudnienia", message_en="Roadworks")
    assert_refreshed(client, served, "Roadworks")
