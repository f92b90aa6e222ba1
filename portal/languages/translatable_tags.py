"""Free-form tags that a translation gets in its own language.

wagtail-localize copies a page's tags to its translations as they are (a German article kept
the Polish "Rynek Główny"), because taggit's manager is neither text nor a translatable model.
This manager offers each tag's name to the translation editor as one string, like a title,
and gives the translation the translated names: tags of its own, with their own slugs, so the
German listing of a tag is German. Tags nobody translated yet stay as in the source.
"""

from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail_localize.segments import StringSegmentValue


class TranslatableTags(ClusterTaggableManager):
    """A ClusterTaggableManager whose tag names are translated with the page."""

    def get_translatable_segments(self, tags):
        return [StringSegmentValue(tag.slug, tag.name) for tag in tags]

    def restore_translated_segments(self, tags, segments):
        translated = {segment.path: segment.render_text() for segment in segments}
        return [translated.get(tag.slug, tag.name) for tag in tags]

    def __set__(self, instance, tags):
        # wagtail-localize assigns the restored names to the field's attribute; a copy, a manager.
        if hasattr(tags, "all"):
            tags = list(tags.all())
        self.__get__(instance, type(instance)).set(tags)
