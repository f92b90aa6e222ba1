"""Every admin route, for every role, against content in every state and language.

The routes come from Django's URL resolver (tests.admin_routes), so a route added later by
Wagtail or a plugin is checked without touching this file. For each (role, route, method,
state) the request runs inside a savepoint that is rolled back, and the rules are checked on
the database and on the response:

- Editors never publish, unpublish, delete or move a page;
- Translators never publish, create or edit a Polish page, nor delete or move one;
- Emergency publishers and anonymous visitors change no page;
- nobody but Editors, Moderators and superusers sees a marked title outside their reach
  (Emergency publishers none at all; Translators their English and German trees and the
  sources they translate);
- no route answers 5xx.

A POST sends what the route's own form holds (read from its GET answer) plus the fields that
ask for the strongest action: publish, publish the translations, every language, a destination.
"""

import json
import os
import re
from collections import Counter
from contextlib import suppress
from html.parser import HTMLParser
from http.cookies import SimpleCookie

import pytest

from django.apps import apps
from django.db import transaction
from django.test import Client

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment

from tests.admin_routes import admin_routes
from tests.route_matrix_content import LANGUAGES, MARKER, STATES, build

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "Editors", "Moderators", "Translators", "Emergency publishers", "superuser")
# Routes that name no page are sent by every role. A route that names a page is sent the page
# in each of the seven states once: each state turns through every (role, language) pair from
# one route to the next, so across the admin every role meets every state in pl, en and de
# (the test asserts it), and the run stays within minutes. ROUTE_MATRIX_FULL=1 sends every
# state in every language by every role to every route.
FULL = os.environ.get("ROUTE_MATRIX_FULL") == "1"
DELIBERATE_ERRORS = {"wagtailadmin_error_test"}  # Wagtail's view for trying out the 500 page
UNRESTRICTED = {"Editors", "Moderators", "superuser"}  # may see every title
MINIMUM_CASES = 4000
PAGE_BOUND = {
    "page_id",
    "parent_page_id",
    "page_to_move_id",
    "page_pk",
    "object_id",
    "revision_id",
    "task_state_id",
    "workflow_state_id",
    "translation_id",
    "translation_source_id",
    "string_segment_id",
}
PAGE_PK_ROUTES = ("admin/pages/", "admin/api/main/^pages/")
CONTENT_TYPE_ROUTES = {
    "admin/tag-autocomplete/": ("taggit", "tag"),
    "admin/workflows/tasks/add/": ("wagtailcore", "groupapprovaltask"),
    "admin/settings/": ("portal", "footersettings"),
    "admin/localize/": ("news", "newscategory"),
    "admin/editing-sessions/": ("wagtailcore", "page"),
    "admin/pages/": ("portal", "standardpage"),
    "admin/snippets/choose/": ("portal", "alertbanner"),
}
OBJECT_PK_ROUTES = (
    ("admin/api/main/^documents/", "document"),
    ("admin/api/main/^images/", "image"),
    ("admin/documents/", "document"),
    ("admin/images/", "image"),
    ("admin/collections/", "collection"),
    ("admin/workflows/tasks/", "task"),
    ("admin/workflows/", "workflow"),
    ("admin/locales/", "locale"),
    ("admin/users/", "user"),
    ("admin/groups/", "group"),
)


class FormReader(HTMLParser):
    """The fields of the first POST form in a page, as a browser would submit them."""

    def __init__(self):
        super().__init__()
        self.fields, self.in_form, self.done, self.textarea, self.select = [], False, False, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and not self.done and (attrs.get("method") or "").lower() == "post":
            self.in_form = True
        if not self.in_form or not attrs.get("name") and tag != "option":
            return
        if tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            if kind not in {"submit", "button", "file", "image"}:
                self.fields.append((attrs["name"], attrs.get("value") or ""))
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append((self.select, attrs.get("value") or ""))

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select":
            self.select = None
        elif tag == "form" and self.in_form:
            self.in_form, self.done = False, True
            raise FormRead  # the rest of the page holds nothing this reader takes


class FormRead(Exception):
    """The first POST form has been read."""


def form_fields(body):
    reader = FormReader()
    with suppress(FormRead):
        reader.feed(body.decode("utf-8", "replace"))
    fields = {}
    for name, value in reader.fields:
        fields.setdefault(name, []).append(value)
    return fields


def snapshot():
    """What readers and editors could notice changing, for every page."""
    return {
        row["pk"]: row
        for row in Page.objects.values(
            "pk",
            "path",
            "live",
            "live_revision_id",
            "latest_revision_id",
            "title",
            "draft_title",
            "locale__language_code",
        )
    }


def page_changes(before, after):
    """Each page change as (kind, language, page id)."""
    changes = []
    for pk, old in before.items():
        new = after.get(pk)
        language = old["locale__language_code"]
        if new is None:
            changes.append(("delete", language, pk))
            continue
        if new["path"] != old["path"]:
            changes.append(("move", language, pk))
        if new["live"] and (not old["live"] or new["live_revision_id"] != old["live_revision_id"]):
            changes.append(("publish", language, pk))
        if old["live"] and not new["live"]:
            changes.append(("unpublish", language, pk))
        if (new["latest_revision_id"], new["draft_title"], new["title"]) != (
            old["latest_revision_id"],
            old["draft_title"],
            old["title"],
        ):
            changes.append(("edit", language, pk))
    for pk in after.keys() - before.keys():
        changes.append(("create", after[pk]["locale__language_code"], pk))
        if after[pk]["live"]:
            changes.append(("publish", after[pk]["locale__language_code"], pk))
    return changes


def forbidden_changes(role, changes):
    if role in {"Moderators", "superuser"}:
        return []
    if role == "Editors":
        return [change for change in changes if change[0] in {"publish", "unpublish", "delete", "move"}]
    if role == "Translators":
        return [change for change in changes if change[1] == "pl"]
    return changes  # anonymous visitors and Emergency publishers change no page


class Variants:
    """Concrete URLs of one route: per page state where it names a page, else once."""

    def __init__(self, content):
        self.content = content
        self.languages = {language: Locale.objects.get(language_code=language).pk for language in LANGUAGES}

    def of(self, route):
        names = set(route.arguments)
        page_bound = bool(names & PAGE_BOUND) or ("pk" in names and route.route.startswith(PAGE_PK_ROUTES))
        if route.route.startswith("admin/bulk/"):
            yield from self.bulk(route)
            return
        states = [(state, language) for state in STATES for language in LANGUAGES] if page_bound else [None]
        for action in self.action_names(route):
            for state in states:
                values = self.values(route, state, action)
                if values is None:
                    continue  # the route does not apply to a page in this state
                yield (route.route, action), state, route.url(values), {}

    def bulk(self, route):
        bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")  # registers them all on first use
        for app_label, models in bulk_action_registry.actions.items():
            for model_name, actions in models.items():
                for action in actions:
                    values = {"app_label": app_label, "model_name": model_name, "action": action}
                    if (app_label, model_name) == ("wagtailcore", "page"):
                        for (state, language), page in self.content.pages.items():
                            yield (
                                (route.route, app_label, model_name, action),
                                (state, language),
                                route.url(values) + f"?id={page.pk}",
                                {"chooser": self.content.containers[language].pk},
                            )
                    else:
                        item = self.object_of(f"{app_label}.{model_name}")
                        if item is not None:
                            yield (
                                (route.route, app_label, model_name, action),
                                None,
                                route.url(values) + f"?id={item.pk}",
                                {},
                            )

    def action_names(self, route):
        if "action_name" not in route.arguments:
            return [None]
        if route.route.startswith("admin/api/"):
            return list(PagesAdminAPIViewSet.actions)
        return ["approve", "reject"]

    def object_of(self, label):
        objects = self.content.objects
        if label in objects:
            return objects[label]
        try:
            model = apps.get_model(label)
        except LookupError:
            return None
        return model._default_manager.first()

    def values(self, route, state, action):
        content, objects = self.content, self.content.objects
        page = content.pages[state] if state else None
        language = state[1] if state else "pl"
        text = route.route
        values = {}
        for name in route.arguments:
            if name in {"page_id", "parent_page_id", "page_to_move_id", "page_pk"} or (
                name in {"pk", "object_id"} and page is not None
            ):
                values[name] = page.pk
            elif name == "destination_id":
                values[name] = content.containers[language].pk
            elif name == "revision_id":
                values[name] = page.latest_revision_id
            elif name in {"revision_id_a", "revision_id_b"}:
                values[name] = "earliest" if name.endswith("a") else "latest"
            elif name == "task_state_id":
                task_state = page.current_workflow_task_state
                if task_state is None:
                    return None
                values[name] = task_state.pk
            elif name == "workflow_state_id":
                workflow_state = page.current_workflow_state
                if workflow_state is None:
                    return None
                values[name] = workflow_state.pk
            elif name in {"translation_id", "translation_source_id", "string_segment_id"}:
                translation = content.translations.get(state)
                if translation is None:
                    return None
                segment = StringSegment.objects.filter(source=translation.source).first()
                values[name] = {
                    "translation_id": translation.pk,
                    "translation_source_id": translation.source_id,
                    "string_segment_id": segment.pk if segment else None,
                }[name]
                if values[name] is None:
                    return None
            elif name == "session_id":
                values[name] = content.sessions[page.pk].pk if page else next(iter(content.sessions.values())).pk
            elif name == "action_name":
                values[name] = action
            elif name in {"action"}:
                return None
            elif name in {"app_label", "model_name", "app_name", "content_type_app_name", "content_type_model_name"}:
                prefix = next((p for p in CONTENT_TYPE_ROUTES if text.startswith(p)), None)
                if prefix is None:
                    return None
                app_label, model_name = CONTENT_TYPE_ROUTES[prefix]
                values[name] = model_name if "model" in name else app_label
            elif name in {"pk", "object_id"}:
                item = self.object_for_pk(text)
                if item is None:
                    return None
                values[name] = item.pk
            elif name in {"image_id"}:
                values[name] = objects["image"].pk
            elif name in {"doc_id", "document_id"}:
                values[name] = objects["document"].pk
            elif name == "uploaded_file_id":
                values[name] = objects["uploaded_image" if "images" in text else "uploaded_document"].pk
            elif name in {"collection_id", "query_id", "redirect_id", "task_id", "workflow_pk"}:
                kind = {"workflow_pk": "workflow"}.get(name, name.removesuffix("_id"))
                values[name] = objects[kind].pk
            elif name == "filter_spec":
                values[name] = "original"
            elif name == "mode":
                values[name] = "default"
            elif name in {"uidb64", "token"}:
                values[name] = objects[name]
            else:
                return None
        return values

    def object_for_pk(self, text):
        snippet = re.match(r"admin/snippets/(?:choose/)?(\w+)/(\w+)/", text)
        if snippet:
            return self.object_of(f"{snippet.group(1)}.{snippet.group(2)}")
        if text.startswith(("admin/sites/", "admin/settings/")):
            return self.object_of("wagtailcore.site")
        if text.startswith("admin/localize/api/snippets/") or text.startswith("admin/localize/submit/snippet/"):
            return self.object_of("news.newscategory")
        for prefix, kind in OBJECT_PK_ROUTES:
            if text.startswith(prefix):
                return self.content.objects[kind]
        return None

    def payload(self, form, extra):
        """The route's own form, asking for the strongest action it might take."""
        data = dict(form)
        data.update(
            {
                "action-publish": "action-publish",
                "publish_translations": "on",
                "locales": list(self.languages.values()),
                "include_descendants": "on",
                "include_subtree": "on",
                **{key: str(value) for key, value in extra.items()},
            }
        )
        return data


def unresolvable_routes(routes, variants):
    missing = []
    for route in routes:
        if not any(True for _ in variants.of(route)):
            missing.append(route.route)
    return missing


TURNS = [(role, language) for language in LANGUAGES for role in ROLES]


def plan(groups):
    """(role, route, state, url, extra) to send: see ROLES above for who is sent what."""
    turns, cases = Counter(), []
    for route, group in groups:
        by_state = {}
        for state, url, extra in group:
            if state is None or FULL:
                cases += [(role, route, state, url, extra) for role in ROLES]
            else:
                by_state.setdefault(state[0], {})[state[1]] = (state, url, extra)
        for page_state, by_language in by_state.items():
            role, language = TURNS[turns[page_state] % len(TURNS)]
            turns[page_state] += 1
            state, url, extra = by_language.get(language) or next(iter(by_language.values()))
            cases.append((role, route, state, url, extra))
    return cases


def clients_for(content):
    clients = {"anonymous": Client(raise_request_exception=False, HTTP_HOST="localhost")}
    for role in ROLES[1:]:
        client = Client(raise_request_exception=False, HTTP_HOST="localhost")
        client.force_login(content.users[role])
        clients[role] = client
    return clients


def send(client, method, url, data):
    if method == "GET":
        # A search term that prefixes every marker: listings that search show what they find.
        return client.get(url + ("&" if "?" in url else "?") + "q=qzv")
    if "/admin/api/" in url:
        body = json.dumps(
            {"destination_page_id": data.get("chooser"), **{k: v for k, v in data.items() if k == "locales"}}
        )
        return client.generic(method, url, body, content_type="application/json")
    if method == "POST":
        return client.post(url, data)
    return client.generic(method, url, "value=matrix", content_type="application/x-www-form-urlencoded")


def test_every_role_on_every_admin_route(django_capture_on_commit_callbacks, settings, record_property):
    settings.PAGE_CACHE_ENABLED = False
    content = build(django_capture_on_commit_callbacks)
    routes = admin_routes()
    variants = Variants(content)
    clients = clients_for(content)
    translators_may_see = content.markers_for_translators()
    before = snapshot()
    cases, outcomes, failures = 0, Counter(), []

    groups = {}
    for route in routes:
        for group, state, url, extra in variants.of(route):
            groups.setdefault(group, (route, []))[1].append((state, url, extra))

    met = set()
    for role, route, state, url, extra in plan(groups.values()):
        if state is not None:
            met.add((role, *state))
        client = clients[role]
        cookies = {name: morsel.value for name, morsel in client.cookies.items()}
        sid = transaction.savepoint()
        try:
            form = {}
            for method in route.methods:
                data = variants.payload(form, extra) if method != "GET" else None
                with django_capture_on_commit_callbacks(execute=True):
                    response = send(client, method, url, data)
                cases += 1
                outcomes[response.status_code // 100] += 1
                body = b"".join(response.streaming_content) if response.streaming else response.content
                where = f"{role} {method} {url} [{'-' if state is None else '-'.join(state)}]"
                if response.status_code >= 500 and route.name not in DELIBERATE_ERRORS:
                    failures.append(f"{where}: {response.status_code}")
                if role not in UNRESTRICTED:
                    seen = set(MARKER.findall(body))
                    if role == "Translators":
                        seen -= translators_may_see
                    if seen:
                        failures.append(f"{where}: shows {sorted(seen)}")
                if method == "GET" and response.status_code == 200:
                    form = form_fields(body)
                if method != "GET":
                    wrong = forbidden_changes(role, page_changes(before, snapshot()))
                    if wrong:
                        failures.append(f"{where}: {wrong}")
        finally:
            transaction.savepoint_rollback(sid)
            # The rollback restored the session a logout or password change ended; so is its cookie.
            client.cookies = SimpleCookie(cookies)
            content.restore_files()

    missing = unresolvable_routes(routes, variants)
    record_property(
        "figures",
        (
            "role x route matrix",
            [
                f"{cases} (role, route, method, state) cases over {len(routes)} admin routes",
                f"answers by class {dict(sorted(outcomes.items()))}; {len(met)} (role, state, language) met",
                f"{len(missing)} unresolvable: {missing}",
            ],
        ),
    )
    assert not failures, "\n".join(failures[:80]) + f"\n... {len(failures)} in all"
    assert cases >= MINIMUM_CASES
    unmet = {(role, state, language) for role in ROLES for state in STATES for language in LANGUAGES} - met
    assert not unmet, sorted(unmet)
    assert len(missing) <= 10, missing
