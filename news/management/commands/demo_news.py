"""Load the demo newsroom: a news listing, categories and articles in Polish, English and German."""

import datetime
import uuid

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from taggit.models import Tag
from wagtail.models import Locale

from portal.management.demo import ensure_translated_page
from portal.models import HomePage

from ...demo.content import ARTICLES, CATEGORIES, CREDIT, INDEX, PROVENANCE
from ...demo.images import ensure_image
from ...models import NewsArticlePage, NewsArticleTag, NewsCategory, NewsIndexPage, NewsUpdateNote

LANGUAGES = ("pl", "en", "de")


class Command(BaseCommand):
    help = "Load the demo news in three languages. Safe to run again: nothing is duplicated."

    @transaction.atomic
    def handle(self, *args, **options):
        polish_home = HomePage.objects.get(locale__language_code="pl")
        indexes = ensure_translated_page(polish_home, NewsIndexPage, INDEX)
        categories = self._categories()
        editor = self._editor()
        created = 0
        for article in ARTICLES:
            existing = NewsArticlePage.objects.child_of(indexes["pl"]).filter(slug=article["pl"]["slug"]).exists()
            ensure_translated_page(
                indexes["pl"],
                NewsArticlePage,
                {language: self._fields(article, language, categories, editor) for language in LANGUAGES},
            )
            created += not existing
        self.stdout.write(f"News: {created} new articles in {len(LANGUAGES)} languages.")

    @staticmethod
    def _categories():
        """{(key, language): NewsCategory}, created once with a shared translation key per category."""
        found = {}
        for key, versions in CATEGORIES.items():
            translation_key = None
            for language in LANGUAGES:
                name, slug, description = versions[language]
                locale = Locale.objects.get(language_code=language)
                category = NewsCategory.objects.filter(locale=locale, slug=slug).first()
                if category is None:
                    category = NewsCategory.objects.create(
                        locale=locale,
                        translation_key=translation_key or uuid.uuid4(),
                        name=name,
                        slug=slug,
                        description=description,
                    )
                translation_key = category.translation_key
                found[key, language] = category
        return found

    @staticmethod
    def _editor():
        """The account shown as "entered by": a team account nobody can log in with.

        It has no personal name, so each language names it as "the portal's editorial team"
        (an earlier demo gave it a Polish one, which English and German pages then showed).
        """
        User = get_user_model()
        editor, created = User.objects.get_or_create(username="redakcja")
        if created or editor.first_name or editor.last_name:
            editor.first_name = editor.last_name = ""
            editor.set_unusable_password()
            editor.save()
        return editor

    @staticmethod
    def _fields(article, language, categories, editor):
        text = article[language]
        published = _moment(article["date"])
        motif, palette = article["image"]
        image = ensure_image(article["key"], f"News: {article['key']}", motif, palette)
        fields = {
            "slug": text["slug"],
            "title": text["title"],
            "lead": text["lead"],
            "date": published,
            "first_published_at": published,
            "created_at": published - datetime.timedelta(hours=3),
            "owner": editor,
            "hero_image": image,
            "hero_alt": text["alt"],
            "hero_caption": text["caption"],
            "hero_credit": CREDIT[language],
            # The demo pictures are drawn by news.demo.images, not photographed.
            "hero_is_illustration": True,
            "body": body(text["body"]),
            "top_story": article.get("top_story", False),
            "categories": [categories[key, language] for key in article["categories"]],
            "tagged_items": [NewsArticleTag(tag=_tag(name)) for name in text["tags"]],
            "update_notes": [
                NewsUpdateNote(date=_moment(moment), note=notes[language]) for moment, notes in article.get("notes", [])
            ],
            **PROVENANCE[language],
        }
        relation = _relation_page(article.get("relation"), language)
        if relation is not None:
            fields["relations"] = [relation]
        return fields


def body(blocks):
    """StreamField data from (type, value) pairs: paragraph, heading, list, facts."""
    data = []
    for kind, value in blocks:
        if kind == "paragraph":
            data.append({"type": "paragraph", "value": f"<p>{value}</p>"})
        elif kind == "heading":
            data.append({"type": "heading", "value": {"text": value, "level": "h2"}})
        elif kind == "list":
            data.append({"type": "bulleted_list", "value": {"style": "ul", "items": value}})
        elif kind == "facts":
            title, facts = value
            data.append({"type": "fact_box", "value": {"title": title, "facts": facts}})
    return data


def _moment(text):
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def _tag(name):
    tag = Tag.objects.filter(name=name).first()
    return tag or Tag.objects.create(name=name)


def _relation_page(polish_slug, language):
    """The relation page the article is about, in the article's language, when the registry has it.

    Articles name the relation by its Polish slug: the English and German pages have slugs of
    their own ("norymberga", "nuremberg", "nuernberg").
    """
    if not polish_slug:
        return None
    relation_page = apps.get_model("memberships", "RelationPage")
    polish = relation_page.objects.filter(slug=polish_slug, locale__language_code="pl").first()
    if polish is None:  # a registry without Polish pages: the slug in the article's own language
        return relation_page.objects.filter(slug=polish_slug, locale__language_code=language).first()
    return relation_page.objects.filter(translation_key=polish.translation_key, locale__language_code=language).first()
