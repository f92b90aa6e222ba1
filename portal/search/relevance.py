"""Relevance figures over a judged set: hit@1, hit@3, mean reciprocal rank and false positives.

A judged entry is (language, query, expected URL paths, kind); an empty expectation means the
query must find nothing. The figures are what the relevance test holds to a floor and what the
benchmark prints.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.test import RequestFactory
from django.utils import translation

from .results import run_search

TOP = 3


@dataclass
class Figures:
    """The figures of one language."""

    queries: int = 0
    hits_at_1: int = 0
    hits_at_3: int = 0
    reciprocal_ranks: float = 0.0
    nothing_queries: int = 0
    false_positives: int = 0
    foreign_results: int = 0
    misses: list = field(default_factory=list)

    @property
    def judged(self):
        return self.queries - self.nothing_queries

    def rate(self, count, of):
        return count / of if of else 1.0

    @property
    def hit_at_1(self):
        return self.rate(self.hits_at_1, self.judged)

    @property
    def hit_at_3(self):
        return self.rate(self.hits_at_3, self.judged)

    @property
    def mrr(self):
        return self.rate(self.reciprocal_ranks, self.judged)

    @property
    def false_positive_rate(self):
        return self.rate(self.false_positives, self.nothing_queries) if self.nothing_queries else 0.0


def result_paths(language, query, host="localhost"):
    """The URL paths of a query's results, best first, as the results page lists them."""
    request = RequestFactory().get("/", HTTP_HOST=host)
    with translation.override(language):
        outcome = run_search(request, query, language)
        rows = list(outcome.results[:10]) if outcome.state == "searched" else []
    return [urlsplit(row.url).path for row in [*outcome.promotions, *rows]]


def measure(judged, search=result_paths):
    """{language: Figures} for the judged entries; `search(language, query)` gives result paths."""
    figures = defaultdict(Figures)
    for language, query, expected, kind in judged:
        found = search(language, query)
        entry = figures[language]
        entry.queries += 1
        entry.foreign_results += sum(1 for path in found if not path.startswith(f"/{language}/"))
        if not expected:
            entry.nothing_queries += 1
            if found:
                entry.false_positives += 1
                entry.misses.append((query, kind, found[:TOP]))
            continue
        rank = next((position for position, path in enumerate(found, 1) if path in expected), None)
        entry.hits_at_1 += rank == 1
        entry.hits_at_3 += rank is not None and rank <= TOP
        entry.reciprocal_ranks += 1 / rank if rank else 0.0
        if not rank or rank > TOP:
            entry.misses.append((query, kind, found[:TOP]))
    return dict(figures)


def print_figures(figures, write=print, misses=True):
    """One line of figures per language, then the queries that missed."""
    write(f"{'language':<9}{'queries':>8}{'hit@1':>8}{'hit@3':>8}{'MRR':>8}{'false+':>8}{'foreign':>8}")
    for language, entry in sorted(figures.items()):
        write(
            f"{language:<9}{entry.queries:>8}{entry.hit_at_1:>8.3f}{entry.hit_at_3:>8.3f}{entry.mrr:>8.3f}"
            f"{entry.false_positive_rate:>8.3f}{entry.foreign_results:>8}"
        )
    if misses:
        for language, entry in sorted(figures.items()):
            for query, kind, found in entry.misses:
                write(f"  miss {language} [{kind}] {query!r}: {found}")
