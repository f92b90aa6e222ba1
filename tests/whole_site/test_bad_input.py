"""Bad input the fuzzer (tests/fuzz) does not generate: headers, methods, redirects, hostile uploads.

Query parameters, paths, the API and admin form fields are fuzzed there; these are the requests
whose shape it does not vary. Every answer is checked as there: no 5xx, nothing reflected, no
off-site redirect, no hidden content, fast.
"""

import io
import time
from urllib.parse import quote, urlsplit

from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from portal.models import StandardPage
from tests.editors import user_in
from tests.fuzz import content as fuzz_content
from tests.fuzz.probe import MAX_SECONDS

XSS = "<script>alert(1)</script>"
XSS_ATTRIBUTE = '"><img src=x onerror=alert(1)>'
OFF_SITE = "evil.example"


def _get(path, **headers):
    return ("GET", path, {}, headers)


def _post(path, data=None, **headers):
    return ("POST", path, data or {}, headers)


LONG = "a" * 2000
WARM_UP_PATHS = ["/en/", "/en/news/", "/en/news/feed/rss/", "/en/search/?q=x", "/admin/login/"]
PUBLIC_CASES = {
    # Paths the URL patterns would not generate.
    "path traversal": _get("/en/news/../../etc/passwd"),
    "NUL in path": _get("/en/%00/"),
    "very long slug": _get(f"/en/news/{LONG}/"),
    "unknown language prefix": _get("/xx/news/"),
    # Headers.
    "Host not allowed": _get("/en/", HTTP_HOST=OFF_SITE),
    "X-Forwarded-Host ignored": _get("/robots.txt", HTTP_X_FORWARDED_HOST=OFF_SITE),
    "Accept-Language garbage": _get("/", HTTP_ACCEPT_LANGUAGE=";;q=abc,<script>,de;q=x"),
    "Accept-Language oversized": _get("/", HTTP_ACCEPT_LANGUAGE="de-DE," * 2000),
    "oversized cookie": _get("/en/", HTTP_COOKIE="x=" + "y" * 8000),
    "bogus session cookie": _get("/en/", HTTP_COOKIE="sessionid=" + quote(XSS)),
    # Methods.
    "POST to a page without CSRF": _post("/en/news/", {"a": "b"}),
    "PUT to a page": ("PUT", "/en/", {}, {}),
    "DELETE a page": ("DELETE", "/en/news/", {}, {}),
    "POST to health check": _post("/healthz"),
    "POST to the sitemap": _post("/sitemap.xml"),
    "POST to the API": _post("/api/v2/pages/", {"title": "x"}),
    "admin login without CSRF": _post("/admin/login/", {"username": "a", "password": "b"}),
    # Redirects.
    "protocol-relative path": _get(f"//{OFF_SITE}/"),
    "root with next": _get(f"/?next=https://{OFF_SITE}/"),
    "login page with off-site next": _get(f"/admin/login/?next=https://{OFF_SITE}/"),
    "logout with off-site next": _get(f"/admin/logout/?next=//{OFF_SITE}/"),
    "backslash redirect trick": _get(f"/\\\\{OFF_SITE}/"),
}


class BadInputTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.secrets = fuzz_content.build().secrets

    def assert_harmless(self, response, elapsed, case):
        body = response.content.decode("utf-8", "replace")
        self.assertLess(response.status_code, 500, case)
        self.assertLess(elapsed, MAX_SECONDS, f"{case}: answered in {elapsed:.2f} s")
        for raw in (XSS, XSS_ATTRIBUTE, "<img src=x"):
            self.assertNotIn(raw, body, f"{case}: input reflected unescaped")
        for secret in self.secrets:
            self.assertNotIn(secret, body, f"{case}: a draft or private title leaked")
        location = response.get("Location", "")
        self.assertNotIn(OFF_SITE, urlsplit(location).netloc, f"{case}: redirects off-site to {location}")
        self.assertFalse(location.startswith("//"), f"{case}: protocol-relative redirect {location}")

    def test_public_bad_input_cases(self):
        client = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
        # A running server has its templates and code loaded: time the answers, not the first imports.
        for warm_up in WARM_UP_PATHS:
            client.get(warm_up)
        for case, (method, path, data, headers) in PUBLIC_CASES.items():
            with self.subTest(case):
                started = time.perf_counter()
                response = client.generic(method, path, data=_encode(data), content_type=_type(data), **headers)
                self.assert_harmless(response, time.perf_counter() - started, case)

    def test_rich_text_and_streamfield_with_script_are_rendered_inert(self):
        editor = Client(HTTP_HOST="localhost")
        editor.force_login(user_in("Moderators"))
        home = Page.objects.get(depth=2, locale__language_code="en")
        data = nested_form_data(
            {
                "title": "Hostile content",
                "slug": "hostile-content",
                "intro": XSS,
                "body": streamfield(
                    [
                        ("paragraph", rich_text(f"<p>Hello {XSS}<a href='javascript:alert(1)'>link</a></p>")),
                        ("quote", {"quote": XSS, "attribution": XSS_ATTRIBUTE}),
                    ]
                ),
                "action-publish": "publish",
            }
        )
        response = editor.post(reverse("wagtailadmin_pages:add", args=["portal", "standardpage", home.pk]), data)
        self.assertEqual(response.status_code, 302)
        page = StandardPage.objects.get(slug="hostile-content")
        started = time.perf_counter()
        public = Client(HTTP_HOST="localhost").get(page.url)
        self.assertEqual(public.status_code, 200)
        self.assert_harmless(public, time.perf_counter() - started, "hostile rich text")
        self.assertNotIn("javascript:", public.content.decode())

    def test_hostile_uploads_are_refused_politely(self):
        editor = Client(HTTP_HOST="localhost")
        editor.force_login(user_in("Editors"))
        uploads = {
            "not an image": ("photo.jpg", b"this is plain text", "image/jpeg"),
            "pixel bomb": ("bomb.png", _pixel_bomb(), "image/png"),
            "hostile name": ("../../<script>x</script>.png", _small_png(), "image/png"),
            "oversized": ("huge.png", b"\x89PNG" + b"0" * (16 * 1024 * 1024), "image/png"),
        }
        editor.post(  # a valid upload first, so the timing below excludes loading the image libraries
            reverse("wagtailimages:add"),
            {"title": "warm-up", "description": "alt", "file": SimpleUploadedFile("ok.png", _small_png(), "image/png")},
        )
        for case, (name, content, content_type) in uploads.items():
            with self.subTest(case):
                started = time.perf_counter()
                response = editor.post(
                    reverse("wagtailimages:add"),
                    {"title": case, "description": "alt", "file": SimpleUploadedFile(name, content, content_type)},
                )
                self.assert_harmless(response, time.perf_counter() - started, case)
        stored = [image.file.name for image in get_image_model().objects.all()]
        self.assertFalse([name for name in stored if ".." in name or "<" in name], stored)
        self.assertFalse(get_image_model().objects.filter(title__in=["not an image", "pixel bomb", "oversized"]))

        for case, name in {"executable document": "tool.exe", "html document": "page.html"}.items():
            with self.subTest(case):
                response = editor.post(
                    reverse("wagtaildocs:add"),
                    {"title": case, "file": SimpleUploadedFile(name, b"MZ\x90\x00", "application/octet-stream")},
                )
                self.assertLess(response.status_code, 500)
                self.assertEqual(response.status_code, 200)  # the form again, with an error


def _encode(data):
    return "&".join(f"{quote(key)}={quote(value)}" for key, value in data.items())


def _type(data):
    return "application/x-www-form-urlencoded"


def _small_png():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "PNG")
    return buffer.getvalue()


def _pixel_bomb():
    """A tiny file that claims 30,000 × 30,000 pixels (900 megapixels) when decoded."""
    buffer = io.BytesIO()
    Image.new("1", (30_000, 30_000)).save(buffer, "PNG")
    return buffer.getvalue()
