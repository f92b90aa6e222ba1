"""One search, put together for the results page: state, count, type filter, promotions, rows."""

import hashlib
from array import array
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache

from wagtail.models import Page

from ..caching.keys import key
from ..caching.tags import SEARCH_TAG, add_tags, is_fresh, versions
from . import fallback, postgres, synonyms
from .corrections import corrections
from .entries import Result, type_name
from .indexing import uses_postgresql
from .promotions import promoted_results
from .query import parse
from .text import clean_query, content_words, tokens
from .visibility import Scope

PER_PAGE = 10
# Only the best matches are ranked and counted (ten pages of them; beyond, the page says "more
# than 100 results"), so a search costs the same for a hundred matches or fifty thousand.
MAX_RANKED = 10 * PER_PAGE
CACHE_SECONDS = 60 * 60
# Part of the cache key: change it whenever the cached value changes shape.
CACHE_FORMAT = 3


@dataclass(frozen=True)
class TypeOption:
    """One choice of the type filter, with how many results it has."""

    code: str
    name: str
    count: int
    # The count is of the ranked matches only: there may be more of this type.
    at_least: bool = False


@dataclass
class SearchOutcome:
    """What the results page shows. `state`: "empty", "stop_words" or "searched"."""

    query: str
    state: str
    results: object = ()
    # Counted up to MAX_RANKED; `more` says there are more than that.
    total: int = 0
    more: bool = False
    types: list = field(default_factory=list)
    selected_type: str = ""
    corrected_query: str = ""
    # True when no page has every word and the results are ranked by how many they have.
    partial: bool = False
    # [(language code, number of results)] of the other languages, when this one has none.
    elsewhere: list = field(default_factory=list)
    promotions: list = field(default_factory=list)


class RankedResults:
    """The ranked matches as Paginator sees them: their count, and the rows of one page."""

    def __init__(self, request, backend, words, language, page_ids):
        self._request, self._backend, self._words, self._language = request, backend, words, language
        self._page_ids = page_ids

    def count(self):
        return len(self._page_ids)

    def __len__(self):
        return len(self._page_ids)

    def __getitem__(self, key):
        page_ids = list(self._page_ids[key])
        if not page_ids:
            return []
        return [
            Result(
                title=row.title,
                # A page needs only its URL path to know its URL (site roots are cached).
                url=Page(id=row.page_id, url_path=row.url_path).get_url(self._request) or "",
                type_name=type_name(row.content_type_id),
                date=row.date,
                snippet=row.snippet,
            )
            for row in self._backend.details(page_ids, self._words, self._language)
        ]


@dataclass(frozen=True)
class Matches:
    """The best matches of a query, best first, and how many of each type are among them;
    `more` when there are more matches than were ranked."""

    page_ids: object
    counts: dict
    more: bool = False

    def __bool__(self):
        return bool(self.page_ids)

    @property
    def total(self):
        return sum(self.counts.values())


def ranked_matches(backend, scope, words, content_type_id=None):
    """The Matches of the query among the visible pages (of one type, when given).

    Kept in the cache, compactly, until the search tag is invalidated (every publication, move,
    deletion, view restriction, pick or index rebuild does it) or the first of the matched pages
    expires: a popular query costs one query, for its page of rows, and nothing stale is ever shown.
    """
    fingerprint = hashlib.sha256(
        repr((scope.language, words, sorted(scope.excluded_page_ids), content_type_id)).encode()
    ).hexdigest()
    matches_key = key("search-matches", CACHE_FORMAT, fingerprint)
    add_tags(SEARCH_TAG)
    stored = cache.get(matches_key)
    if stored is not None and is_fresh(stored[0]) and (stored[4] is None or scope.now < stored[4]):
        return Matches(*stored[1:4])
    before = versions([SEARCH_TAG])
    page_ids, counts, more, valid_until = backend.ranked_matches(scope, words, content_type_id, limit=MAX_RANKED)
    page_ids = array("q", page_ids)
    cache.set(matches_key, (before, page_ids, counts, more, valid_until), CACHE_SECONDS)
    return Matches(page_ids, counts, more)


def run_search(request, raw_query, language, type_code=""):
    query = clean_query(raw_query)
    if not query:
        return SearchOutcome(query="", state="empty")
    all_words = tokens(query)
    if not all_words:  # punctuation and symbols only
        return SearchOutcome(query=query, state="empty")
    words = content_words(all_words, language)
    if not words:
        return SearchOutcome(query=query, state="stop_words")

    backend = postgres if uses_postgresql() else fallback
    selected = _content_type(type_code)
    promotions = promoted_results(request, query, language)
    scope = Scope(language, [promotion.page_id for promotion in promotions if promotion.page_id])
    if backend is postgres:
        words = parse(query, language, synonyms.groups(language))
        # Symbols that fold into letters ("℃" into "°c", "№" into "no") pass the check above,
        # but the parser reads the unfolded text and finds no word in them.
        if not words.terms:
            return SearchOutcome(query=query, state="stop_words")
    # The type filter's counts are those of the unfiltered search (cached when the reader
    # comes from it); the results are ranked within the type.
    matches = ranked_matches(backend, scope, words)
    corrected_query, partial = "", False
    if not matches and backend is postgres:
        words, matches, corrected_query, partial = _second_chance(backend, scope, words)

    elsewhere = []
    if not matches and not promotions and backend is postgres:
        elsewhere = _other_languages(query, language)
    shown = matches
    if selected is not None and matches:
        shown = ranked_matches(backend, scope, words, selected.pk)
    return SearchOutcome(
        query=query,
        state="searched",
        results=RankedResults(request, backend, words, language, shown.page_ids),
        # Beyond the ranked matches the page says "more than": the count stops where ranking does.
        total=min(shown.total, MAX_RANKED) if shown.more else shown.total,
        more=shown.more,
        types=_type_options(matches.counts, matches.more),
        selected_type=_code(selected) if selected is not None else "",
        corrected_query=corrected_query,
        partial=partial,
        elsewhere=elsewhere,
        promotions=[] if selected is not None else [promotion.result for promotion in promotions],
    )


def _second_chance(backend, scope, search_query):
    """When nothing has every word: typos corrected (only words that match nothing), then pages
    with some of the words. Returns (query, Matches, corrected query, partial)."""
    nothing = Matches((), {})
    replacements = corrections(scope, search_query)
    if replacements:
        corrected = search_query.replaced(replacements)
        retried = ranked_matches(backend, scope, corrected)
        # Only a correction that finds something is shown: the vocabulary also holds words of
        # pages a reader may not see.
        if retried:
            return corrected, retried, corrected.typed(), False
        search_query = corrected
    if len(search_query.terms) > 1:
        some = search_query.any_words()
        retried = ranked_matches(backend, scope, some)
        if retried:
            return some, retried, search_query.typed() if replacements else "", True
    return search_query, nothing, "", False


def _other_languages(query, language):
    """How many results the same query has in each other language (only when this one has none)."""
    found = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == language:
            continue
        matches = ranked_matches(postgres, Scope(code), parse(query, code, synonyms.groups(code)))
        if matches:
            found.append((code, matches.total))
    return found


def _code(content_type):
    return f"{content_type.app_label}.{content_type.model}"


def _content_type(code):
    """The page type a filter value names ("news.newsarticlepage"), or None."""
    app_label, _dot, model_name = (code or "").partition(".")
    try:
        model = apps.get_model(app_label, model_name)
    except (LookupError, ValueError):
        return None
    return ContentType.objects.get_for_model(model) if issubclass(model, Page) else None


def _type_options(counts, more=False):
    """The type filter's choices; with `more`, each count is of the ranked matches only (at least)."""
    options = []
    for content_type_id, count in counts.items():
        content_type = ContentType.objects.get_for_id(content_type_id)
        options.append(
            TypeOption(
                code=_code(content_type),
                name=type_name(content_type_id),
                count=min(count, MAX_RANKED) if more else count,
                at_least=more,
            )
        )
    return sorted(options, key=lambda option: (-option.count, str(option.name)))
