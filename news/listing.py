"""The news listing's views: all articles, one category, one tag, a year or month, and the feeds."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from taggit.models import Tag
from wagtail.contrib.routable_page.models import re_path

from portal.caching.fragments import cached
from portal.caching.tags import model_tag, page_tag, pages_tag, translations_tag
from portal.pages.queries import public

from . import feeds
from .archive import archive_count, archive_months
from .cache_tags import category_tag, month_tag, tagged_tag, year_tag
from .cards import CardStyle, article_cards
from .index_and_category_links import category_links
from .models_by_name import news_model

ARTICLE_MODEL = "NewsArticlePage"  # what articles() lists
PAGE_SIZE = 12
FEED_SIZE = 20


class CountedOncePaginator(Paginator):
    """Counts a listing once until its articles change: with thousands of articles COUNT is its
    slowest query. Views the archive already counts take their count from it (`counted`)."""

    def __init__(self, object_list, per_page, cache_name, tags, counted=None):
        super().__init__(object_list, per_page)
        self.cache_name = cache_name
        self.tags = tags
        self.counted = counted

    @cached_property
    def count(self):
        if self.counted is not None:
            return self.counted()
        return cached(self.cache_name, self.object_list.count, tags=self.tags, per_language=False)


@dataclass
class Listing:
    """One view of the listing: which articles, what to call them and where they are."""

    articles: object  # a NewsArticlePage queryset, newest first
    subpath: str = ""  # relative to the news index, e.g. "category/culture/"
    label: str = ""  # what the filter shows, e.g. a category name; empty for all articles
    description: str = ""
    category: object = None  # a lookups.CategoryLink
    tag: object = None
    archive_period: object = None  # a date: a month when archive_month is set, else a year
    archive_month: bool = False
    rss_url: str = ""
    atom_url: str = ""
    # The subpath of this same view under another language's news index, or None where that
    # language has no such view; None here means the listing itself.
    subpath_in: object = None  # callable(news index) -> str or None
    # Cache tags of which articles this view lists; empty means all of the language's.
    tags: frozenset = frozenset()
    # How many articles it lists, where the archive knows; None: counted on its own.
    count: object = None  # callable() -> int


class ListingResults:
    """The cards and page links of one page of a view, as the listing template shows them."""

    def __init__(self, index, listing, articles, paginator, tags, request):
        self.index = index
        self.listing = listing
        self.articles = articles  # a Paginator page of article pks
        self.paginator = paginator
        self.tags = tags
        self.request = request

    @cached_property
    def cards(self):
        """The HTML of this page's article cards (read on a cache miss only); the newest article
        of the whole listing's first page is featured."""
        featured = self.articles.number == 1 and not self.listing.label
        styles = [CardStyle(featured=featured and position == 0) for position in range(len(self.articles))]
        return article_cards(zip(self.articles, styles, strict=True), self.request)

    @property
    def page_numbers(self):
        return self.paginator.get_elided_page_range(self.articles.number, on_each_side=1, on_ends=1)

    @property
    def listing_url(self):
        return self.index.url + self.listing.subpath


class ListingNavigation:
    """The category filter, and the archive and feed links, of one view of the listing."""

    def __init__(self, index):
        self.index = index
        self.tags = index._navigation_tags()

    @property
    def categories(self):
        return list(category_links().values())

    @property
    def archive(self):
        return archive_months(self.index)


class ListingViewsMixin:
    """Routes of a news index page; the page class supplies `articles()`."""

    @classmethod
    def subpage_path(cls, name, **kwargs):
        return cls.get_resolver().reverse(name, **kwargs)

    @classmethod
    def category_path(cls, slug, feed=None):
        if feed:
            return cls.subpage_path("category_feed", slug=slug, kind=feed)
        return cls.subpage_path("category", slug=slug)

    def get_context(self, request, *args, listing=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if listing is None:
            listing = Listing(articles=self.articles(), description=self.intro, count=lambda: archive_count(self))
        context.update(self.listing_context(request, listing))
        return context

    @re_path(r"^category/(?P<slug>[-\w]+)/$", name="category")
    def category_view(self, request, slug):
        category = self._category(slug)
        listing = Listing(
            articles=self._in_category(category),
            subpath=self.category_path(slug),
            label=category.name,
            description=category.description,
            category=category,
            rss_url=category.rss_url,
            atom_url=category.atom_url,
            subpath_in=lambda index: self._category_subpath_in(index, category.translation_key),
            tags=frozenset({category_tag(category.translation_key)}),
        )
        return self.render(request, listing=listing)

    @re_path(r"^tag/(?P<slug>[-\w]+)/$", name="tag")
    def tag_view(self, request, slug):
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404
        articles = self.articles().filter(tagged_items__tag=tag)
        subpath = self.subpage_path("tag", slug=slug)
        listing = Listing(
            articles=articles,
            subpath=subpath,
            label=f"#{tag.name}",
            tag=tag,
            subpath_in=lambda index: subpath if index.articles().filter(tagged_items__tag=tag).exists() else None,
            tags=frozenset({tagged_tag(tag.pk)}),
        )
        return self.render(request, listing=listing, require_articles=True)

    @re_path(r"^archive/(?P<year>\d{4})/$", name="archive_year")
    def archive_year_view(self, request, year):
        year = int(year)
        if year not in {archive_year.year for archive_year in archive_months(self)}:
            raise Http404
        start = timezone.make_aware(datetime.datetime(year, 1, 1))
        end = timezone.make_aware(datetime.datetime(year + 1, 1, 1))
        subpath = self.subpage_path("archive_year", year=f"{year:04d}")
        listing = Listing(
            articles=self.articles().filter(date__gte=start, date__lt=end),
            subpath=subpath,
            label=str(year),
            archive_period=start.date(),
            subpath_in=lambda index: subpath if any(y.year == year for y in archive_months(index)) else None,
            tags=frozenset({year_tag(translation.get_language(), start)}),
            count=lambda: archive_count(self, year=year),
        )
        return self.render(request, listing=listing)

    @re_path(r"^archive/(?P<year>\d{4})/(?P<month>\d{2})/$", name="archive_month")
    def archive_month_view(self, request, year, month):
        # Only months that have articles exist, so a bad month (13) or year gives a 404.
        first_day = next(
            (
                archive_month.first_day
                for archive_year in archive_months(self)
                for archive_month in archive_year.months
                if (archive_month.first_day.year, archive_month.first_day.month) == (int(year), int(month))
            ),
            None,
        )
        if first_day is None:
            raise Http404
        start = timezone.make_aware(datetime.datetime(first_day.year, first_day.month, 1))
        end = timezone.make_aware(
            datetime.datetime(first_day.year + first_day.month // 12, first_day.month % 12 + 1, 1)
        )
        subpath = self.subpage_path("archive_month", year=year, month=month)
        listing = Listing(
            articles=self.articles().filter(date__gte=start, date__lt=end),
            subpath=subpath,
            label=date_format(first_day, "F Y"),
            archive_period=first_day,
            archive_month=True,
            subpath_in=lambda index: subpath if _has_month(index, first_day) else None,
            tags=frozenset({month_tag(translation.get_language(), first_day)}),
            count=lambda: archive_count(self, first_day=first_day),
        )
        return self.render(request, listing=listing)

    @re_path(r"^feed/(?P<kind>rss|atom)/$", name="feed")
    def feed_view(self, request, kind):
        return feeds.feed_response(
            request,
            kind=kind,
            title=_("%(site)s: %(listing)s") % {"site": _("Kraków city portal"), "listing": self.title},
            description=self.intro or _("The latest news from the City of Kraków."),
            link=self.url,
            feed_url=self.url + self.subpage_path("feed", kind=kind),
            language=translation.get_language(),
            articles=self.articles()[:FEED_SIZE],
            tags=self._listing_tags(Listing(articles=None)),
        )

    @re_path(r"^category/(?P<slug>[-\w]+)/feed/(?P<kind>rss|atom)/$", name="category_feed")
    def category_feed_view(self, request, slug, kind):
        category = self._category(slug)
        return feeds.feed_response(
            request,
            kind=kind,
            title=_("%(site)s: %(listing)s") % {"site": _("Kraków city portal"), "listing": category.name},
            description=category.description or self.intro or _("The latest news from the City of Kraków."),
            link=category.url,
            feed_url=self.url + self.category_path(slug, feed=kind),
            language=translation.get_language(),
            articles=self._in_category(category)[:FEED_SIZE],
            tags={category_tag(category.translation_key), page_tag(self.pk)},
        )

    def render(self, request, *args, require_articles=False, **kwargs):
        response = super().render(request, *args, **kwargs)
        if require_articles and not response.context_data["paginator"].count:
            raise Http404
        return response

    def listing_context(self, request, listing):
        tags = self._listing_tags(listing)
        paginator = CountedOncePaginator(
            listing.articles.values_list("pk", flat=True),
            PAGE_SIZE,
            f"news:count:{self.pk}:{listing.subpath}",
            tags,
            counted=listing.count,
        )
        requested = request.GET.get("page", "1")
        articles = paginator.get_page(requested)
        if str(articles.number) != requested:
            # Not a number, or out of range: the first page rather than a guess at what was meant.
            articles = paginator.page(1)
        canonical = self.full_url + listing.subpath
        if articles.number > 1:
            canonical += f"?page={articles.number}"
        return {
            "listing": listing,
            # The template caches the cards and page links until the articles they list change,
            # and the navigation beside them until any article or category does.
            "results": ListingResults(self, listing, articles, paginator, tags, request),
            "navigation": ListingNavigation(self),
            "articles": articles,
            "paginator": paginator,
            "canonical_url": canonical,
            "feed_rss_url": listing.rss_url or self.url + self.subpage_path("feed", kind="rss"),
            "feed_atom_url": listing.atom_url or self.url + self.subpage_path("feed", kind="atom"),
            "language_alternates": self.alternate_urls(listing) if listing.subpath_in else None,
        }

    def alternate_urls(self, listing):
        """{language code: URL} of this view of the listing in every language that has it, for
        the language switcher and the hreflang links; worked out once until the listing's
        translations, the categories or (for tag and archive views) any language's articles change."""

        def build():
            urls = {}
            for index in public(self.get_translations(inclusive=True)).select_related("locale"):
                subpath = listing.subpath if index.pk == self.pk else listing.subpath_in(index)
                if subpath is not None:
                    urls[index.locale.language_code] = index.url + subpath
            return urls

        tags = {translations_tag(self.translation_key), model_tag(self._category_model())}
        if listing.category is None:
            tags.update(pages_tag(self._article_model(), code) for code, _name in settings.LANGUAGES)
        return cached(f"news:alternates:{self.pk}:{listing.subpath}", build, tags=tags, per_language=False)

    def _listing_tags(self, listing):
        """What the cards of a view of the listing show: its own page and which articles it lists."""
        tags = set(listing.tags) or {pages_tag(self._article_model(), translation.get_language())}
        return {*tags, page_tag(self.pk)}

    def _navigation_tags(self):
        return {
            page_tag(self.pk),
            pages_tag(self._article_model(), translation.get_language()),
            model_tag(self._category_model()),
        }

    def _article_model(self):
        # Not self.articles().model: building that queryset costs a few milliseconds.
        return news_model(ARTICLE_MODEL)

    def _category_model(self):
        return self._article_model()._meta.get_field("categories").related_model

    def _category_subpath_in(self, index, translation_key):
        category = category_links(index.locale.language_code).get(translation_key)
        return self.category_path(category.slug) if category else None

    def _category(self, slug):
        category = next((link for link in category_links().values() if link.slug == slug), None)
        if category is None:
            raise Http404
        return category

    def _in_category(self, category):
        NewsArticlePage = news_model("NewsArticlePage")

        filed_under = NewsArticlePage.categories.through.objects.filter(
            newsarticlepage_id=OuterRef("pk"), newscategory__translation_key=category.translation_key
        )
        return self.articles().filter(Exists(filed_under))


def _has_month(index, first_day):
    return any(month.first_day == first_day for year in archive_months(index) for month in year.months)
