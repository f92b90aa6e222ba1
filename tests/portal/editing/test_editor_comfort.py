"""Editor comfort: every field explains itself, pictures carry alt text, previews look like the site."""

import io

import pytest
from PIL import Image as PillowImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail import blocks
from wagtail.admin.panels import get_edit_handler
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.models import StandardPage
from tests.builders import add_page, home
from tests.editors import user_in
from tests.news.builders import article, news_index

OUR_APPS = {"portal", "news", "memberships"}


def editable_models():
    """Page types, snippets and settings of our apps, as the admin offers them to editors."""
    pages = [model for model in get_page_models() if model._meta.app_label in OUR_APPS]
    snippets = [model for model in get_snippet_models() if model._meta.app_label in OUR_APPS]
    site_settings = [model for model in settings_registry if model._meta.app_label in OUR_APPS]
    return sorted({*pages, *snippets, *site_settings}, key=lambda model: model._meta.label)


def edit_form_class(model):
    if issubclass(model, Page):
        return model.get_edit_handler().get_form_class()
    viewset = getattr(model, "snippet_viewset", None)
    handler = viewset.get_edit_handler() if viewset else get_edit_handler(model)
    return handler.get_form_class()


def form_fields(model):
    """(model the field belongs to, field name, form field) for the form and its inline formsets."""
    form_class = edit_form_class(model)
    forms = [form_class, *(formset.form for formset in getattr(form_class, "formsets", {}).values())]
    for form in forms:
        for name, field in form.base_fields.items():
            yield form._meta.model, name, field


def our_model_fields(model):
    """(label, form field) of the fields our apps define, in the model's form and inline formsets."""
    for owner, name, form_field in form_fields(model):
        model_field = next((field for field in owner._meta.get_fields() if field.name == name), None)
        # Form-only fields (comment notifications) have no model field; Wagtail's own are Wagtail's.
        if model_field is not None and model_field.model._meta.app_label in OUR_APPS:
            yield f"{model.__name__}: {owner.__name__}.{name}", form_field


def block_help_text(block):
    return getattr(block.meta, "help_text", None) or getattr(getattr(block, "field", None), "help_text", None)


def fields_in_blocks(block, path):
    """(path, block) for every block an editor fills in, down through structs, streams and lists."""
    if isinstance(block, blocks.ListBlock):
        child = block.child_block
        if isinstance(child, (blocks.StructBlock, blocks.StreamBlock)):
            yield from fields_in_blocks(child, f"{path}[]")
        return
    for name, child in block.child_blocks.items():
        if isinstance(child, (blocks.StructBlock, blocks.StreamBlock)):
            yield from fields_in_blocks(child, f"{path}.{name}")
        else:
            yield f"{path}.{name}", child
            if isinstance(child, blocks.ListBlock):
                yield from fields_in_blocks(child, f"{path}.{name}")


def stream_fields():
    for model in editable_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField) and field.model is model:
                yield f"{model.__name__}.{field.name}", field.stream_block


def test_the_scan_finds_the_page_types_snippets_and_settings_of_every_app():
    labels = {model._meta.label for model in editable_models()}

    assert {"news.NewsArticlePage", "news.NewsCategory", "portal.AlertBanner", "portal.FooterSettings"} <= labels
    assert {model._meta.app_label for model in editable_models()} == OUR_APPS


def test_every_field_editors_fill_has_help_text():
    fields = dict(field for model in editable_models() for field in our_model_fields(model))

    without_help = sorted(name for name, form_field in fields.items() if not str(form_field.help_text).strip())

    assert "NewsArticlePage: NewsUpdateNote.note" in fields  # inline panels are scanned too
    assert without_help == [], "Fields without help text:\n" + "\n".join(without_help)


def test_every_block_field_editors_fill_has_help_text():
    block_fields = [field for path, stream in stream_fields() for field in fields_in_blocks(stream, path)]

    without_help = sorted({path for path, block in block_fields if not str(block_help_text(block) or "").strip()})

    assert "NewsArticlePage.body.heading.text" in dict(block_fields)
    assert without_help == [], "Block fields without help text:\n" + "\n".join(without_help)


def jpeg_upload(name="rynek.jpg"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (120, 80), (200, 120, 40)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.mark.django_db
def test_the_image_form_asks_for_alt_text_and_refuses_an_image_without_it(client):
    client.force_login(user_in("Editors"))
    add_url = reverse("wagtailimages:add")
    fields = {"title": "Rynek Główny", "collection": Collection.get_first_root_node().pk}

    form_page = client.get(add_url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    refused = client.post(add_url, {**fields, "file": jpeg_upload(), "description": ""})
    accepted = client.post(add_url, {**fields, "file": jpeg_upload(), "description": "Rynek Główny o świcie"})

    assert "Alt text" in form_page
    assert refused.status_code == 200
    assert "description" in refused.context["form"].errors
    assert accepted.status_code == 302
    assert get_image_model().objects.get().description == "Rynek Główny o świcie"


@pytest.mark.django_db
def test_the_admin_preview_of_an_article_renders_the_public_template(client):
    index = news_index("pl")
    draft = article("Podgląd przed publikacją", language="pl", index=index, publish=False, slug="podglad")
    client.force_login(user_in("Editors"))
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk])
    form = {
        "title": "Podgląd przed publikacją",
        "slug": "podglad",
        "date": "",
        "lead": "Tak artykuł zobaczą czytelnicy.",
        "hero_image": "",
        "hero_alt": "",
        "hero_caption": "",
        "hero_credit": "",
        "body": streamfield([("paragraph", rich_text("<p>Treść widoczna w podglądzie.</p>"))]),
        "update_notes": inline_formset([]),
        "responsible_unit": "Biuro Prasowe",
        "produced_by": "",
        "tags": "",
        "related_picks": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
    }

    checked = client.post(preview_url, nested_form_data(form))
    preview = client.get(preview_url)

    assert checked.json()["is_valid"] is True
    assert preview.status_code == 200
    used = [template.name for template in preview.templates]
    assert "news/news_article_page.html" in used
    assert "base.html" in used
    html = preview.content.decode()
    assert '<html lang="pl"' in html
    assert "Podgląd przed publikacją</h1>" in html
    assert "Treść widoczna w podglądzie." in html
    assert 'class="language-switcher"' in html  # the public header, not an admin frame
    assert client.get(draft.url, HTTP_HOST="localhost").status_code == 404  # still a draft


class PreviewTests(WagtailPageTestCase):
    """Wagtail's own preview check on the page types without a stream of blocks, whose edit form
    it can read back; the others are previewed with their form data in their own tests."""

    def test_the_listing_and_directory_can_be_previewed(self):
        from tests.memberships.builders import directory

        for page in (news_index("en"), directory("en")):
            with self.subTest(page_type=type(page.specific).__name__):
                self.assertPageIsPreviewable(page.specific)

    def test_the_home_page_can_be_previewed_with_its_top_tasks(self):
        page = home("en")
        task = {"label": "Timetables", "page": "", "url": "https://rozklady.mpk.krakow.pl/", "hint": ""}
        form = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "intro": "City matters.",
                "top_tasks": streamfield([("task", task)]),
            }
        )
        self.assertPageIsPreviewable(page.specific, post_data=form)

    def test_a_standard_page_can_be_previewed(self):
        page = add_page(home("en"), StandardPage, title="Legal notice")
        form = nested_form_data(
            {"title": "Legal notice", "slug": page.slug, "intro": "Who we are.", "body": streamfield([])}
        )
        self.assertPageIsPreviewable(page, post_data=form)
