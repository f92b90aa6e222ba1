"""What a page says, read generically from its fields, in the parts the search weighs differently."""

import re
from dataclasses import dataclass

from django.db import models
from django.db.models import Manager
from django.utils.encoding import force_str

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

MAX_BODY_CHARACTERS = 200_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Page's own fields are either the title, handled below, or not text readers search for.
_PAGE_FIELD_NAMES = {field.name for field in Page._meta.get_fields()}
# Struct block fields that describe rather than tell: searchable, never in a snippet.
_LABEL_FIELDS = {"alt", "alt_text", "caption", "credit", "attribution", "label", "source_name"}


@dataclass(frozen=True)
class PageText:
    """The searchable text of a page: title and other names rank highest, then short texts."""

    title: str
    terms: str
    summary: str
    body: str
    date: object
    labels: str = ""


def page_text(page):
    """The text of a specific page: its own text fields, its declared search fields, and names.

    Names come from the objects its `search_fields` relate to (e.g. a relation's partner city),
    in every language those objects are translated into, and from `search_extra_terms()` if the
    page defines it: so "Norymberga" finds the English Nuremberg page. `search_facts()`, if
    defined, adds searchable facts after the text.
    """
    summary = [page.search_description]
    body = []
    # One-line fields (captions, credits, departments), alt texts and choice labels are searchable
    # but are not prose: they stay out of the body, so snippets never show them.
    labels = []
    covered = set(_PAGE_FIELD_NAMES)
    for field in type(page)._meta.concrete_fields:
        if field.name in covered:
            continue
        value = field.value_from_object(page)
        if isinstance(field, StreamField):
            # Empty optional blocks report their value as "None".
            _stream_text(field.stream_block, value, body, labels)
        elif isinstance(field, RichTextField):
            body.append(get_text_for_indexing(value or ""))
        elif _is_plain_text(field):
            (summary if isinstance(field, models.TextField) else labels).append(value or "")
        else:
            continue
        covered.add(field.name)

    terms = []
    for search_field in page.get_search_fields():
        if isinstance(search_field, index.RelatedFields):
            terms.extend(_related_names(page, search_field))
        elif isinstance(search_field, index.SearchField) and search_field.field_name not in covered:
            body.append(_as_text(search_field.get_value(page)))
            covered.add(search_field.field_name)
    extra_terms = getattr(page, "search_extra_terms", None)
    if callable(extra_terms):
        terms.extend(extra_terms())
    # Facts (a relation's kind and country) find the page but are not its names: they neither
    # rank it as a title would nor open its snippet.
    facts = getattr(page, "search_facts", None)
    if callable(facts):
        labels.extend(facts())

    return PageText(
        title=_clean(page.title),
        terms=_clean(" · ".join(_unique(terms))),
        summary=_clean(" ".join(summary)),
        body=_clean(" ".join(body))[:MAX_BODY_CHARACTERS],
        labels=_clean(" ".join(labels))[:MAX_BODY_CHARACTERS],
        date=_date(page),
    )


def _stream_text(block, value, prose, labels):
    """Split a block's searchable text into prose (text, rich text) and labels (choices, alt
    texts, credits, captions), walking structs, lists and streams."""
    if value is None:
        return
    if isinstance(block, (blocks.StreamBlock, blocks.ListBlock)):
        for child in value:
            child_block = getattr(child, "block", None) or getattr(block, "child_block", None)
            _stream_text(child_block, getattr(child, "value", child), prose, labels)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            target = labels if name in _LABEL_FIELDS else prose
            _stream_text(child_block, value.get(name), target, labels)
    elif isinstance(block, (blocks.ChoiceBlock, blocks.MultipleChoiceBlock)):
        labels.extend(str(text) for text in block.get_searchable_content(value) if text)
    else:
        prose.extend(str(text) for text in block.get_searchable_content(value) if text and str(text) != "None")


def _date(page):
    """The date that means something for the page: what it says of itself (a relation's start, an
    article's publication), else its publication. A page type with `search_dated = False` (a
    directory or a listing, whose publication date says nothing to readers and would only show
    when it was last loaded or moved) has none."""
    if not getattr(page, "search_dated", True):
        return None
    own = getattr(page, "search_date", None)
    own = own() if callable(own) else None
    return own or getattr(page, "display_date", None) or page.last_published_at or page.first_published_at


def _is_plain_text(field):
    return (
        isinstance(field, (models.CharField, models.TextField))
        and not field.choices
        and not isinstance(field, (models.URLField, models.EmailField, models.SlugField))
    )


def _related_names(page, related_fields):
    """The values of a RelatedFields' search fields, for the related objects and their translations."""
    related = related_fields.get_value(page)
    if related is None:
        return []
    if callable(related) and not isinstance(related, Manager):
        related = related()
    objects = list(related.all()) if isinstance(related, Manager) else [related]
    names = []
    for obj in objects:
        versions = [obj]
        if isinstance(obj, TranslatableMixin):
            versions += list(obj.get_translations().order_by("pk"))
        for version in versions:
            for sub_field in related_fields.fields:
                if isinstance(sub_field, index.SearchField):
                    names.extend(_split_names(_as_text(sub_field.get_value(version))))
    return names


def _split_names(text):
    # "Nuremberg, Nuernberg" lists names; each is a term of its own.
    return [name.strip() for name in text.split(",") if name.strip()]


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(_as_text(item) for item in value.values())
    return force_str(value)


def _unique(items):
    seen = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def _clean(text):
    return " ".join(_CONTROL.sub(" ", text or "").split())
