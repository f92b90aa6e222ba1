"""Hypothesis strategies for what a hostile visitor types into a query string or a form."""

from hypothesis import strategies as st

# Values that broke or strained the site before, and the usual suspects.
CLASSIC = [
    "",
    " ",
    "\x00",
    "euro\x00cities",
    "-1",
    "0",
    "1.5",
    "1e9",
    "0x10",
    "1_000",
    "2147483648",
    "9223372036854775808",
    "100000000000000000000",
    "null",
    "true",
    "root",
    "random",
    "*",
    "_",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    "../../etc/passwd",
    "%00",
    "\u202e\u200b\ufeff",
    "ü" * 300,
]
WORDS = ["kraków", "miasto", "festival", "partnership", "news", "the", "and", "or", "not", "a", "-", "|", '"', "*"]

control_text = st.text(alphabet=st.characters(max_codepoint=0x1F) | st.sampled_from("\x7f\x85\u2028"), max_size=8)
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
numbers = st.integers(min_value=-(10**30), max_value=10**30).map(str)
long_text = st.integers(min_value=200, max_value=20_000).map(lambda size: "a" * size)


def many_words(words):
    return st.lists(st.sampled_from(words), min_size=20, max_size=300).map(" ".join)


# Raw bytes, often not UTF-8: the query string carries them percent-encoded as they are.
raw_bytes = st.binary(min_size=1, max_size=12)


def field_selectors(names):
    """?fields= values: known and unknown names, negations, wildcards and nested selectors."""
    name = st.sampled_from([*names, "*", "_", "-title", "unknown_field"]) | st.from_regex(r"\A[a-z_]{1,12}\Z")
    return st.recursive(
        name,
        lambda inner: st.tuples(name, st.lists(inner, min_size=1, max_size=3)).map(
            lambda pair: f"{pair[0]}({','.join(pair[1])})"
        ),
        max_leaves=12,
    ) | st.lists(name, min_size=1, max_size=6).map(",".join)


def values(known):
    """Any value for any parameter: the site's own values mixed with hostile ones."""
    known = sorted(set(known)) or [""]
    return st.one_of(
        st.sampled_from(known),
        st.sampled_from(CLASSIC),
        any_text,
        control_text,
        numbers,
        long_text,
        many_words(WORDS + known[:50]),
        raw_bytes,
    )


ODD_NAMES = ["x", "page[]", "q[0]", "\x00", "ü", "fields[]", "__proto__"]


def queries(strategies, fallback):
    """Query strings as lists of (name, value) pairs: mostly known names, each with its own values,
    sometimes repeated (an array); now and then an unknown name too."""
    known = st.sampled_from(sorted(strategies)).flatmap(lambda name: st.tuples(st.just(name), strategies[name]))
    odd = st.tuples(st.sampled_from(ODD_NAMES) | raw_bytes, fallback)
    odd_ones = st.sampled_from([0, 0, 0, 1]).flatmap(lambda count: st.lists(odd, min_size=count, max_size=count))
    return st.tuples(st.lists(known, max_size=3), odd_ones).map(lambda lists: lists[0] + lists[1])
