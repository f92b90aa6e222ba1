"""Query parameters of the content API checked before Wagtail reads them.

Wagtail's API passes some values on to PostgreSQL or to recursive parsers unchecked: a NUL
byte, an offset beyond bigint, a search of hundreds of words or an unknown search operator
end in a server error there. These checks turn them into a 400 with a message instead.
"""

from django.utils.translation import gettext as _

from wagtail.api.v2.utils import BadRequestError

SEARCH_OPERATORS = ("and", "or")
MAX_SEARCH_CHARACTERS = 200
# The search backend nests one expression per word: a few hundred words exhaust the stack.
MAX_SEARCH_WORDS = 20
# Beyond any real listing, and far below PostgreSQL's bigint limit for OFFSET.
MAX_OFFSET = 1_000_000
# Parameters that must be whole numbers and are compared with 32-bit ids.
ID_PARAMETERS = ("id", "child_of", "descendant_of", "ancestor_of", "translation_of")
MAX_ID = 2**31 - 1
# ?fields= is parsed recursively, one nesting level per parenthesis.
MAX_FIELDS_CHARACTERS = 1000
MAX_FIELDS_DEPTH = 5


def check_parameters(query):
    """Raise BadRequestError for the first parameter in `query` (a QueryDict) Wagtail cannot take."""
    for name, values in query.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            raise BadRequestError(_("Query parameters cannot contain the NUL character."))
    if "search" in query:
        _check_search(query["search"])
    if "search_operator" in query and query["search_operator"] not in SEARCH_OPERATORS:
        raise BadRequestError(_("search_operator must be “and” or “or”."))
    if "offset" in query and _number(query["offset"]) > MAX_OFFSET:
        raise BadRequestError(_("offset cannot be higher than %(maximum)d.") % {"maximum": MAX_OFFSET})
    if "id" in query and not query["id"].strip().isdecimal():
        # The find view passes ?id= to the database unconverted.
        raise BadRequestError(_("id must be a whole number."))
    for name in ID_PARAMETERS:
        if name in query and _number(query[name]) > MAX_ID:
            raise BadRequestError(_("%(name)s is not the id of any item.") % {"name": name})
    if "fields" in query:
        _check_fields(query["fields"])


def _check_search(search):
    if len(search) > MAX_SEARCH_CHARACTERS or len(search.split()) > MAX_SEARCH_WORDS:
        raise BadRequestError(
            _("search is limited to %(words)d words and %(characters)d characters.")
            % {"words": MAX_SEARCH_WORDS, "characters": MAX_SEARCH_CHARACTERS}
        )


def _check_fields(fields):
    depth = deepest = 0
    for character in fields:
        depth += {"(": 1, ")": -1}.get(character, 0)
        deepest = max(deepest, depth)
    if len(fields) > MAX_FIELDS_CHARACTERS or deepest > MAX_FIELDS_DEPTH:
        raise BadRequestError(
            _("fields is limited to %(characters)d characters and %(depth)d nested levels.")
            % {"characters": MAX_FIELDS_CHARACTERS, "depth": MAX_FIELDS_DEPTH}
        )


def _number(value):
    """The value as Wagtail's int() reads it; 0 when it is no number (Wagtail reports those)."""
    try:
        return int(value)
    except ValueError:
        return 0
