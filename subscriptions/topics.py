"""The topics a resident can follow, named in a language, and the pages each one matches.

News of a category, a tag or a partnership, and the events of a partnership. A category and
a relation are followed by translation key, so an article filed under the Polish category (as
copies for translation are) still reaches a German subscriber; a tag belongs to one language,
so it is followed by its id.
"""

import uuid
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q

from taggit.models import Tag

from events.models import EventPage
from memberships.models import RelationPage
from news.models import NewsArticlePage, NewsCategory
from portal.pages.queries import public

from .models import Topic

EVENT_TOPICS = {Topic.RELATION_EVENTS}


@dataclass(frozen=True)
class TopicRef:
    topic: str  # a Topic value
    key: str
    label: str  # its name in the language asked for


def _uuid(key):
    try:
        return uuid.UUID(str(key))
    except ValueError:
        return None


def _tag_id(key):
    """A tag's id from a key of ASCII digits ("²" and "٣" are digits to str.isdigit, not to int)."""
    key = str(key)
    return int(key) if key.isascii() and key.isdigit() else None


def find_topic(topic, key, language):
    """The TopicRef of `topic`/`key` as readers of `language` see it, or None when it does not
    exist there (an unknown kind, a malformed key, a relation with no public page there)."""
    key = str(key or "")[:64]
    if topic == Topic.CATEGORY and _uuid(key):
        category = NewsCategory.objects.filter(translation_key=_uuid(key), locale__language_code=language).first()
        return category and TopicRef(topic, key, category.name)
    if topic == Topic.TAG and _tag_id(key):
        # Tags are shared by every language and exist for drafts too: one is offered only where
        # a mailable article of this language carries it, as its tag listing is.
        tagged = mailable_articles(language).filter(tagged_items__tag_id=OuterRef("pk"))
        tag = Tag.objects.filter(Exists(tagged), pk=_tag_id(key)).first()
        return tag and TopicRef(topic, key, f"#{tag.name}")
    if topic in (Topic.RELATION, Topic.RELATION_EVENTS) and _uuid(key):
        relation = public(RelationPage.objects.filter(translation_key=_uuid(key), locale__language_code=language))
        relation = relation.first()
        return relation and TopicRef(topic, key, relation.title)
    return None


def topic_filter(topic, key):
    """The Q selecting pages about `topic`/`key`, or None for a key that cannot name one."""
    if topic == Topic.CATEGORY and _uuid(key):
        return Q(categories__translation_key=_uuid(key))
    if topic == Topic.TAG and _tag_id(key):
        return Q(tagged_items__tag_id=_tag_id(key))
    if topic in (Topic.RELATION, Topic.RELATION_EVENTS) and _uuid(key):
        return Q(relations__translation_key=_uuid(key))
    return None


def mailable_articles(language):
    """Articles of a language that may be mailed: live, under no view restriction, not expired.
    Drafts, private pages and expired articles never qualify, here or when the e-mail is built."""
    return NewsArticlePage.objects.in_language(language).published()


def mailable_events(language):
    """Events of a language that may be mailed: live and under no view restriction."""
    return public(EventPage.objects.filter(locale__language_code=language))


def _mailable(topic, language):
    return mailable_events(language) if topic in EVENT_TOPICS else mailable_articles(language)


def matching_pages(topic, key, language, published_since):
    """(id, first published) of mailable pages about a topic published at or after `published_since`."""
    about = topic_filter(topic, key)
    if about is None:
        return []
    return (
        _mailable(topic, language)
        .filter(about, first_published_at__gte=published_since)
        .order_by()
        .values_list("pk", "first_published_at")
        .distinct()
    )


def mailable_pages(language, ids):
    """The pages of `ids` that may still be mailed, articles and events alike, newest first."""
    found = [*mailable_articles(language).filter(pk__in=ids), *mailable_events(language).filter(pk__in=ids)]
    return sorted(found, key=lambda page: (page.first_published_at, page.pk), reverse=True)
