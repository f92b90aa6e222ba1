"""Bad input from the outside: never a 5xx, nothing reflected, no off-site redirect, no leak, fast.

One demo site is loaded for the whole class; each case is a request a careless or hostile
visitor could send. Drafts and private pages with recognisable titles are planted so any
response that leaks them fails.
"""

import io
import time
from urllib.parse import quote, urlsplit

from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client, TestCase
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

from portal.models import StandardPage

from .editors import user_in

XSS = "<script>alert(1)</script>"
XSS_ATTRIBUTE = '"><img src=x onerror=alert(1)>'
SECRETS = ("SECRET-DRAFT-TITLE", "SECRET-PRIVATE-TITLE", "SECRET-DRAFT-RELATION")
OFF_SITE = "evil.example"


def _get(path, **headers):
    return ("GET", path, {}, headers)


def _post(path, data=None, **headers):
    return ("POST", path, data or {}, headers)


LONG = "a" * 2000
WARM_UP_PATHS = ["/en/", "/en/news/", "/en/news/feed/rss/", "/en/partnerships/", "/en/search/?q=x", "/admin/login/"]
PUBLIC_CASES = {
    # Pagination and filters of the news listing.
    "page not a number": _get("/en/news/?page=abc"),
    "page far out of range": _get("/en/news/?page=99999"),
    "page negative": _get("/en/news/?page=-1"),
    "page zero": _get("/en/news/?page=0"),
    "page fractional": _get("/en/news/?page=1.5"),
    "page with NUL byte": _get("/en/news/?page=%00"),
    "page with markup": _get(f"/en/news/?page={quote(XSS)}"),
    "category with markup": _get(f"/en/news/?category={quote(XSS)}"),
    "tag with attribute injection": _get(f"/en/news/?tag={quote(XSS_ATTRIBUTE)}"),
    "unknown category page": _get("/en/news/category/no-such-category/"),
    "unknown tag page": _get("/en/news/tag/no-such-tag/"),
    "archive month 13": _get("/en/news/archive/2025/13/"),
    "archive year 0000": _get("/en/news/archive/0000/"),
    "archive far future": _get("/en/news/archive/9999/12/"),
    "feed with bad page": _get("/en/news/feed/rss/?page=abc"),
    "category feed with markup slug": _get(f"/en/news/category/{quote(XSS)}/feed/atom/"),
    # Filters of the partnerships directory.
    "directory type with markup": _get(f"/en/partnerships/?type={quote(XSS)}"),
    "directory unknown country": _get("/en/partnerships/?country=ZZ"),
    "directory status NUL": _get("/en/partnerships/?status=%00"),
    "directory huge network id": _get("/en/partnerships/?network=99999999999999999999999"),
    "directory repeated type": _get("/en/partnerships/?type=twinning&type=network_membership"),
    "directory query 2000 chars": _get(f"/en/partnerships/?q={LONG}"),
    # Search.
    "search empty": _get("/en/search/?q="),
    "search blank": _get("/en/search/?q=%20%20%20"),
    "search script": _get(f"/en/search/?q={quote(XSS)}"),
    "search attribute injection": _get(f"/en/search/?q={quote(XSS_ATTRIBUTE)}"),
    "search SQL": _get("/en/search/?q=" + quote("' OR 1=1; DROP TABLE wagtailcore_page; --")),
    "search 1000 chars": _get("/en/search/?q=" + "x" * 1000),
    "search NUL byte": _get("/en/search/?q=euro%00cities"),
    "search quotes": _get("/en/search/?q=" + quote("\"unbalanced 'quotes")),
    "search stop words only": _get("/en/search/?q=the+and+of"),
    "search page out of range": _get("/en/search/?q=Eurocities&page=99999"),
    "search type with markup": _get(f"/en/search/?q=Eurocities&type={quote(XSS)}"),
    "search the secret title": _get("/en/search/?q=SECRET"),
    # Slugs and paths.
    "slug with markup": _get(f"/en/news/{quote(XSS)}/"),
    "path traversal": _get("/en/news/../../etc/passwd"),
    "NUL in path": _get("/en/%00/"),
    "very long slug": _get(f"/en/news/{LONG}/"),
    "unknown language prefix": _get("/xx/news/"),
    "draft article by its address": _get("/en/news/secret-draft/"),
    "private article by its address": _get("/en/news/secret-private/"),
    "API draft by id": _get("/api/v2/pages/?search=SECRET"),
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
        call_command("load_demo_content", verbosity=0)
        news_index = Page.objects.get(slug="news", locale__language_code="en")
        article_class = news_index.specific.articles().model if hasattr(news_index.specific, "articles") else None
        draft = news_index.get_children().live().first().specific
        cls._plant(draft, "SECRET-DRAFT-TITLE", "secret-draft", publish=False)
        private = cls._plant(draft, "SECRET-PRIVATE-TITLE", "secret-private", publish=True)
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        relation = Page.objects.get(slug="eurocities", locale__language_code="en").specific
        cls._plant(relation, "SECRET-DRAFT-RELATION", "secret-relation", publish=False)
        assert article_class is None or isinstance(draft, article_class)

    @staticmethod
    def _plant(model_page, title, slug, *, publish):
        """A copy of an existing page under the same parent, with a recognisable title."""
        copy = model_page.copy(
            update_attrs={"title": title, "slug": slug, "draft_title": title, "live": publish},
            keep_live=publish,
            copy_revisions=False,
            log_action=None,
        )
        copy.save_revision()
        return copy

    def assert_harmless(self, response, elapsed, case):
        body = response.content.decode("utf-8", "replace")
        self.assertLess(response.status_code, 500, case)
        self.assertLess(elapsed, 1.0, f"{case}: answered in {elapsed:.2f} s")
        for raw in (XSS, XSS_ATTRIBUTE, "<img src=x"):
            self.assertNotIn(raw, body, f"{case}: input reflected unescaped")
        for secret in SECRETS:
            self.assertNotIn(secret, body, f"{case}: a draft or private title leaked")
        location = response.get("Location", "")
        self.assertNotIn(OFF_SITE, urlsplit(location).netloc, f"{case}: redirects off-site to {location}")
        self.assertFalse(location.startswith("//"), f"{case}: protocol-relative redirect {location}")

    def test_public_bad_input_cases(self):
        client = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
        self.assertGreaterEqual(len(PUBLIC_CASES), 40)
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
        from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

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
        from wagtail.images import get_image_model

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
