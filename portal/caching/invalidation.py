"""Which changes invalidate which tags: only what readers can see.

Drafts, autosaves, revisions, workflow states, locks and comments change nothing a reader
sees, so they invalidate nothing: a page counts when it is published, unpublished, moved,
renamed, deleted or restricted, and a record when an app registered its model as
reader-facing (portal.caching.registry). A settings row created on first use (a GET) holds
only defaults and counts neither.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save

from modelcluster.fields import ParentalKey
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import purge, registry
from .tags import (
    API_TAG,
    EVERYTHING,
    SEARCH_TAG,
    SITEMAP_TAG,
    address_tag,
    children_tag,
    invalidate,
    links_tag,
    menu_tag,
    model_tag,
    page_tag,
    pages_tag,
    record_tag,
    translations_tag,
)


def changed(tags):
    """Invalidate now, and again once the transaction commits: a reader who rebuilt a part
    from the data as it was before the commit must not keep it."""
    tags = invalidate(tags)
    transaction.on_commit(lambda: _after_commit(tags), robust=True)
    return tags


def _after_commit(tags):
    invalidate(tags)
    purge.purge_tags(tags)


def page_tags(page):
    """Everything that shows a page or would show it once it changed."""
    page = page.specific_deferred if type(page) is Page else page
    language = page.locale.language_code
    tags = {
        page_tag(page.pk),
        pages_tag(type(page), language),
        translations_tag(page.translation_key),
        SEARCH_TAG,
        API_TAG,
        SITEMAP_TAG,
        *registry.extra_tags(page),
    }
    parent_pk = Page.objects.filter(path=page.path[: -page.steplen]).values_list("pk", flat=True).first()
    if parent_pk:
        tags.add(children_tag(parent_pk))
        # Menus list only pages shown in them: a page that is, or was until now, in menus.
        if page.show_in_menus or getattr(page, "_cache_was_in_menus", False):
            tags.add(menu_tag(parent_pk))
    tags.update(links_tag(key) for key in _linked_translation_keys(page))
    # An alias shows its source's content and follows its source's view restrictions.
    tags.update(page_tag(pk) for pk in Page.objects.filter(alias_of_id=page.pk).values_list("pk", flat=True))
    return tags


def moved_or_hidden_tags(page):
    """page_tags, and the page's address (its cached route): for a change of where it is or
    who may see it, which a correction to its content is not."""
    aliases = Page.objects.filter(alias_of_id=page.pk).values_list("pk", flat=True)
    return page_tags(page) | {address_tag(page.pk)} | {address_tag(pk) for pk in aliases}


def _linked_translation_keys(page):
    references = ReferenceIndex.get_references_for_object(page).filter(
        to_content_type=ReferenceIndex._get_base_content_type(Page)
    )
    pks = {int(pk) for pk in references.values_list("to_object_id", flat=True)}
    return Page.objects.filter(pk__in=pks).values_list("translation_key", flat=True)


def _with_descendants(page, tags):
    # The addresses, visibility or routes of every page below change too: rare enough (moving
    # or restricting a whole section) to start afresh.
    if page.numchild:
        return {EVERYTHING}
    return tags


def _page_published(sender, instance, **kwargs):
    tags = page_tags(instance)
    url_path_before = getattr(instance, "_cache_url_path_before", None)
    if url_path_before not in (None, instance.url_path):
        # Renamed on publication: Wagtail's page_slug_changed comes only after the commit, and
        # the old address must stop answering at once.
        tags = _with_descendants(instance, tags | moved_or_hidden_tags(instance))
    before = getattr(instance, "_cache_tags_before", None)
    republished = getattr(instance, "_cache_was_published", False)
    if republished and before == registry.extra_tags(instance) and url_path_before == instance.url_path:
        # Published again in the same places (categories, tags, month) at the same address:
        # lists that choose their pages by those sets choose the same ones, and show this one
        # through its own tag; its translations keep their addresses, so language switchers
        # stay. Every article page's related box is chosen that way, so a correction to one
        # article must not rebuild them all.
        changed(tags - before - {translations_tag(instance.translation_key)})
    else:
        changed(tags | (before or set()))


def _page_unpublished(sender, instance, **kwargs):
    changed(_with_descendants(instance, moved_or_hidden_tags(instance)))


def _page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    tags = moved_or_hidden_tags(instance) | {children_tag(parent_page_before.pk), children_tag(parent_page_after.pk)}
    if instance.show_in_menus:
        tags |= {menu_tag(parent_page_before.pk), menu_tag(parent_page_after.pk)}
    changed(_with_descendants(instance, tags))


def _page_slug_changed(sender, instance, **kwargs):
    changed(_with_descendants(instance, moved_or_hidden_tags(instance)))


def _remember_live_tags(sender, instance, update_fields=None, **kwargs):
    """Before a live page's content is overwritten by a publication, note what listed it, so
    the listings and menus it leaves (an old category) are refreshed too. Draft saves name
    their fields and are skipped."""
    if update_fields is not None or not instance.pk or not isinstance(instance, Page):
        return
    live_row = Page.objects.filter(pk=instance.pk, live=True).values("show_in_menus", "url_path").first()
    instance._cache_was_in_menus = bool(live_row and live_row["show_in_menus"])
    instance._cache_url_path_before = live_row["url_path"] if live_row else None
    if not issubclass(sender, tuple(registry.registered_page_models())):
        return
    live = sender.objects.filter(pk=instance.pk, live=True).first()
    if live is not None:
        instance._cache_tags_before = registry.extra_tags(live)
        # Readers have seen it in those places only if it was published (a page can also be
        # created live, by code, and published afterwards).
        instance._cache_was_published = live.last_published_at is not None


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and type(instance) is not Page:
        changed(moved_or_hidden_tags(instance))


def _restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        changed(_with_descendants(page, moved_or_hidden_tags(page)))


def _collection_privacy_changed(sender, instance, **kwargs):
    """Documents of a collection that turns private (or public) leave (or join) the API and the
    pages that link to them."""
    document_model = get_document_model()
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    collections = collection.get_descendants(inclusive=True) if collection else Collection.objects.none()
    documents = document_model.objects.filter(collection__in=collections)
    tags = {model_tag(document_model), API_TAG}
    tags.update(record_tag(document_model, pk) for pk in documents.values_list("pk", flat=True))
    tags.update(page_tag(pk) for pk in _referencing_pages(documents))
    changed(tags)


def _referencing_pages(objects):
    references = ReferenceIndex.get_references_to_in_bulk(objects)
    pages = references.filter(base_content_type=ReferenceIndex._get_base_content_type(Page))
    return {int(pk) for pk in pages.values_list("object_id", flat=True)}


def record_tags(instance):
    """What shows a reader-facing record: itself, its model, the pages that reference it."""
    model = type(instance)
    tags = {model_tag(model), record_tag(model, instance.pk), API_TAG, *registry.extra_tags(instance)}
    if instance.pk is not None:
        tags.update(page_tag(pk) for pk in _referencing_pages([instance]))
    return tags


def _record_changed(sender, instance, created=False, **kwargs):
    if isinstance(instance, Page) or not registry.is_reader_facing(sender):
        return
    if created and issubclass(sender, BaseSiteSetting | BaseGenericSetting):
        return  # created with its defaults on first use, typically by a reader's GET
    parent = _cluster_parent(instance)
    if parent is False:
        return
    changed(record_tags(parent if parent is not None else instance))


def _cluster_parent(instance):
    """The record a child row belongs to (a network's facts), None for a record of its own, or
    False for a page's child row, which only its page's publication shows."""
    for field in instance._meta.get_fields():
        if isinstance(field, ParentalKey):
            parent = getattr(instance, field.name, None)
            if isinstance(parent, Page) or issubclass(field.related_model, Page):
                return False
            return parent
    return None


def _site_changed(sender, **kwargs):
    changed({EVERYTHING})


def connect():
    page_signals = {
        "published": (page_published, _page_published),
        "unpublished": (page_unpublished, _page_unpublished),
        "moved": (post_page_move, _page_moved),
        "slug": (page_slug_changed, _page_slug_changed),
    }
    for name, (signal, handler) in page_signals.items():
        signal.connect(handler, dispatch_uid=f"cache-tags-page-{name}")
    pre_save.connect(_remember_live_tags, dispatch_uid="cache-tags-page-before")
    post_delete.connect(_page_deleted, dispatch_uid="cache-tags-page-delete")
    for signal in (post_save, post_delete):
        kind = "save" if signal is post_save else "delete"
        signal.connect(_record_changed, dispatch_uid=f"cache-tags-record-{kind}")
        signal.connect(_site_changed, sender=Site, dispatch_uid=f"cache-tags-site-{kind}")
        signal.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid=f"cache-tags-restriction-{kind}")
        signal.connect(
            _collection_privacy_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"cache-tags-collection-restriction-{kind}",
        )
