"""Small builders for test content: pages in the real tree, published through Wagtail."""

import uuid

from wagtail.models import Locale, Page, PageViewRestriction

from portal.models import HomePage


def home(language="pl"):
    """The home page of a language (created by the portal's migration)."""
    return HomePage.objects.get(locale__language_code=language)


def add_page(parent, page_class, *, publish=True, **fields):
    """Add a child page; published unless `publish=False` (then it stays a draft)."""
    fields.setdefault("slug", fields["title"].lower().replace(" ", "-"))
    page = page_class(live=publish, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def add_translation(page, language, *, publish=True, **fields):
    """A translation of `page` under the parent's translation, sharing its translation key."""
    locale = Locale.objects.get(language_code=language)
    parent = page.get_parent().specific.get_translation(locale)
    fields.setdefault("title", f"{page.title} ({language})")
    fields.setdefault("slug", f"{page.slug}-{language}")
    return add_page(
        parent, type(page.specific), publish=publish, locale=locale, translation_key=page.translation_key, **fields
    )


def make_private(page):
    """Restrict a page to logged-in users."""
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def unique_slug(prefix="page"):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


__all__ = ["Page", "add_page", "add_translation", "home", "make_private", "unique_slug"]
