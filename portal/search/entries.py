"""What one line of the results list shows."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.safestring import SafeString


@dataclass(frozen=True)
class Result:
    """One entry of the results list; `promoted` marks an editors' pick."""

    title: str
    url: str
    type_name: str
    date: object = None
    snippet: SafeString = SafeString("")
    promoted: bool = False


@dataclass(frozen=True)
class Row:
    """A matched document as a search backend returns it for one results page."""

    page_id: int
    title: str
    content_type_id: int
    date: object
    url_path: str
    snippet: SafeString


def type_name(content_type_id):
    """The page type's name in the reader's language (content types are cached per process)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model._meta.verbose_name if model else ""
