"""Helpers for the demo-content commands: idempotent pages in every language."""

import uuid

from wagtail.models import Locale


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
