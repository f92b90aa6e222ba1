"""Helpers for the demo-content commands: idempotent pages in every language, indexed once."""

import uuid
from contextlib import contextmanager

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler as search_on_save

from django.db.models.signals import post_save

from wagtail.models import Locale, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


def ensure_translated_page(polish_parent, page_class, versions):
    """Create a page and its translations under the matching parents, once.

    `versions` maps a language code to the field values of that language's page,
    Polish first; pages that already exist are left as the editors left them.
    Returns the pages by language code.
    """
    existing_polish = polish_parent.get_children().filter(slug=versions["pl"]["slug"]).first()
    translation_key = existing_polish.translation_key if existing_polish else uuid.uuid4()
    pages = {}
    for language, fields in versions.items():
        locale = Locale.objects.get(language_code=language)
        page = page_class.objects.filter(translation_key=translation_key, locale=locale).first()
        if page is None:
            page = page_class(locale=locale, translation_key=translation_key, **fields)
            polish_parent.get_translation(locale).add_child(instance=page)
            page.save_revision().publish()
        pages[language] = page
    return pages


@contextmanager
def indexed_once():
    """Inside the block, each saved object enters the search and reference indexes once, at the end.

    Publishing a demo page saves it several times (the page, its revision, its translations'
    sync), and Wagtail indexes it again at each save: a third of the time the demo took to
    load. Here the saves are noted instead, and every object still there is indexed once
    when the block ends, as its last save would have done. Wagtail offers the switch for the
    reference index (disable_reference_index_auto_update); the search index has none, so its
    save handler is disconnected for the indexed models and connected again afterwards.
    """
    saved = set()

    def note(sender, instance, raw=False, **kwargs):
        if not raw and instance.pk is not None:
            saved.add((sender, instance.pk))

    searchable = list(search_index.get_indexed_models())
    paused = [model for model in searchable if post_save.disconnect(search_on_save, sender=model)]
    post_save.connect(note, dispatch_uid="demo-indexed-once")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="demo-indexed-once")
        for model in paused:
            post_save.connect(search_on_save, sender=model)
    for model, pk in saved:
        instance = model._default_manager.filter(pk=pk).first()
        if instance is None:
            continue
        if ReferenceIndex.is_indexed(model):
            ReferenceIndex.create_or_update_for_object(instance)
        if model in paused:
            search_index.insert_or_update_object(instance)
