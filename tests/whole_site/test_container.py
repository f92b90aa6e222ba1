"""The container path (deploy/Dockerfile, deploy/compose.yaml), checked without a container engine.

What needs no engine is checked against the code itself: the compose file parses, every file
a service or the image names exists, the image installs the hash-locked requirements, the
environment the services pass is what the production settings and gunicorn read (and loads
them), the healthchecks probe URLs of the production URLconf that answer over plain HTTP, and
the nginx site the image renders is filled by the nginx service's environment.
"""

import ast
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from django.urls import resolve

from portal.views import health

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE = DEPLOY / "compose.yaml"
DOCKERFILE = DEPLOY / "Dockerfile"
PORTAL_SERVICES = ("migrate", "app", "scheduler")
# What the operator gives compose (deploy/.env or the shell), as the README says.
OPERATOR = {
    "PORTAL_BASE_URL": "https://www.krakow.example",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "POSTGRES_PASSWORD": "change-me",
}
# Where the settings read the environment: everything else in it is not a setting.
SETTINGS_FILES = [ROOT / "portal/settings/base.py", ROOT / "portal/settings/production.py", DEPLOY / "gunicorn.conf.py"]
# The image sets these for Python, pip and manage.py, not for the settings.
NOT_SETTINGS = {
    "DJANGO_SETTINGS_MODULE",
    "PATH",
    "PYTHONUNBUFFERED",
    "PIP_NO_CACHE_DIR",
    "PIP_DISABLE_PIP_VERSION_CHECK",
}


# --- reading the files -------------------------------------------------------------------


def compose():
    return yaml.safe_load(COMPOSE.read_text())


_VARIABLE = re.compile(r"\$\$|\$\{(?P<name>\w+)(?:(?P<op>:\?|:-)(?P<arg>[^}]*))?\}")


def interpolate(value, variables):
    """A compose value with ${NAME}, ${NAME:-default}, ${NAME:?error} and $$ replaced, as compose does."""

    def replace(match):
        if match.group(0) == "$$":
            return "$"
        given = variables.get(match["name"])
        if match["op"] == ":?" and not given:
            raise LookupError(match["arg"])
        if match["op"] == ":-" and not given:
            return interpolate(match["arg"], variables)
        return given or ""

    return _VARIABLE.sub(replace, str(value))


def dockerfile_stages():
    """[{"name", "base", "instructions": [(KEYWORD, arguments)]}] of deploy/Dockerfile."""
    lines, current = [], ""
    for line in DOCKERFILE.read_text().splitlines():
        if not current and (not line.strip() or line.lstrip().startswith("#")):
            continue
        current += line.rstrip()
        if current.endswith("\\"):
            current = current[:-1] + " "
        else:
            lines.append(current)
            current = ""
    stages = []
    for line in lines:
        keyword, arguments = line.split(maxsplit=1)
        if keyword.upper() == "FROM":
            words = arguments.split()
            name = words[2] if len(words) == 3 and words[1].upper() == "AS" else None
            stages.append({"name": name, "base": words[0], "instructions": []})
        else:
            stages[-1]["instructions"].append((keyword.upper(), arguments))
    return stages


def stage(name):
    return next(found for found in dockerfile_stages() if found["name"] == name)


def instructions(name, keyword):
    return [arguments for found, arguments in stage(name)["instructions"] if found == keyword]


def image_environment():
    """The ENV of the application image (NAME=value pairs)."""
    pairs = {}
    for arguments in instructions("app", "ENV"):
        for pair in shlex.split(arguments):
            name, value = pair.split("=", 1)
            pairs[name] = value
    return pairs


def service_environment(name, variables=OPERATOR):
    environment = compose()["services"][name].get("environment", {})
    return {key: interpolate(value, variables) for key, value in environment.items()}


def _is_environ(node):
    return isinstance(node, ast.Attribute) and node.attr == "environ"


def names_read(path):
    """Environment names a settings file reads: os.environ.get("X"), os.environ["X"], and the
    names of a `for name in ("X", ...)` loop that reads os.environ."""
    names, required = set(), set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            reads = node.func.attr == "get" and _is_environ(node.func.value)
            if reads and isinstance(node.args[0], ast.Constant):
                names.add(node.args[0].value)
        elif isinstance(node, ast.Subscript) and _is_environ(node.value) and isinstance(node.slice, ast.Constant):
            names.add(node.slice.value)
        elif isinstance(node, ast.For) and isinstance(node.iter, ast.Tuple) and any(map(_is_environ, ast.walk(node))):
            required |= {element.value for element in node.iter.elts if isinstance(element, ast.Constant)}
    return names | required, required


def settings_names():
    return set().union(*(names_read(path)[0] for path in SETTINGS_FILES))


def run_python(code, environment):
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


# --- the compose file --------------------------------------------------------------------


def test_the_compose_file_runs_database_cache_application_scheduler_and_nginx():
    services = compose()["services"]
    assert {"db", "redis", "migrate", "app", "scheduler", "nginx"} == set(services)
    assert services["db"]["image"].startswith("postgres:")
    assert services["redis"]["image"].startswith("redis:")
    assert services["scheduler"]["command"] == ["python", "manage.py", "run_scheduler"]
    assert "migrate --noinput" in " ".join(services["migrate"]["command"])
    assert services["app"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["nginx"]["depends_on"]["app"]["condition"] == "service_healthy"


def test_every_file_a_service_names_exists():
    stages = {found["name"] for found in dockerfile_stages()}
    document = compose()
    for name, service in document["services"].items():
        if "build" in service:
            context = (COMPOSE.parent / service["build"]["context"]).resolve()
            assert context == ROOT, name
            assert (context / service["build"]["dockerfile"]).is_file(), name
            assert service["build"]["target"] in stages, name
        for entry in service.get("env_file", []):
            if entry.get("required", True):
                assert (COMPOSE.parent / entry["path"]).is_file(), name
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith((".", "/")):
                assert (COMPOSE.parent / source).exists(), f"{name}: {source}"
            else:
                assert source in document["volumes"], f"{name}: {source}"


def test_every_file_the_image_copies_is_in_the_build_context_and_none_is_harness_or_tests():
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()}
    ignored -= {""}
    for found in dockerfile_stages():
        for arguments in (arguments for keyword, arguments in found["instructions"] if keyword == "COPY"):
            if arguments.startswith("--from="):
                continue
            *sources, _destination = shlex.split(arguments)
            for source in sources:
                assert (ROOT / source).exists(), source
                assert source.split("/")[0] not in ignored, f"{source} is left out of the build context"
                assert source.split("/")[0] not in ("tools", "tests", "."), source
    assert {"tools", "tests", ".venv", ".git"} <= ignored


def test_the_image_installs_the_lock_with_hashes_on_python_311_slim():
    assert stage("app")["base"] == "python:3.11-slim"
    copied = [shlex.split(arguments) for arguments in instructions("app", "COPY")]
    lock = next(destination for source, destination in copied if source == "requirements.txt")
    installs = [arguments for arguments in instructions("app", "RUN") if "pip install" in arguments]
    assert len(installs) == 1
    words = shlex.split(installs[0])
    assert "--require-hashes" in words
    assert words[words.index("-r") + 1] == lock

    # Every package of the lock is pinned and carries its hashes, or pip refuses it.
    requirements = (ROOT / "requirements.txt").read_text().replace("\\\n", " ")
    entries = [line for line in requirements.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert len(entries) > 30
    for entry in entries:
        assert re.match(r"^[A-Za-z0-9._-]+==\S+ ", entry), entry
        assert "--hash=sha256:" in entry, entry


def test_the_image_collects_static_files_and_serves_with_gunicorn_as_another_user():
    runs = " ".join(instructions("app", "RUN"))
    assert "manage.py collectstatic --noinput" in runs
    users = instructions("app", "USER")
    assert users and users[-1].split(":")[0] not in ("root", "0")
    command = json.loads(instructions("app", "CMD")[-1])
    assert command[:3] == ["gunicorn", "-c", "deploy/gunicorn.conf.py"]
    assert (ROOT / command[2]).is_file()
    assert dockerfile_stages()[-1]["base"] == "app"  # the default target is the application


# --- the environment ---------------------------------------------------------------------


@pytest.mark.parametrize("service", PORTAL_SERVICES)
def test_the_portal_services_pass_only_what_the_settings_read(service):
    read = settings_names()
    assert set(service_environment(service)) - read == set()
    assert set(image_environment()) - read - NOT_SETTINGS == set()


@pytest.mark.parametrize("service", PORTAL_SERVICES)
def test_the_portal_services_give_production_every_setting_it_requires(service):
    _names, required = names_read(ROOT / "portal/settings/production.py")
    assert required == {"DJANGO_SECRET_KEY", "PORTAL_BASE_URL", "DATABASE_URL"}
    assert required <= set(service_environment(service))


@pytest.mark.parametrize("missing", sorted(OPERATOR))
def test_compose_refuses_to_start_without_the_base_url_the_secret_or_the_database_password(missing):
    given = {name: value for name, value in OPERATOR.items() if name != missing}
    with pytest.raises(LookupError, match=f"{missing} must be set"):
        service_environment("app", given)


def test_production_settings_load_from_the_compose_environment():
    environment = {"PATH": os.environ["PATH"], **image_environment(), **service_environment("app")}
    loaded = run_python(
        """
import json, runpy
import django
django.setup()
from django.conf import settings
gunicorn = runpy.run_path("deploy/gunicorn.conf.py")
database = settings.DATABASES["default"]
print(json.dumps({
    "base_url": settings.PORTAL_BASE_URL,
    "database": [database["HOST"], database["PORT"], database["NAME"], database["USER"]],
    "cache": settings.CACHES["default"]["LOCATION"],
    "media_root": str(settings.MEDIA_ROOT),
    "static_root": str(settings.STATIC_ROOT),
    "sendfile": getattr(settings, "SENDFILE_BACKEND", None),
    "bind": gunicorn["bind"],
}))
""",
        environment,
    )
    assert loaded == {
        "base_url": "https://www.krakow.example",
        "database": ["db", 5432, "portal", "portal"],
        "cache": "redis://redis:6379/0",
        "media_root": "/srv/portal/media",
        "static_root": "/srv/portal/static",
        "sendfile": "portal.serving.sendfile_nginx",
        "bind": "0.0.0.0:8000",
    }
    # The uploads volume is mounted where the settings keep them, in every portal service.
    for service in PORTAL_SERVICES:
        assert "media:/srv/portal/media" in compose()["services"][service]["volumes"]


# --- health checks -----------------------------------------------------------------------


def healthcheck_paths(service):
    test = " ".join(compose()["services"][service]["healthcheck"]["test"])
    return re.findall(r"http://[^/\s\"']+(/[^\s\"']*)", test)


def test_the_healthchecks_probe_ready_on_the_application_and_live_through_nginx():
    assert healthcheck_paths("app") == ["/healthz/ready"]
    assert healthcheck_paths("nginx") == ["/healthz/live"]
    assert resolve("/healthz/ready", urlconf="portal.urls").func is health.ready
    assert resolve("/healthz/live", urlconf="portal.urls").func is health.live


def test_production_answers_the_probes_over_plain_http(tmp_path):
    environment = {
        "PATH": os.environ["PATH"],
        **image_environment(),
        **service_environment("app"),
        # Nothing listens there: the readiness probe answers that the database is down.
        "DATABASE_URL": "postgres://portal@127.0.0.1:9/portal",
        "REDIS_URL": "",
        "CACHE_DIR": str(tmp_path / "cache"),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    answers = run_python(
        """
import json
import django
django.setup()
from django.test import Client
client = Client()
print(json.dumps({
    "live": client.get("/healthz/live", HTTP_HOST="127.0.0.1:8000").status_code,
    "ready": client.get("/healthz/ready", HTTP_HOST="127.0.0.1:8000").json(),
    "page": client.get("/pl/", HTTP_HOST="www.krakow.example").status_code,
}))
""",
        environment,
    )
    assert answers["live"] == 200
    assert answers["ready"]["database"] == "down"
    assert answers["page"] == 301  # pages still go to HTTPS


# --- nginx -------------------------------------------------------------------------------


def rendered_nginx_site():
    """The nginx site as the image's nginx-site stage renders it, rendered here the same way."""
    command = shlex.split(next(run for run in instructions("nginx-site", "RUN") if "serve.py nginx-site" in run))
    output = command.index(">")
    assert command[0] == "python"
    result = subprocess.run(
        [sys.executable, *command[1:output]], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout, command


def test_the_nginx_site_of_the_image_is_filled_by_the_nginx_service():
    site, command = rendered_nginx_site()
    template = command[command.index(">") + 1]
    assert f"--from=nginx-site {template} /etc/nginx/templates/default.conf.template" in instructions("nginx", "COPY")
    assert "@@" not in site
    placeholders = set(re.findall(r"\$\{(\w+)\}", site))
    given = service_environment("nginx")
    assert placeholders == set(given) == {"NGINX_SERVER_NAME", "NGINX_FORWARDED_PROTO"}
    assert given["NGINX_FORWARDED_PROTO"] == "$scheme"

    # nginx reaches gunicorn where the image binds it, and serves the files where the image keeps them.
    upstream = re.search(r"server (\S+):(\d+);", site)
    assert upstream[1] in compose()["services"]
    assert upstream[2] == image_environment()["GUNICORN_BIND"].rsplit(":", 1)[1]
    assert f"alias {image_environment()['STATIC_ROOT']}/;" in site
    assert "media:/srv/portal/media:ro" in compose()["services"]["nginx"]["volumes"]
    assert f"alias {image_environment()['MEDIA_ROOT']}/images/;" in site
    assert any("deploy/nginx/errors /srv/portal/errors" in copy for copy in instructions("nginx", "COPY"))


def test_nginx_accepts_the_site_as_the_nginx_image_fills_it(tmp_path):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.skip("nginx is not installed (Debian: apt-get install nginx)")
    site, _command = rendered_nginx_site()
    for name, value in service_environment("nginx").items():
        site = site.replace("${" + name + "}", value)
    # `app` is a name of the compose network only; nginx -t resolves upstream names.
    site = re.sub(r"server app:(\d+);", r"server 127.0.0.1:\1;", site)
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log stderr;\nevents {{}}\n"
        f"http {{ include /etc/nginx/mime.types; include {tmp_path}/site.conf; }}\n"
    )
    result = subprocess.run(
        [nginx, "-t", "-q", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
