"""ASCII slugs from Polish and German titles, the same on the server as in the admin's slug field.

With WAGTAIL_ALLOW_UNICODE_SLUGS off, Wagtail's admin script writes a title's slug with its
transliteration tables (ł → l, ż → z, ó → o, ß → ss, ä → a, ö → o, ü → u). Django's `slugify`,
which Wagtail, wagtail-localize and taggit use on the server, drops every letter without an
ASCII decomposition instead: "Rynek Główny" becomes "rynek-gowny". `anyascii` (a dependency of
Wagtail itself) transliterates those letters the way the admin script does, so a slug is the
same whichever side wrote it.

Pages (`AsciiSlugs`, before Wagtail computes their URL path) and tags (`connect`) are put right
as they are saved:
- a slug written with non-ASCII letters (typed into the translation editor, an import, taggit's
  Unicode slugs) is transliterated;
- a slug Django's lossy `slugify` made from the title is made again from the title;
- a translation that still carries the slug of its source page, under a translated title, gets
  a slug of its own title, so /de/ addresses read in German.
"""

import re

from anyascii import anyascii

from django.db.models.signals import pre_save
from django.utils.text import slugify

from taggit.models import Tag
from wagtail.coreutils import find_available_slug
from wagtail.models import Page


def ascii_slug(text, max_length=255):
    """The ASCII slug of `text`: "Rynek Główny" → "rynek-glowny", "Straße" → "strasse"."""
    return slugify(anyascii(str(text)))[:max_length].strip("-")


def is_ascii(text):
    return str(text).isascii()


def made_by_django_from(slug, title):
    """Whether `slug` is Django's lossy slugify of `title`, perhaps with Wagtail's "-2" suffix."""
    lossy = slugify(title)
    return lossy != ascii_slug(title) and re.fullmatch(rf"{re.escape(lossy)}(-\d+)?", slug) is not None


def source_slug_under_translated_title(page):
    """Whether the page is a translation still using the slug of the page it was translated from.

    A translation is always younger than its source, so only older versions count: the source
    page itself keeps its slug whatever its translations are called.
    """
    if not page.pk:
        return False
    older = Page.objects.filter(translation_key=page.translation_key, pk__lt=page.pk).only("slug", "title")
    return any(other.slug == page.slug and other.title != page.title for other in older)


def page_slug(page):
    """The slug the page should have, or None if its own is fine."""
    if page.depth is None or page.depth < 2 or not (page.slug or page.title):
        return None  # the tree's root, or nothing to make a slug of
    if not page.slug:
        base = ascii_slug(page.title)  # before Wagtail's clean makes a lossy one
    elif not is_ascii(page.slug):
        base = ascii_slug(page.slug)
    elif made_by_django_from(page.slug, page.title) or source_slug_under_translated_title(page):
        base = ascii_slug(page.title)
    else:
        return None
    parent = page.get_parent() if page.path else None
    if parent is None:
        return base or None
    return find_available_slug(parent, base or "page", ignore_page_id=page.pk)


class AsciiSlugs:
    """Mixed into every page type: its slug is put right before Wagtail saves it."""

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "slug" in update_fields:
            self.slug = page_slug(self) or self.slug
        return super().save(*args, **kwargs)


def fix_tag_slug(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if not is_ascii(instance.slug) or made_by_django_from(instance.slug, instance.name):
        suffix = re.search(r"_\d+$", instance.slug)  # taggit's own suffix for a taken slug
        instance.slug = ascii_slug(instance.name, 100 - len(suffix.group() if suffix else "")) + (
            suffix.group() if suffix else ""
        )


def connect():
    pre_save.connect(fix_tag_slug, sender=Tag, dispatch_uid="portal.languages.slugs.tag")
