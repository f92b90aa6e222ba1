"""Content in every state, each title carrying a marker, for the role x route matrix.

Every page title (and every unpublished draft title) holds a marker such as
`qzvtitlelocked` + `dex`: a response containing it showed that page's title.
"""

import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, UploadedFile, Workflow
from wagtail_localize.models import Translation, TranslationSource

from portal.models import AccessibilityRequest, AlertBanner, FeedbackAnswer, StandardPage
from portal.search.models import SynonymGroup
from tests.builders import add_page, home, make_private
from tests.editors import user_in
from tests.events.builders import category as event_category
from tests.events.builders import venue
from tests.memberships.builders import city, network
from tests.news.builders import category, picture

LANGUAGES = ("pl", "en", "de")
STATES = ("draft", "scheduled", "moderation", "locked", "live", "private", "translated")
MARKER = re.compile(rb"qzv(?:title|draft)[a-z]+?(?:pl|en|de)x")


def marker(kind, state, language):
    return f"qzv{kind}{state}{language}x"


@dataclass
class MatrixContent:
    """Everything the matrix's URLs point at, by kind."""

    users: dict
    pages: dict  # (state, language) -> page
    containers: dict  # language -> a live page to move things into
    sources: dict  # language -> the source page of that language's "translated" page
    translations: dict  # (state, language) -> Translation, for translated pages
    sessions: dict  # page id -> EditingSession
    objects: dict = field(default_factory=dict)  # kind -> one object
    files: dict = field(default_factory=dict)  # a stored file's name -> (storage, its bytes)

    def restore_files(self):
        """Put back the image and document files a rolled-back deletion removed from storage.

        Deleting an image or document deletes its file once the transaction commits (the matrix
        runs those callbacks); the savepoint rollback brings the row back but not the file.
        """
        for name, (storage, data) in self.files.items():
            if not storage.exists(name):
                storage.save(name, ContentFile(data))

    def markers_for_translators(self):
        """What Translators may see: their English and German trees, all states and drafts, and the
        published titles of the live public Polish pages they may submit for translation."""
        allowed = {m for (state, language) in self.pages if language != "pl" for m in _both(state, language)}
        for state in ("container", "home", "source"):
            allowed |= {m for language in ("en", "de") for m in _both(state, language)}
        allowed |= {
            marker("title", state, "pl") for state in ("container", "home", "source", "live", "locked", "translated")
        }
        return {m.encode() for m in allowed}


def _both(state, language):
    return marker("title", state, language), marker("draft", state, language)


def _titled(state, language, **fields):
    return {"title": marker("title", state, language), "slug": f"matrix-{state}-{language}", **fields}


def _live_page(parent, state, language, **fields):
    return add_page(parent, StandardPage, **_titled(state, language, **fields))


def _with_unpublished_draft(page, state, language):
    page.title = marker("draft", state, language)
    page.save_revision()
    page.refresh_from_db()
    return page


def _translate(source, language, moderator, on_commit):
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    translation = Translation.objects.create(
        source=translation_source, target_locale=Locale.objects.get(language_code=language)
    )
    with on_commit(execute=True):
        translation.save_target(user=moderator, publish=True)
    target = translation.get_target_instance().specific
    target.title = marker("title", "translated", language)
    target.slug = f"matrix-translated-{language}"
    with on_commit(execute=True):
        target.save_revision(user=moderator).publish()
    target.refresh_from_db()
    return target, translation


def build(on_commit):
    """The whole tree, once; `on_commit` is pytest-django's django_capture_on_commit_callbacks."""
    users = {name: user_in(name) for name in ("Editors", "Moderators", "Translators", "Emergency publishers")}
    users["superuser"] = get_user_model().objects.create_superuser("matrix-root", "root@krakow.example", "x" * 20)
    editor, moderator = users["Editors"], users["Moderators"]
    pages, containers, sources, translations = {}, {}, {}, {}

    for language in LANGUAGES:
        start = home(language)
        start.title = marker("title", "home", language)
        with on_commit(execute=True):
            start.save_revision().publish()
        containers[language] = _live_page(start, "container", language)

        pages["draft", language] = add_page(start, StandardPage, publish=False, **_titled("draft", language))

        scheduled = add_page(start, StandardPage, publish=False, **_titled("scheduled", language))
        scheduled.go_live_at = timezone.now() + timedelta(days=10)
        scheduled.save_revision(user=moderator).publish(user=moderator)
        pages["scheduled", language] = scheduled

        in_moderation = add_page(start, StandardPage, publish=False, owner=editor, **_titled("moderation", language))
        in_moderation.get_workflow().start(in_moderation, editor)
        pages["moderation", language] = in_moderation

        locked = _live_page(start, "locked", language)
        Page.objects.filter(pk=locked.pk).update(locked=True, locked_by=moderator, locked_at=timezone.now())
        pages["locked", language] = _with_unpublished_draft(locked, "locked", language)

        pages["live", language] = _with_unpublished_draft(_live_page(start, "live", language), "live", language)

        private = _live_page(start, "private", language)
        make_private(private)
        pages["private", language] = _with_unpublished_draft(private, "private", language)

    for language, source_language in (("en", "pl"), ("de", "pl"), ("pl", "en")):
        if source_language not in sources:
            sources[source_language] = _live_page(
                home(source_language), "source", source_language, intro="Tekst do przetłumaczenia."
            )
        target, translation = _translate(sources[source_language], language, moderator, on_commit)
        pages["translated", language] = target
        translations["translated", language] = translation

    content = MatrixContent(
        users=users,
        pages={key: Page.objects.get(pk=page.pk) for key, page in pages.items()},
        containers=containers,
        sources=sources,
        translations=translations,
        sessions={},
    )
    for page in content.pages.values():
        content.sessions[page.pk] = EditingSession.objects.create(
            user=editor,
            content_type=ContentType.objects.get_for_model(Page),
            object_id=str(page.pk),
            last_seen_at=timezone.now(),
        )
    content.objects.update(_other_objects(users))
    for kind in ("image", "document"):
        stored = content.objects[kind].file
        stored.open("rb")
        content.files[stored.name] = (stored.storage, stored.read())
        stored.close()
    return content


def _other_objects(users):
    spare = user_in(None, "matrix-spare-user")
    image = picture("Matrix picture")
    document = get_document_model().objects.create(
        title="Matrix document", file=ContentFile(b"matrix", name="matrix.txt")
    )
    query = Query.get("matrix")
    SearchPromotion.objects.create(query=query, external_link_url="https://www.krakow.pl/", external_link_text="UM")
    workflow = Workflow.objects.filter(active=True).first()
    return {
        "image": image,
        "document": document,
        "collection": Collection.get_first_root_node().add_child(name="Matrix collection"),
        "redirect": Redirect.objects.create(old_path="/matrix-old", redirect_link="/pl/"),
        "query": query,
        "workflow": workflow,
        "task": workflow.tasks.first(),
        "locale": Locale.objects.get(language_code="de"),
        "user": spare,
        "group": Group.objects.create(name="Matrix spare group"),
        "uidb64": urlsafe_base64_encode(force_bytes(spare.pk)),
        "token": default_token_generator.make_token(spare),
        "uploaded_image": UploadedFile.objects.create(
            file=ContentFile(b"upload", name="matrix-upload.jpg"),
            for_content_type=ContentType.objects.get_for_model(get_image_model()),
            uploaded_by_user=users["superuser"],
        ),
        "uploaded_document": UploadedFile.objects.create(
            file=ContentFile(b"upload", name="matrix-upload.txt"),
            for_content_type=ContentType.objects.get_for_model(get_document_model()),
            uploaded_by_user=users["superuser"],
        ),
        "portal.alertbanner": AlertBanner.objects.create(message_pl="Uwaga: test", starts_at=timezone.now()),
        "news.newscategory": category("pl", "Matrix category"),
        "memberships.partnercity": city("pl", "Matrix city"),
        "memberships.network": network("pl", "Matrix network"),
        "events.venue": venue("pl", "Matrix venue"),
        "events.eventcategory": event_category("pl", "Matrix event category"),
        "portal.feedbackanswer": FeedbackAnswer.objects.create(
            page=home("pl"), language="pl", useful=False, comment="Macierz: czego brakowało"
        ),
        "portal.accessibilityrequest": AccessibilityRequest.objects.create(
            language="pl",
            page_concerned="Macierz: budżet w PDF",
            problem="Skan bez tekstu",
            name="Macierz Wnioskująca",
            email="macierz@poczta.example",
        ),
        "portal.synonymgroup": SynonymGroup.objects.create(
            words="macierz, matryca", locale=Locale.objects.get(language_code="pl")
        ),
    }
