"""Query text handling in Python: cleaning, folding, tokens, stop words and rough stems."""

import re
import unicodedata

# Longer queries are cut: nobody types more, and it bounds the work one request can cause.
MAX_QUERY_LENGTH = 200
MAX_TOKENS = 10

# Letters that Unicode does not decompose into a base letter plus an accent.
# fmt: off
_SPECIAL_FOLDS = str.maketrans(
    {"ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE",
     "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ı": "i"}
)
# fmt: on
_TOKEN = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# The most common words of each language: a query of nothing else finds nothing useful.
# fmt: off
STOP_WORDS = {
    "pl": {
        "a", "aby", "ale", "az", "bo", "by", "byc", "co", "czy", "dla", "do", "gdy", "i", "ich", "im", "ja", "jak",
        "jako", "jej", "jest", "jego", "juz", "ku", "lub", "ma", "mu", "na", "nad", "nie", "o", "od", "oraz", "po",
        "pod", "przed", "przez", "przy", "sa", "sie", "ta", "tak", "te", "tego", "tej", "ten", "to", "tu", "tym",
        "u", "w", "we", "z", "za", "ze",
    },
    "en": {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "her", "his", "i", "in",
        "into", "is", "it", "its", "of", "on", "or", "our", "she", "that", "the", "their", "them", "they", "this",
        "to", "was", "we", "were", "what", "when", "which", "who", "will", "with", "you", "your",
    },
    "de": {
        "als", "am", "an", "auch", "auf", "aus", "bei", "bin", "bis", "das", "dass", "dem", "den", "der", "des",
        "die", "du", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "fur", "hat", "ich", "im", "in",
        "ist", "mit", "nach", "nicht", "noch", "oder", "sich", "sie", "sind", "so", "um", "und", "uns", "von", "vor",
        "war", "wie", "wir", "zu", "zum", "zur",
    },
}

# Inflectional endings, longest first, as they look after folding (ów -> ow, ę -> e).
POLISH_ENDINGS = (
    "owie", "ami", "ach", "ego", "emu", "ych", "ymi", "ich", "imi", "owi", "iem", "om", "em", "ow", "ie",
    "ej", "ym", "im", "ia", "iu", "a", "e", "i", "o", "u", "y",
)
# Crude endings for the SQLite fallback only; PostgreSQL stems English and German properly.
OTHER_ENDINGS = {
    "en": ("ies", "es", "s", "ing", "ed"),
    "de": ("en", "er", "es", "e", "n", "s"),
}
# fmt: on
MIN_STEM = 4


def clean_query(raw):
    """The query as searched and shown: no control characters or NULs, single spaces, bounded."""
    text = _CONTROL.sub(" ", str(raw or ""))
    text = " ".join(text.split())
    return text[:MAX_QUERY_LENGTH].strip()


def fold(text):
    """Lower case without diacritics: Kraków -> krakow, Nürnberg -> nurnberg, Straße -> strasse."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_FOLDS))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def tokens(query):
    """The words of a query, folded, at most MAX_TOKENS, without repeats."""
    words = []
    for word in _TOKEN.findall(fold(query)):
        if word not in words:
            words.append(word)
    return words[:MAX_TOKENS]


def content_words(words, language):
    """The words that are not stop words of the language."""
    stop = STOP_WORDS.get(language, set())
    return [word for word in words if word not in stop]


def stem(word, language):
    """A prefix most forms of the word share, or the word itself when it is short.

    Polish: miasta, miastem, miastach -> miast, which finds miasto. Only the SQLite fallback
    uses the English and German endings.
    """
    endings = POLISH_ENDINGS if language == "pl" else OTHER_ENDINGS.get(language, ())
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word
