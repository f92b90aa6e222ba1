"""wagtail-localize's views, held to the page rights every other admin route respects.

wagtail-localize asks only for its "submit translation" right: anyone holding it may create a
translation in any language (a Translator could add pages to the Polish tree) and publish every
target page at once from "Update translations", without publish rights and around moderation.
These subclasses keep wagtail-localize's screens and add the page checks; they are mounted on
wagtail-localize's own paths, ahead of its URLs (see wagtail_hooks).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import get_object_or_404
from django.urls import path

from wagtail.models import Page, get_page_models
from wagtail_localize.views import convert
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitTranslationForm
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .page_reach import pages_within_reach


def may_create_translation(user, page, locale):
    """Whether the user may add (or already edit) the translation of `page` in `locale`."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.permissions_for_user(user).can_edit()
    # The new page goes under the nearest ancestor that exists in that language (wagtail-localize
    # copies any missing parents there as well).
    for ancestor in page.get_ancestors().filter(depth__gt=1).order_by("-depth"):
        parent = ancestor.get_translation_or_none(locale)
        if parent is not None:
            return parent.permissions_for_user(user).can_add_subpage()
    return False


class PageRightsSubmitTranslationForm(SubmitTranslationForm):
    """Offers only the languages in which the user may create or edit the translation."""

    def __init__(self, instance, *args, user, **kwargs):
        super().__init__(instance, *args, **kwargs)
        allowed = [
            locale.pk for locale in self.fields["locales"].queryset if may_create_translation(user, instance, locale)
        ]
        self.fields["locales"].queryset = self.fields["locales"].queryset.filter(pk__in=allowed)


class PageRightsSubmitPageTranslationView(SubmitPageTranslationView):
    """Translate a page, but only into languages where the user has page rights."""

    def get_subtitle(self):
        # A live source is translated as published; its newer draft title may not be the user's to see.
        return self.object.title if self.object.live else super().get_subtitle()

    def get_form(self):
        if self.request.method == "POST":
            return PageRightsSubmitTranslationForm(self.object, self.request.POST, user=self.request.user)
        form = super().get_form()
        return PageRightsSubmitTranslationForm(self.object, initial=form.initial, user=self.request.user)


class PageRightsUpdateTranslationsView(UpdateTranslationsView):
    """Update translations; "publish immediately" only for someone who may publish every target."""

    def may_publish_every_target(self):
        for translation in self.object.translations.filter(enabled=True).select_related("target_locale"):
            target = translation.get_target_instance()
            if isinstance(target, Page) and not target.permissions_for_user(self.request.user).can_publish():
                return False
        return True

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_every_target():
            # Without the field a forged "publish_translations" is ignored: targets are not published.
            del form.fields["publish_translations"]
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)


class ReachableTranslationsReportView(TranslationsReportView):
    """The translations report, listing only translations into pages within the user's reach."""

    def get_queryset(self):
        pages = Page.objects.filter(
            translation_key=OuterRef("source__object_id"),
            locale_id=OuterRef("target_locale_id"),
            pk__in=pages_within_reach(self.request.user),
        )
        page_types = ContentType.objects.get_for_models(*get_page_models()).values()
        return super().get_queryset().filter(Q(Exists(pages)) | ~Q(source__specific_content_type__in=page_types))


def convert_to_alias(request, page_id):
    """wagtail-localize's "convert to alias": the page then shows its source's live content, a publication."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def admin_urls():
    """The wagtail-localize paths these views take over (matched before wagtail-localize's own)."""
    return [
        path("localize/submit/page/<int:page_id>/", PageRightsSubmitPageTranslationView.as_view()),
        path("localize/update/<int:translation_source_id>/", PageRightsUpdateTranslationsView.as_view()),
        path("localize/page/<int:page_id>/convert_to_alias/", convert_to_alias),
        path("localize/reports/translations/", ReachableTranslationsReportView.as_view()),
        path(
            "localize/reports/translations/results/",
            ReachableTranslationsReportView.as_view(results_only=True),
        ),
    ]
