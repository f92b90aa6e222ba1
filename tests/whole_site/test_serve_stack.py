"""`make serve`'s stack on loopback: nginx in front of gunicorn with production settings, no S3."""

import importlib.util
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.news.builders import article, picture

ROOT = Path(__file__).resolve().parents[2]
NGINX = os.environ.get("NGINX", "/usr/sbin/nginx")

pytestmark = pytest.mark.skipif(not Path(NGINX).exists(), reason=f"nginx is not installed at {NGINX}")


def load_serve_module():
    spec = importlib.util.spec_from_file_location("deploy_serve", ROOT / "deploy" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, host=None):
    """(status, headers, body) without following redirects."""
    request = urllib.request.Request(url)  # noqa: S310 - loopback only
    if host:
        request.add_header("Host", host)
    try:
        response = urllib.request.build_opener(_NoRedirect).open(request, timeout=20)
    except urllib.error.HTTPError as error:
        response = error
    with response:
        return response.status, response.headers, response.read()


def wait_for(url, process, timeout=240):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the stack exited with {process.returncode}"
        try:
            if fetch(url)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(url)


def database_url():
    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def document(title, content, collection=None):
    model = get_document_model()
    doc = model(title=title, collection=collection or Collection.get_first_root_node())
    doc.file.save(f"{title.lower().replace(' ', '-')}.txt", ContentFile(content), save=False)
    doc.save()
    return doc


@pytest.fixture
def stack(tmp_path):
    """The stack of `make serve`, on a free loopback port, serving the test database."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "STATIC_ROOT": str(tmp_path / "static"),
        "CACHE_DIR": str(tmp_path / "cache"),
        "DJANGO_SECRET_KEY": "stack-test-secret-" + "x" * 40,
        "GUNICORN_WORKERS": "1",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    runtime = tmp_path / "run"
    command = [sys.executable, "deploy/serve.py", "run", "--no-demo", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--runtime", str(runtime), "--nginx", NGINX]
    log = open(tmp_path / "stack.log", "wb")  # noqa: SIM115 - closed after the stack stops
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)  # noqa: S603
    base_url = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_for(f"{base_url}/healthz/ready", process)
        except (AssertionError, TimeoutError) as error:
            log.flush()
            raise AssertionError((tmp_path / "stack.log").read_text()[-3000:]) from error
        yield base_url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_production_stack_serves_images_documents_and_friendly_errors(stack):
    story = article("Stack story", hero_image=picture(), hero_alt="The market square")
    public = document("Public notice", b"public bytes")
    private_collection = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(collection=private_collection, restriction_type="login")
    private = document("Internal memo", b"secret bytes", collection=private_collection)

    status, headers, body = fetch(stack + story.url)
    assert status == 200
    html = body.decode()
    assert f'<link rel="canonical" href="{stack}{story.url}">' in html
    assert headers["X-Request-ID"]
    images = re.findall(r'src="(/media/images/[^"]+)"', html)
    assert images
    for image in images:
        status, headers, body = fetch(stack + image)
        assert status == 200
        assert headers["Content-Type"] == "image/jpeg"
        assert "max-age=2592000" in headers["Cache-Control"]

    status, headers, body = fetch(stack + public.url)
    assert status == 200
    assert body == b"public bytes"
    assert "attachment" in headers["Content-Disposition"]

    status, _headers, body = fetch(stack + private.url)
    assert status in (302, 403)
    assert b"secret bytes" not in body
    # Not even straight from disk.
    status, _headers, body = fetch(f"{stack}/media/{private.file.name}")
    assert status == 404
    assert b"secret bytes" not in body
    assert fetch(f"{stack}/internal-media/{private.file.name}")[0] == 404

    status, _headers, body = fetch(f"{stack}/pl/no-such-page/")
    assert status == 404
    assert "Nie znaleziono strony" in body.decode()
    status, _headers, body = fetch(f"{stack}/static/no-such-file.css")
    assert status == 404
    assert "Nie znaleziono pliku" in body.decode()  # nginx's own page, not its default

    assert fetch(f"{stack}/pl/", host=f"127.0.0.1:{stack.rsplit(':', 1)[1]}")[0] == 200
    assert fetch(f"{stack}/pl/", host="127.0.0.1:6666")[0] == 400
    status, headers, _body = fetch(f"{stack}/static/portal/favicon.svg")
    assert status == 200
    assert "immutable" in headers["Cache-Control"]


def test_nginx_answers_with_a_friendly_page_when_the_application_is_down(tmp_path):
    serve = load_serve_module()
    port = free_port()
    for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / "nginx" / kind).mkdir(parents=True)
    site = serve.render_site(
        listen=f"127.0.0.1:{port}",
        server_name="127.0.0.1",
        upstream=f"unix:{tmp_path / 'nobody-listens.sock'}",
        static_root=tmp_path,
        media_root=tmp_path,
    )
    config = tmp_path / "nginx.conf"
    config.write_text(serve.render_main_config(site, tmp_path))
    nginx = subprocess.Popen(  # noqa: S603
        [NGINX, "-p", str(tmp_path), "-c", str(config), "-g", "daemon off;"], stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                status, _headers, body = fetch(f"http://127.0.0.1:{port}/pl/")
                break
            except OSError:
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.2)
    finally:
        nginx.terminate()
        nginx.wait(10)
    assert status == 502
    text = body.decode()
    assert "Portal jest chwilowo niedostępny" in text
    assert "The portal is temporarily unavailable" in text
    assert "nginx" not in text
