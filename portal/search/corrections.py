"""Typo hints: only for words that match nothing, and only when the typed word is plainly a slip.

A correct word must never be rewritten into another one ("Wiedeń" is not a typo of "wiedza",
"Prag" not of "praw"): a word is only corrected when it matches nothing at all, is long
enough to carry a typo, is not a word the Polish dictionary knows, and the vocabulary word
is within a small edit distance of it, starting with the same letter. The edit distance is
computed here (optimal string alignment, a dozen lines) rather than adding a library for it.
"""

from .morphology import polish_lemmas
from .postgres import closest_words, unmatched_words
from .text import fold

MIN_LENGTH = 5
# Trigram similarity that candidates need before their edit distance is checked.
CANDIDATE_SIMILARITY = 0.3


def allowed_edits(word):
    return 1 if len(word) < 8 else 2


def edit_distance(first, second):
    """Insertions, deletions, substitutions and swaps of neighbours that turn one word into the other."""
    previous2, previous = None, list(range(len(second) + 1))
    for i, first_char in enumerate(first, 1):
        current = [i]
        for j, second_char in enumerate(second, 1):
            cost = first_char != second_char
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                previous2 is not None
                and i > 1
                and j > 1
                and first_char == second[j - 2]
                and first[i - 2] == second_char
            ):
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]


def corrections(scope, search_query):
    """{typed word: vocabulary word} for the words of the query that are typos of a known word."""
    unmatched = unmatched_words(scope, search_query)
    eligible = [
        word
        for word in unmatched
        if len(fold(word)) >= MIN_LENGTH and not (scope.language == "pl" and polish_lemmas(word))
    ]
    if not eligible:
        return {}
    replacements = {}
    for word, candidates in closest_words(eligible, scope.language, CANDIDATE_SIMILARITY).items():
        typed = fold(word)
        for candidate, _similarity in candidates:
            if candidate[0] == typed[0] and edit_distance(typed, candidate) <= allowed_edits(typed):
                replacements[word] = candidate
                break
    return replacements
