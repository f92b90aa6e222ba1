"""The editors' synonym groups of a language, as folded word sequences, cached until one changes."""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from .models import SynonymGroup
from .query import words_of

CACHE_SECONDS = 60 * 60


def _key(language):
    return f"portal:search:synonyms:1:{language}"


def groups(language):
    """[[phrase, ...], ...]: each phrase a tuple of lower-case content words, e.g. [("twin", "city"), ...]."""
    stored = cache.get(_key(language))
    if stored is None:
        stored = []
        for group in SynonymGroup.objects.filter(locale__language_code=language).order_by("pk"):
            phrases = [tuple(words_of(phrase, language)) for phrase in group.phrases()]
            phrases = [phrase for phrase in phrases if phrase]
            if len(phrases) > 1:
                stored.append(phrases)
        cache.set(_key(language), stored, CACHE_SECONDS)
    return stored


def _forget(sender, instance, **kwargs):
    cache.delete_many([_key(code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES])


def connect():
    post_save.connect(_forget, sender=SynonymGroup, dispatch_uid="search-synonyms-saved")
    post_delete.connect(_forget, sender=SynonymGroup, dispatch_uid="search-synonyms-deleted")
