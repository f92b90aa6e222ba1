"""Translations made with wagtail-localize, string by string, as the translation editor makes them."""

from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource


def translate_into_german(page, strings):
    """Translate `page` with wagtail-localize, as the translation editor does, into German."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    german = Locale.objects.get(language_code="de")
    translation = Translation.objects.create(source=source, target_locale=german)
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.create(
                translation_of=segment.string, locale=german, context=segment.context, data=text
            )
    translation.save_target(publish=False)
    return page.get_translation(german).specific
