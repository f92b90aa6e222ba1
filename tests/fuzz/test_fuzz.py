"""Property-based fuzzing of the public site, the content API and the admin's forms.

Every request must answer below 500, within the time limit, and without any secret of the
hidden content (tests/fuzz/content.py). The run's figures are printed at the end of the session.
"""

from hypothesis import given
from hypothesis import strategies as st

from django.test import TestCase

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from portal.api.endpoints import api_router
from tests.editors import GROUPS, signed_in_with_both_factors, user_in

from . import admin, content, surface, values
from .budget import fuzz_settings
from .probe import REPORT, Probe, encode_query

LISTING_ONLY = {"search", "search_operator", "order", "offset", "limit", "type", "child_of", "descendant_of"}


def with_query(path, pairs):
    query = encode_query(pairs)
    if not query:
        return path
    return f"{path}{'&' if '?' in path else '?'}{query}"


class FuzzTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = content.build()
        ids = [str(pk) for model in (Page, get_image_model(), get_document_model()) for pk in _ids(model)]
        cls.surface = surface.discover(
            Probe(cls.site.secrets, "crawl"),
            extra_values=[*cls.site.search_words, *cls.site.slugs, *ids],
        )
        cls.ids = ids

    def test_every_hidden_state_carries_its_secrets_in_the_database(self):
        revisions = [revision.content for page in Page.objects.all() for revision in page.revisions.all()]
        stored = " ".join(
            [
                *(f"{fields.get('title')} {fields.get('intro')} {fields.get('lead')}" for fields in revisions),
                *get_document_model().objects.values_list("title", flat=True),
                *get_image_model().objects.values_list("title", flat=True),
            ]
        )
        missing = [state for state in content.HIDDEN_STATES if content.secret(state, "title") not in stored]
        assert not missing
        assert content.secret("draft", "body") in stored

    def test_public_routes_never_fail_slow_or_leak(self):
        probe = Probe(self.site.secrets, "public")
        paths = st.sampled_from(self.surface.paths) | surface.generated_path(self.surface.routes)
        hostile = values.values(self.surface.values)
        words = values.many_words([*self.site.search_words, *values.WORDS])
        query = values.queries(
            {
                name: st.sampled_from([*sorted(offered), *self.site.search_words]) | words | hostile
                for name, offered in self.surface.parameters.items()
            },
            hostile,
        )

        @fuzz_settings()
        @given(paths, query)
        def request(path, pairs):
            REPORT.examples["public"] += 1
            probe.get(with_query(path, pairs))

        request()

    def test_the_api_never_fails_slow_or_leaks(self):
        probe = Probe(self.site.secrets, "api")
        endpoints = sorted(api_router._endpoints.items())
        languages = list(Locale.objects.values_list("language_code", flat=True))
        hostile = values.values([*self.surface.values, *self.ids, *_page_types(), *languages])
        fields = sorted({name for _, view in endpoints for name in view.get_available_fields(view.model)})
        strategies = api_parameters(self.site, self.ids, fields, languages, hostile)
        for _, endpoint in endpoints:  # field filters: ?title=..., ?slug=..., ?show_in_menus=...
            for name in endpoint.get_available_fields(endpoint.model, db_fields_only=True):
                strategies.setdefault(name, hostile)
        REPORT.parameters.update(strategies)
        address = st.sampled_from([name for name, _ in endpoints]).flatmap(
            lambda name: (
                st.sampled_from([f"/api/v2/{name}/", f"/api/v2/{name}/", f"/api/v2/{name}/find/"])
                | st.sampled_from(self.ids).map(lambda pk: f"/api/v2/{name}/{pk}/")
                | st.integers(min_value=0, max_value=10**30).map(lambda pk: f"/api/v2/{name}/{pk}/")
            )
        )

        @fuzz_settings()
        @given(address, values.queries(strategies, hostile))
        def request(path, pairs):
            REPORT.examples["api"] += 1
            REPORT.routes.add(path.split("/")[3] + (" detail" if path.rstrip("/").split("/")[-1].isdigit() else ""))
            response = probe.get(with_query(path, pairs))
            if response.status_code == 400:
                assert response["Content-Type"] == "application/json", path
                assert response.json()["message"], path

        request()

    def test_admin_forms_never_fail_slow(self):
        # Editors may see drafts in the admin: these answers are checked for 5xx and time only.
        probes = {group: Probe([], "admin", user=user_in(group), login=signed_in_with_both_factors) for group in GROUPS}
        targets = admin.discover(probes, self.site.edit_target)
        REPORT.routes.update(f"admin {target.url}" for target in targets)
        hostile = values.values(self.surface.values).map(
            lambda value: value.decode("latin-1") if isinstance(value, bytes) else value
        )

        @fuzz_settings(share=0.4)
        @given(admin.submissions(targets, hostile))
        def submit(submission):
            target, data = submission
            REPORT.examples["admin"] += 1
            probes[target.role].post(target.url, data, cold=True)

        submit()


def api_parameters(site, ids, fields, languages, hostile):
    """The API's documented parameters, each with the values it is meant to take and hostile ones."""
    words = values.many_words([*site.search_words, *values.WORDS])
    numbers = st.sampled_from(ids) | values.numbers | st.sampled_from(["root", "-1", "0"])
    orders = st.sampled_from(fields).flatmap(lambda name: st.sampled_from([name, f"-{name}", f"{name},-id"]))
    return {
        "search": st.sampled_from(site.search_words) | words | hostile,
        "search_operator": st.sampled_from(["and", "or", "xor", ""]) | hostile,
        "order": orders | st.sampled_from(["random", "-random", ""]) | hostile,
        "offset": values.numbers | hostile,
        "limit": values.numbers | st.sampled_from(["20", "21", "0"]) | hostile,
        "fields": values.field_selectors(fields) | hostile,
        "type": st.sampled_from(_page_types()) | st.lists(st.sampled_from(_page_types())).map(",".join) | hostile,
        "child_of": numbers | hostile,
        "descendant_of": numbers | hostile,
        "ancestor_of": numbers | hostile,
        "translation_of": numbers | hostile,
        "locale": st.sampled_from(languages) | hostile,
        "id": numbers | hostile,
        "html_path": st.sampled_from(site.slugs).map(lambda slug: f"/{slug}/") | hostile,
        "published_after": st.dates().map(str) | hostile,
        "published_before": st.dates().map(str) | hostile,
    }


def _ids(model):
    return list(model.objects.order_by("pk").values_list("pk", flat=True))


def _page_types():
    return sorted({f"{page._meta.app_label}.{page.__name__}" for page in _page_models()} | {"wagtailcore.Page", "x.Y"})


def _page_models():
    from wagtail.models import get_page_models

    return get_page_models()
