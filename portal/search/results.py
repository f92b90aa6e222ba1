"""One search, put together for the results page: state, count, type filter, promotions, rows."""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from . import fallback, postgres
from .entries import Result, type_name
from .indexing import uses_postgresql
from .promotions import promoted_results
from .text import clean_query, content_words, tokens
from .visibility import Scope

PER_PAGE = 10
# Far beyond any real result list; bounds the OFFSET sent to the database.
MAX_PAGE_NUMBER = 10_000


@dataclass(frozen=True)
class TypeOption:
    """One choice of the type filter, with how many results it has."""

    code: str
    name: str
    count: int


@dataclass
class SearchOutcome:
    """What the results page shows. `state`: "empty", "stop_words" or "searched"."""

    query: str
    state: str
    results: object = ()
    total: int = 0
    types: list = field(default_factory=list)
    selected_type: str = ""
    corrected_query: str = ""
    promotions: list = field(default_factory=list)


class RankedResults:
    """The ranked matches as Paginator sees them: a known count and the rows of one page.

    The page asked for comes with the counts; another page (the last one, when the number was
    out of range) costs one more query.
    """

    def __init__(self, search, count, offset, page_ids):
        self._search, self._count, self._offset, self._page_ids = search, count, offset, page_ids

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        start, stop = key.start or 0, key.stop
        if start == self._offset:
            page_ids = self._page_ids[: stop - start]
        else:
            page_ids = self._search.page_ids(start, stop - start)
        return self._search.rows(page_ids)


@dataclass
class _Search:
    """One query against one backend: everything needed to fetch another page of it."""

    request: object
    backend: object
    scope: Scope
    words: list
    content_type_id: int | None

    def counts_and_page(self, offset):
        return self.backend.counts_and_page(self.scope, self.words, self.content_type_id, offset, PER_PAGE)

    def page_ids(self, offset, limit):
        return self.backend.page_ids(self.scope, self.words, self.content_type_id, offset, limit)

    def rows(self, page_ids):
        if not page_ids:
            return []
        return [
            Result(
                title=row.title,
                # A page needs only its URL path to know its URL (site roots are cached).
                url=Page(id=row.page_id, url_path=row.url_path).get_url(self.request) or "",
                type_name=type_name(row.content_type_id),
                date=row.date,
                snippet=row.snippet,
            )
            for row in self.backend.details(page_ids, self.words, self.scope.language)
        ]


def run_search(request, raw_query, language, type_code="", page_number=None):
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
    offset = (_page_number(page_number) - 1) * PER_PAGE
    promotions = promoted_results(request, query, language)
    scope = Scope(language, [promotion.page_id for promotion in promotions if promotion.page_id])

    def attempt(attempt_words):
        search = _Search(request, backend, scope, attempt_words, selected.pk if selected else None)
        return (search, *search.counts_and_page(offset))

    search, counts, page_ids = attempt(words)
    corrected_query = ""
    if not counts and backend is postgres:
        corrected = postgres.corrected_words(words, language)
        if corrected != words:
            retried = attempt(corrected)
            # Only a correction that finds something is shown: the vocabulary also holds words of
            # pages a reader may not see.
            if retried[1]:
                (search, counts, page_ids), corrected_query = retried, " ".join(corrected)

    total = counts.get(selected.pk, 0) if selected is not None else sum(counts.values())
    return SearchOutcome(
        query=query,
        state="searched",
        results=RankedResults(search, total, offset, page_ids),
        total=total,
        types=_type_options(counts),
        selected_type=_code(selected) if selected is not None else "",
        corrected_query=corrected_query,
        promotions=[] if selected is not None else [promotion.result for promotion in promotions],
    )


def _page_number(value):
    """The page asked for, as Paginator.get_page will read it (it has the last word)."""
    try:
        return min(max(int(value), 1), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        return 1


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


def _type_options(counts):
    options = []
    for content_type_id, count in counts.items():
        content_type = ContentType.objects.get_for_id(content_type_id)
        options.append(TypeOption(code=_code(content_type), name=type_name(content_type_id), count=count))
    return sorted(options, key=lambda option: (-option.count, str(option.name)))
