"""One search, put together for the results page: state, count, type filter, promotions, rows."""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from . import fallback, postgres
from .entries import Result, type_name
from .highlight import marked_snippet, snippet_around
from .indexing import uses_postgresql
from .models import SearchDocument
from .promotions import promoted_results
from .text import clean_query, content_words, stem, tokens
from .visibility import visible

PER_PAGE = 10


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
    """The ranked matches as Paginator sees them: a known count, and one query per page shown."""

    def __init__(self, queryset, count, build):
        self.queryset, self._count, self._build = queryset, count, build

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        return [self._build(document) for document in self.queryset[key]]


def run_search(request, raw_query, language, type_code=""):
    query = clean_query(raw_query)
    if not query:
        return SearchOutcome(query="", state="empty")
    words = content_words(tokens(query), language)
    if not words:
        return SearchOutcome(query=query, state="stop_words")

    backend = postgres if uses_postgresql() else fallback
    promotions = promoted_results(request, query, language)
    promoted_ids = [result.page_id for result in promotions if result.page_id]
    documents = visible(SearchDocument.objects.all(), language).exclude(page_id__in=promoted_ids)
    matches = backend.matching(documents, words, language)
    counts = backend.type_counts(matches)
    corrected_query = ""
    if not counts and backend is postgres:
        corrected = postgres.corrected_words(words, language)
        if corrected != words:
            retried = backend.matching(documents, corrected, language)
            retried_counts = backend.type_counts(retried)
            # Only a correction that finds something is shown: the vocabulary also holds words of
            # pages a reader may not see.
            if retried_counts:
                words, matches, counts, corrected_query = corrected, retried, retried_counts, " ".join(corrected)

    selected = _content_type(type_code)
    if selected is not None:
        matches = matches.filter(content_type_id=selected.pk)
        total = counts.get(selected.pk, 0)
    else:
        total = sum(counts.values())

    if backend is postgres:
        build = _postgres_row_builder(request)
    else:
        build = _fallback_row_builder(request, [stem(word, language) for word in words])
    return SearchOutcome(
        query=query,
        state="searched",
        results=RankedResults(backend.ranked(matches, words, language), total, build),
        total=total,
        types=_type_options(counts),
        selected_type=_code(selected) if selected is not None else "",
        corrected_query=corrected_query,
        promotions=[] if selected is not None else [result.result for result in promotions],
    )


def _postgres_row_builder(request):
    def build(document):
        return Result(
            title=document.title,
            url=document.page.get_url(request),
            type_name=type_name(document.content_type_id),
            date=document.date,
            snippet=marked_snippet(document.snippet),
        )

    return build


def _fallback_row_builder(request, prefixes):
    def build(document):
        return Result(
            title=document.title,
            url=document.page.get_url(request),
            type_name=type_name(document.content_type_id),
            date=document.date,
            snippet=snippet_around(f"{document.summary} {document.body}".strip(), prefixes),
        )

    return build


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
