"""Word forms: Polish lemmas from Morfeusz 2, German compounds split over simplemma's lexicon.

Polish: PostgreSQL has no Polish stemmer, and a managed server cannot load dictionary files,
so the lemmas are found in Python, at index and at query time, and PostgreSQL only compares
them (portal_simple folds case and diacritics). Measured on the word pairs that prefix stems
could not join (członek/członkiem, Niemczech/Niemcy, książek/Książki, mieście/miasto,
Polsce/Polska, domu/dom, ręce/ręka, dzieci/dziecko):

- Morfeusz 2 (the reference analyser, built on the Grammatical Dictionary of Polish) joins all
  eight, returns every reading of an ambiguous form, loads in 0.1 s and analyses about
  20,000 words a second; it is a wheel on PyPI with its dictionary inside.
- simplemma joins seven (Polska -> "polski", so "Polska"/"Polsce" part) and gives one guess per
  form; loading Polish takes seconds.
- pystempel (Stempel) is a stemmer, not a lexicon: mieście -> "miesić", Polsce -> "polsce",
  dom/domu -> "domowy"/"dom"; four of eight.
- hunspell-pl through spylls needs the dictionary from the system packages and is pure Python:
  slow to load and to analyse, and not a pip dependency.

Derived words (partnerstwo/partnerski) keep their own lemmas; the synonym groups join them.

German: PostgreSQL's Snowball stemmer does not split compounds, so a long word is also
indexed as its parts when both are words of simplemma's German lexicon (a million forms):
Partnerschaftsvertrag -> Partnerschafts + Vertrag. compound-split was measured too: right on
these words, but it loads a 38 MB table in 13 s per process; charsplit-fst needs Python 3.12.
"""

import functools
import re

import morfeusz2
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# The joints of German compounds: Partnerschaft-s-vertrag, Städte-partnerschaft, Tage-s-...
_LINKS = ("", "s", "es", "n", "en", "e")
MIN_PART = 4
_SUFFIXES = {"schaft", "schaften", "heit", "keit", "ung", "ungen", "tum", "nis", "lich", "chen", "lein", "ling"}
MIN_COMPOUND = 8


@functools.cache
def _morfeusz():
    # Separate analyses per token, and "Kraków" also found as "kraków" or "KRAKÓW".
    return morfeusz2.Morfeusz(expand_tags=False, case_handling=morfeusz2.IGNORE_CASE)


@functools.cache
def _german_lexicon():
    return DefaultDictionaryFactory().get_dictionary("de")


@functools.lru_cache(maxsize=50_000)
def polish_lemmas(word):
    """The lemmas of a Polish word form, lower case; empty when the dictionary does not know it."""
    lemmas = []
    for _start, _end, (_form, lemma, tag, _names, _labels) in _morfeusz().analyse(word):
        # Unknown words have no lemma; abbreviations ("pl" -> Polska) would join unrelated pages.
        if tag == "ign" or tag.startswith("brev"):
            continue
        # "członek:Sm1" is one of several homonyms; the part before the colon is the lemma.
        lemma = lemma.split(":", 1)[0].lower()
        if lemma and lemma not in lemmas:
            lemmas.append(lemma)
    return tuple(lemmas)


@functools.lru_cache(maxsize=50_000)
def german_parts(word):
    """The parts of a German compound, the longer ones too: Datenschutzerklärung -> Datenschutz,
    Daten, Schutz, Erklärung; () for a word that is not made of two lexicon words."""
    if len(word) < MIN_COMPOUND or "-" in word:
        return ()
    lexicon = _german_lexicon()
    for split in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head, tail = word[:split], word[split].upper() + word[split + 1 :]
        # "-schaft", "-heit" are suffixes: Partnerschaft is not Partner + Schaft.
        if tail.lower() in _SUFFIXES or tail not in lexicon:
            continue
        for link in _LINKS:
            if link and not head.endswith(link):
                continue
            first = head[: len(head) - len(link)] if link else head
            if len(first) >= MIN_PART and (first in lexicon or first.capitalize() in lexicon):
                return (first, *german_parts(first.capitalize()), tail)
    return ()


def expanded_text(text, language):
    """The text with the other forms of its words after each word, for the index: Polish lemmas,
    German compound parts. Other languages are returned as they are."""
    if language not in ("pl", "de") or not text:
        return text
    pieces = []
    for match in _WORD.finditer(text):
        word = match.group()
        pieces.append(word)
        if language == "pl":
            pieces.extend(polish_lemmas(word))
        else:
            for part in word.split("-") if "-" in word else [word]:
                pieces.extend(german_parts(part))
    return " ".join(pieces)
