"""Builders for newsroom content: listings, categories, pictures and articles, published through Wagtail."""

import datetime
import uuid
from io import BytesIO

from PIL import Image as PillowImage

from django.core.files.images import ImageFile
from django.utils import timezone

from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale

from news.models import NewsArticlePage, NewsArticleTag, NewsCategory, NewsIndexPage, NewsUpdateNote
from tests.builders import add_page, add_translation, home

INDEX_SLUGS = {"pl": "aktualnosci", "en": "news", "de": "nachrichten"}
INDEX_TITLES = {"pl": "Aktualności", "en": "News", "de": "Nachrichten"}


def news_index(language="en", **fields):
    """The news listing of a language, created on first use as a translation of the Polish one."""
    existing = NewsIndexPage.objects.filter(locale__language_code=language).first()
    if existing:
        return existing
    fields.setdefault("title", INDEX_TITLES[language])
    fields.setdefault("slug", INDEX_SLUGS[language])
    if language == "pl":
        return add_page(home("pl"), NewsIndexPage, **fields)
    return add_translation(news_index("pl"), language, **fields)


def category(language="en", name="Culture", slug=None, translation_key=None, **fields):
    return NewsCategory.objects.create(
        locale=Locale.objects.get(language_code=language),
        name=name,
        slug=slug or name.lower().replace(" ", "-"),
        translation_key=translation_key or uuid.uuid4(),
        **fields,
    )


def picture(title="A test picture", size=(64, 36)):
    """A small JPEG in the image library."""
    buffer = BytesIO()
    PillowImage.new("RGB", size, (11, 79, 138)).save(buffer, "JPEG")
    image = get_image_model()(title=title, file=ImageFile(buffer, name=f"{uuid.uuid4().hex[:8]}.jpg"))
    image.save()
    return image


def moment(year, month, day, hour=12):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


def article(
    title,
    *,
    language="en",
    index=None,
    date=None,
    publish=True,
    categories=(),
    tags=(),
    notes=(),
    **fields,
):
    """An article in a language's listing; `notes` are (datetime, text) update notes."""
    index = index or news_index(language)
    fields.setdefault("lead", f"What happened: {title}.")
    fields.setdefault("slug", f"{title.lower().replace(' ', '-')}-{uuid.uuid4().hex[:6]}")
    # Publication asks who answers for an article and who prepared it: unnamed, the city office.
    if not fields.get("responsible_unit"):
        fields.setdefault("responsible_is_city_office", True)
    if not fields.get("produced_by"):
        fields.setdefault("produced_by_city_office", True)
    return add_page(
        index,
        NewsArticlePage,
        publish=publish,
        title=title,
        date=date,
        locale=index.locale,
        categories=list(categories),
        tagged_items=[NewsArticleTag(tag=Tag.objects.get_or_create(name=name)[0]) for name in tags],
        update_notes=[NewsUpdateNote(date=when, note=text) for when, text in notes],
        **fields,
    )


def translate(page, language, **fields):
    """A translation of an article (or listing) into `language`, its listing translated first if need be."""
    if isinstance(page.specific, NewsArticlePage):
        news_index(language)
    return add_translation(page, language, **fields)


def articles(count, *, language="en", start=None, **fields):
    """`count` articles, one a day back from `start`, newest first in the list returned."""
    start = start or moment(2025, 10, 15)
    return [
        article(f"Story {number}", language=language, date=start - datetime.timedelta(days=number), **fields)
        for number in range(count)
    ]
