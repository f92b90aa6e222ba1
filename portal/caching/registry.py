"""What apps tell the portal about the records readers see, through the `register_cache_tags` hook.

Each function registered with `@hooks.register("register_cache_tags")` returns pairs of
(model, tags function or None). A non-page model named there is reader-facing: saving or
deleting one of its records invalidates that record's tags, its model's tag, the pages that
reference it (Wagtail's reference index) and whatever the tags function adds. For a page
model the function adds the tags of what lists a page of that type (its categories, its
archive month), given the page as it is live.
"""

from wagtail import hooks
from wagtail.models import Page

HOOK_NAME = "register_cache_tags"


def _registrations():
    for hook in hooks.get_hooks(HOOK_NAME):
        yield from hook()


def is_reader_facing(model):
    return any(issubclass(model, registered) for registered, _tags in _registrations())


def extra_tags(instance):
    """The tags registered functions add for this record or page."""
    tags = set()
    for model, tags_of in _registrations():
        if tags_of is not None and isinstance(instance, model):
            tags.update(tags_of(instance))
    return tags


def registered_page_models():
    return [model for model, _tags in _registrations() if issubclass(model, Page)]
