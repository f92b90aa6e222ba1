"""Keeping the search documents in step with what is published."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models.signals import post_save
from django.utils import translation

from wagtail.models import Locale, TranslatableMixin, get_page_models
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from ..caching.tags import SEARCH_TAG, invalidate
from . import synonyms
from .extract import page_text
from .models import SearchDocument, SearchTerm
from .morphology import expanded_text
from .text import fold

# The text search configuration for each language's documents and queries (migration 0005).
# A new language also wants a partial index of its own (see migration 0009); without one its
# searches still work, by reading every document of the language.
CONFIGURATIONS = {"pl": "portal_simple", "en": "portal_english", "de": "portal_german"}
DEFAULT_CONFIGURATION = "portal_simple"
BATCH_SIZE = 500

_TEXT_FIELDS = ["language", "path", "expire_at", "content_type", "title", "terms", "summary", "body", "date", "folded"]


def configuration(language):
    return CONFIGURATIONS.get(language, DEFAULT_CONFIGURATION)


def uses_postgresql():
    return connection.vendor == "postgresql"


def index_pages(pages, vocabulary=True):
    """Write the documents of these live, specific pages (others are skipped); returns how many."""
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    postgresql = uses_postgresql()
    documents = {}
    for page in pages:
        if not page.live or page.depth < 2:
            continue
        language = languages.get(page.locale_id, "")
        # Choice labels and other translatable texts in the page's own language.
        with translation.override(language or None):
            text = page_text(page)
        documents[page.pk] = SearchDocument(
            page_id=page.pk,
            language=language,
            path=page.path,
            expire_at=page.expire_at,
            content_type_id=page.content_type_id,
            title=text.title[:255],
            terms=text.terms,
            summary=text.summary,
            body=text.body,
            date=text.date,
            # PostgreSQL folds diacritics in its own configurations; SQLite searches this column.
            folded="" if postgresql else fold(" ".join([text.title, text.terms, text.summary, text.body, text.labels])),
        )
        # Searchable but never shown: only the vector is built from them.
        documents[page.pk].labels = text.labels
    documents = list(documents.values())
    if not documents:
        return 0
    if postgresql:
        _write_with_vectors(documents)
        if vocabulary:
            _add_vocabulary([document.page_id for document in documents])
    else:
        SearchDocument.objects.bulk_create(
            documents, update_conflicts=True, unique_fields=["page"], update_fields=_TEXT_FIELDS
        )
    return len(documents)


def index_page(page):
    return index_pages([page])


def remove_pages(page_ids):
    """Drop the documents of these pages (a plain DELETE: no per-row signals)."""
    with connection.cursor() as cursor:
        table = connection.ops.quote_name(SearchDocument._meta.db_table)
        placeholders = ", ".join(["%s"] * len(page_ids))
        cursor.execute(f"DELETE FROM {table} WHERE page_id IN ({placeholders})", list(page_ids))  # noqa: S608


def rebuild():
    """Index every live page from scratch; returns the number of documents.

    Page type by page type, so the objects their search fields name (a relation's partner city)
    come in the same query; the vocabulary is collected once at the end.
    """
    with connection.cursor() as cursor:
        for model in (SearchDocument, SearchTerm):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")  # noqa: S608
    total = 0
    for model in get_page_models():
        pages = model.objects.live().filter(depth__gt=1, content_type=ContentType.objects.get_for_model(model))
        for search_field in model.get_search_fields():
            if isinstance(search_field, index.RelatedFields):
                pages = search_field.select_on_queryset(pages)
        batch = []
        for page in pages.order_by("pk").iterator(chunk_size=BATCH_SIZE):
            batch.append(page)
            if len(batch) == BATCH_SIZE:
                total += index_pages(batch, vocabulary=False)
                batch = []
        total += index_pages(batch, vocabulary=False)
    if uses_postgresql():
        _add_vocabulary()
    invalidate([SEARCH_TAG])  # cached search results were computed from the old documents
    return total


def _configuration_sql(language_column):
    cases = " ".join(f"WHEN '{code}' THEN '{name}'" for code, name in CONFIGURATIONS.items())
    return f"(CASE {language_column} {cases} ELSE '{DEFAULT_CONFIGURATION}' END)::regconfig"


# The small head vector (title and other names, then the short texts) ranks, so ranking thousands of matches stays
# cheap. The full vector only finds matches: without positions and weights it is a third smaller,
# and so is the table a search reads.
# Both are built from the texts with each word's other forms beside it (see morphology).
_HEAD = "setweight(to_tsvector(config, head_text), 'A') || setweight(to_tsvector(config, summary_text), 'B')"
_ALL = "strip(to_tsvector(config, all_text))"
# The title and each name folded, punctuation as spaces, one a line; an exact query is looked up
# in them through an index (migration 0018 holds the same expression).
NAME_KEYS_SQL = (
    "array_to_string(ARRAY(SELECT trim(regexp_replace(lower(unaccent(name)), '[^[:alnum:]]+', ' ', 'g'))"
    " FROM unnest(array_prepend(title, string_to_array(terms, ' · '))) name), E'\\n')"
)
_COLUMNS = [
    ("page_id", "bigint"),
    ("language", "text"),
    ("path", "text"),
    ("expire_at", "timestamptz"),
    ("content_type_id", "integer"),
    ("title", "text"),
    ("terms", "text"),
    ("summary", "text"),
    ("body", "text"),
    ("date", "timestamptz"),
]
# Given with each document but not stored: the texts its vectors are built from.
_VECTOR_TEXTS = [("head_text", "text"), ("summary_text", "text"), ("all_text", "text")]


def _write_with_vectors(documents):
    """Insert or replace documents with their vectors in one statement (one row version each)."""
    names = ", ".join(name for name, _type in _COLUMNS)
    incoming = ", ".join(name for name, _type in _COLUMNS + _VECTOR_TEXTS)
    arrays = ", ".join(f"%s::{sql_type}[]" for _name, sql_type in _COLUMNS + _VECTOR_TEXTS)
    updates = ", ".join(f"{name} = EXCLUDED.{name}" for name, _type in _COLUMNS[1:])
    values = [[getattr(document, name) for document in documents] for name, _type in _COLUMNS]
    values.append([expanded_text(f"{document.title} {document.terms}", document.language) for document in documents])
    values.append([expanded_text(document.summary, document.language) for document in documents])
    values.append([expanded_text(_all_text(document), document.language) for document in documents])
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO portal_searchdocument ({names}, folded, name_keys, head_vector, vector)"  # noqa: S608
            f" SELECT {names}, '', {NAME_KEYS_SQL}, {_HEAD}, {_ALL} FROM ("
            f"   SELECT *, {_configuration_sql('language')} AS config FROM unnest({arrays}) AS incoming({incoming})"
            f" ) AS document"
            f" ON CONFLICT (page_id) DO UPDATE SET {updates}, name_keys = EXCLUDED.name_keys,"
            f" head_vector = EXCLUDED.head_vector, vector = EXCLUDED.vector",
            values,
        )


def _all_text(document):
    return " ".join([document.title, document.terms, document.summary, document.body, getattr(document, "labels", "")])


def _add_vocabulary(page_ids=None):
    """Add the words of these documents (of all, when None) to the vocabulary: words as written,
    without diacritics, in every language; what a typo is corrected to."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO portal_searchterm (language, word)"
            " SELECT DISTINCT document.language, word.lexeme FROM portal_searchdocument document,"
            " unnest(to_tsvector('portal_simple', concat_ws(' ', title, terms, summary, body))) word"
            " WHERE (%s::bigint[] IS NULL OR document.page_id = ANY(%s::bigint[]))"
            " AND char_length(word.lexeme) BETWEEN 3 AND 60 AND word.lexeme ~ '^[[:alpha:]]+$'"
            " ON CONFLICT DO NOTHING",
            [page_ids, page_ids],
        )


# Signals ---------------------------------------------------------------------------------------


def _page_published(sender, instance, **kwargs):
    index_page(instance.specific)


def _page_unpublished(sender, instance, **kwargs):
    remove_pages([instance.pk])


def _page_moved(sender, **kwargs):
    """Copy new tree paths (restrictions follow them). Treebeard may renumber the siblings of
    a moved page too, so every changed path is copied, not only the moved branch's; moves are rare."""
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE portal_searchdocument SET path = page.path FROM wagtailcore_page page"
            " WHERE page.id = portal_searchdocument.page_id AND portal_searchdocument.path <> page.path"
        )


def related_sources():
    """{model: [(page model, foreign key name)]} for the objects pages name in their search fields."""
    sources = defaultdict(set)
    for page_model in get_page_models():
        for search_field in page_model.get_search_fields():
            if not isinstance(search_field, index.RelatedFields):
                continue
            field = page_model._meta.get_field(search_field.field_name)
            if field.many_to_one:
                sources[field.related_model].add((page_model, field.name))
    return sources


def _related_record_saved(sender, instance, raw=False, **kwargs):
    """A renamed partner city renames the pages about it, in every language, in the index."""
    if raw:
        return
    if isinstance(instance, TranslatableMixin):
        records = sender.objects.filter(translation_key=instance.translation_key).values("pk")
    else:
        records = [instance.pk]
    for page_model, field_name in _sources.get(sender, ()):
        pages = page_model.objects.live().filter(
            content_type=ContentType.objects.get_for_model(page_model), **{f"{field_name}__in": records}
        )
        index_pages(list(pages))


_sources = {}


def connect():
    # Deleting a page deletes its document through the foreign key; URLs are read from the
    # page row when results are shown.
    page_published.connect(_page_published, dispatch_uid="search-page-published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="search-page-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="search-page-moved")
    synonyms.connect()
    _sources.update(related_sources())
    for model in _sources:
        post_save.connect(_related_record_saved, sender=model, dispatch_uid=f"search-related-{model._meta.label}")
