"""The newsroom's cache tags: which listings show an article, and what a change invalidates.

Registered with the portal through the `register_cache_tags` hook (news.wagtail_hooks): when
an article is published, unpublished, moved or deleted, the listings of its categories, its
tags and its archive month are invalidated with it, as they were before and after the change,
and so are the pages of the partnerships it is about (their "in the news" list and timeline).
"""

from django.utils.timezone import localtime

from portal.caching.tags import links_tag


def category_tag(translation_key):
    """The listing of one category, in every language."""
    return f"news-category:{translation_key}"


def category_name_tag(translation_key):
    """What a category is called and where its listing is, in every language: the cards and
    pages that name it, which a publication in the category leaves as they are."""
    return f"news-category-name:{translation_key}"


def tagged_tag(tag_pk):
    """The listing of one tag."""
    return f"news-tagged:{tag_pk}"


def archive_tag(language):
    """Which years and months a language's archive has and how many articles each: changed by
    an article joining, leaving or changing its month, not by a correction."""
    return f"news-archive:{language}"


def year_tag(language, date):
    """The archive view of the year of a date."""
    return f"news-archive:{language}:{date:%Y}"


def month_tag(language, date):
    """The archive view of the month of a date."""
    return f"news-archive:{language}:{date:%Y-%m}"


def article_tags(article):
    tags = {category_tag(category.translation_key) for category in article.categories.all()}
    tags.update(tagged_tag(tag.pk) for tag in article.tags.all())
    # The newsroom owns the link to a relation; the relation's page shows what links to it.
    tags.update(links_tag(key) for key in article.relations.values_list("translation_key", flat=True))
    language = article.locale.language_code
    tags.add(archive_tag(language))
    if article.date:
        date = localtime(article.date)
        tags.update({year_tag(language, date), month_tag(language, date)})
    return tags


def category_tags(category):
    return {category_tag(category.translation_key), category_name_tag(category.translation_key)}
