"""A reader's query as the search runs it: its terms, each with the alternatives that satisfy it.

A term is one word the reader typed, or a phrase of an editors' synonym group together with the
group's other phrases ("sister city" -> sister city | twin city | town twinning). An
alternative is a sequence of words that must all match. Words keep their letters as typed
(lower case): Polish lemmas need the diacritics; the database folds them itself.
"""

import re
from dataclasses import dataclass

from .text import MAX_TOKENS, STOP_WORDS, fold

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchQuery:
    """The terms of a query; `require_all` is False for the fallback that ranks by how many match."""

    terms: tuple
    require_all: bool = True

    def words(self):
        """Every word of every alternative, once."""
        seen = []
        for term in self.terms:
            for alternative in term:
                seen += [word for word in alternative if word not in seen]
        return seen

    def typed(self):
        """The words the reader typed (the first alternative of each term), as shown back."""
        return " ".join(" ".join(term[0]) for term in self.terms)

    def replaced(self, replacements):
        """The same query with some single-word terms replaced by other words: {word: new word}."""
        terms = tuple(
            ((replacements[term[0][0]],),) if len(term) == 1 and term[0][0] in replacements else term
            for term in self.terms
        )
        return SearchQuery(terms, self.require_all)

    def any_words(self):
        return SearchQuery(self.terms, require_all=False)


def words_of(text, language):
    """The content words of a text in lower case, with their diacritics, without repeats."""
    stop = STOP_WORDS.get(language, set())
    words = []
    for word in _WORD.findall(text.lower()):
        if fold(word) not in stop and word not in words:
            words.append(word)
    return words


def parse(query, language, groups=()):
    """The SearchQuery of a cleaned query; `groups` are the language's synonym groups, each a list
    of phrases, each phrase a tuple of lower-case words."""
    words = words_of(query, language)[:MAX_TOKENS]
    folded = [fold(word) for word in words]
    terms, position = [], 0
    while position < len(words):
        term = None
        for group in groups:
            for phrase in group:
                length = len(phrase)
                if length and tuple(folded[position : position + length]) == tuple(fold(word) for word in phrase):
                    typed = tuple(words[position : position + length])
                    others = [tuple(other) for other in group if tuple(map(fold, other)) != tuple(map(fold, typed))]
                    term = (typed, *others)
                    break
            if term:
                break
        if term:
            terms.append(term)
            position += len(term[0])
        else:
            terms.append(((words[position],),))
            position += 1
    return SearchQuery(tuple(terms))
