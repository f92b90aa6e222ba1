"""The admin's forms as each editorial role sees them, and POSTs built from their fields."""

from dataclasses import dataclass

from hypothesis import strategies as st

from django.urls import reverse

from news.models import NewsIndexPage
from tests.builders import home

from . import html


@dataclass(frozen=True)
class FormTarget:
    role: str
    url: str
    fields: tuple  # (name, default value)
    buttons: tuple  # (name, value)


def form_urls(edit_target):
    """The admin forms a role may submit content through (none that delete or unpublish)."""
    english, news = home("en"), NewsIndexPage.objects.get(locale__language_code="en")
    return [
        reverse("wagtailadmin_pages:add", args=["portal", "standardpage", english.pk]),
        reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", news.pk]),
        reverse("wagtailadmin_pages:edit", args=[edit_target.pk]),
        reverse("wagtailadmin_pages:revisions_revert", args=[edit_target.pk, edit_target.latest_revision_id]),
        reverse("wagtailadmin_pages:copy", args=[edit_target.pk]),
        reverse("wagtailimages:add"),
        reverse("wagtaildocs:add"),
        reverse("wagtailsnippets_portal_alertbanner:add"),
    ]


def discover(probes, edit_target):
    """The forms each role's probe can open: their fields with the values the form offers."""
    targets = []
    for role, probe in probes.items():
        for url in form_urls(edit_target):
            response = probe.get(url, cold=True)
            if response.status_code != 200:
                continue
            forms = [form for form in html.read(response.content.decode()).forms if form.method == "post"]
            if forms:
                form = max(forms, key=lambda candidate: len(candidate.fields))
                fields = tuple((name, offered[0] if offered else "") for name, offered in sorted(form.fields.items()))
                targets.append(FormTarget(role, url, fields, tuple(form.buttons)))
    return targets


@st.composite
def submissions(draw, targets, hostile_values):
    """A target and its POST data: each field kept, dropped or replaced, plus unknown fields."""
    target = draw(st.sampled_from(targets))
    data = {}
    for name, default in target.fields:
        choice = draw(st.sampled_from(["keep", "keep", "drop", "replace"]))
        if choice == "keep":
            data[name] = default
        elif choice == "replace":
            data[name] = draw(hostile_values)
    for name, value in draw(st.lists(st.tuples(st.text(max_size=12), hostile_values), max_size=2)):
        data[name] = value
    if target.buttons:
        name, value = draw(st.sampled_from(target.buttons))
        data[name] = value
    return target, data
