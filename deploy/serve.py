"""The production stack on one machine: nginx in front of gunicorn, plus the scheduler.

`make serve` runs this to let an operator try the portal as it is deployed: production
settings, collected static files, nginx serving static files, images and (after Wagtail's
privacy check) documents from disk, on loopback by default. Secrets are generated into var/
on the first run. `python deploy/serve.py nginx-site ...` prints the nginx site for a server.

Standard library only: it runs before anything is imported from the project.
"""

import argparse
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEPLOY_DIR = BASE_DIR / "deploy"
SITE_TEMPLATE = DEPLOY_DIR / "nginx" / "portal-site.conf.in"
ERROR_PAGES = DEPLOY_DIR / "nginx" / "errors"
MIME_TYPES = Path("/etc/nginx/mime.types")


def render_site(
    listen, server_name, upstream, static_root, media_root, forwarded_proto="$scheme", error_pages=ERROR_PAGES
):
    """The nginx server block of deploy/nginx/portal-site.conf.in with its placeholders filled."""
    values = {
        "LISTEN": listen,
        "SERVER_NAME": server_name,
        "UPSTREAM": upstream,
        "STATIC_ROOT": str(static_root).rstrip("/"),
        "MEDIA_ROOT": str(media_root).rstrip("/"),
        "ERROR_PAGES": str(error_pages).rstrip("/"),
        "FORWARDED_PROTO": forwarded_proto,
    }
    text = SITE_TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    if "@@" in text:
        raise ValueError(f"{SITE_TEMPLATE} has a placeholder nobody filled")
    return text


def render_main_config(site, runtime):
    """A complete nginx.conf for an unprivileged, foreground nginx whose files all live in `runtime`."""
    # As root, nginx would hand requests to "nobody", who may not read the checkout.
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
    temp = "\n".join(
        f"    {kind}_temp_path {runtime / 'nginx' / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""{user}worker_processes 1;
pid {runtime / "nginx.pid"};
error_log stderr warn;
events {{ worker_connections 512; }}
http {{
    include {MIME_TYPES};
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    gzip on;
    gzip_types text/css application/javascript application/json application/xml image/svg+xml;
    log_format json escape=json '{{"time": "$time_iso8601", "logger": "nginx.access", '
        '"request_id": "$request_id", "method": "$request_method", "path": "$uri", '
        '"status": $status, "bytes": $body_bytes_sent, "duration_ms": "$request_time", '
        '"client": "$remote_addr"}}';
    access_log {runtime / "nginx-access.log"} json;
{temp}
{site}
}}
"""


def local_secret_key():
    """The key `make run` uses too (portal.settings.local): sessions survive restarts."""
    path = BASE_DIR / "var" / "secret-key"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


def environment(host, port, runtime):
    """Production settings with local, generated values for everything a server would be given."""
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'portal.sqlite3'}")
    env.setdefault("DJANGO_SECRET_KEY", local_secret_key())
    env.setdefault("STATIC_ROOT", str(BASE_DIR / "var" / "static"))
    env.setdefault("MEDIA_ROOT", str(BASE_DIR / "var" / "media"))
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        PORTAL_BASE_URL=f"http://{host}:{port}",
        DJANGO_ALLOWED_HOSTS=env.get("DJANGO_ALLOWED_HOSTS") or f"{host},localhost",
        # Plain HTTP on loopback: no redirect to HTTPS, and no HSTS pinned on 127.0.0.1.
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        # nginx is the one proxy in front; it sends documents once Wagtail allows them.
        TRUSTED_PROXY_COUNT="1",
        DOCUMENTS_X_ACCEL_REDIRECT="true",
        GUNICORN_BIND=f"unix:{runtime / 'gunicorn.sock'}",
        GUNICORN_WORKERS=env.get("GUNICORN_WORKERS", "2"),
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)  # noqa: S603


def prepare(env, demo):
    """What a deployment runs before starting: migrations, static files, the site's address."""
    manage(env, "migrate", "--noinput", "--verbosity=1")
    manage(env, "collectstatic", "--noinput", "--verbosity=0")
    if demo:
        manage(env, "load_demo_content")
        manage(env, "ensure_admin")
    manage(env, "sync_site")


def wait_until_ready(url, processes, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for name, process in processes.items():
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


def serve(args):
    nginx = shutil.which(args.nginx) or args.nginx
    if not Path(nginx).exists():
        sys.exit(f"nginx is missing at {args.nginx}: install Debian's package (sudo apt-get install nginx).")
    runtime = Path(args.runtime).resolve()
    for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (runtime / "nginx" / kind).mkdir(parents=True, exist_ok=True)
    env = environment(args.host, args.port, runtime)
    if not args.no_prepare:
        prepare(env, demo=not args.no_demo)

    site = render_site(
        listen=f"{args.host}:{args.port}",
        server_name=args.host,
        upstream=f"unix:{runtime / 'gunicorn.sock'}",
        static_root=env["STATIC_ROOT"],
        media_root=env["MEDIA_ROOT"],
    )
    config = runtime / "nginx.conf"
    config.write_text(render_main_config(site, runtime))
    subprocess.run([nginx, "-t", "-q", "-p", str(runtime), "-c", str(config)], check=True)  # noqa: S603

    gunicorn = Path(sys.executable).with_name("gunicorn")
    commands = {
        "gunicorn": [str(gunicorn), "-c", str(DEPLOY_DIR / "gunicorn.conf.py"), "portal.wsgi:application"],
        "scheduler": [sys.executable, "manage.py", "run_scheduler"],
        "nginx": [nginx, "-p", str(runtime), "-c", str(config), "-g", "daemon off;"],
    }
    processes = {}
    try:
        for name, command in commands.items():
            processes[name] = subprocess.Popen(command, cwd=BASE_DIR, env=env, start_new_session=True)  # noqa: S603
        wait_until_ready(f"http://{args.host}:{args.port}/healthz/ready", processes)
        print(f"\n  Portal (production settings behind nginx): {env['PORTAL_BASE_URL']}/\n", flush=True)
        # Any part that stops ends the whole stack, as a supervisor would notice.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        while all(process.poll() is None for process in processes.values()):
            time.sleep(0.5)
        stopped = [name for name, process in processes.items() if process.poll() is not None]
        sys.exit(f"{', '.join(stopped)} stopped; stopping the rest.")
    except KeyboardInterrupt:
        pass
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=35)
            except subprocess.TimeoutExpired:
                process.kill()


def print_site(args):
    print(
        render_site(
            listen=args.listen,
            server_name=args.server_name,
            upstream=args.upstream,
            static_root=args.static_root,
            media_root=args.media_root,
            forwarded_proto=args.forwarded_proto,
            error_pages=args.error_pages,
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command")
    run = commands.add_parser("run", help="start nginx, gunicorn and the scheduler (the default)")
    run.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    run.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    run.add_argument("--runtime", default=str(BASE_DIR / "var" / "serve"), help="folder for sockets, logs, config")
    run.add_argument("--nginx", default=os.environ.get("NGINX", "/usr/sbin/nginx"))
    run.add_argument("--no-prepare", action="store_true", help="skip migrate, collectstatic and sync_site")
    run.add_argument("--no-demo", action="store_true", help="do not load the demo content")
    site = commands.add_parser("nginx-site", help="print the nginx site for a server")
    site.add_argument("--listen", default="80")
    site.add_argument("--server-name", required=True)
    site.add_argument("--upstream", default="unix:/run/portal/gunicorn.sock")
    site.add_argument("--static-root", default="/srv/portal/var/static")
    site.add_argument("--media-root", default="/srv/portal/var/media")
    site.add_argument("--forwarded-proto", default="$scheme", help="'https' behind a TLS load balancer")
    site.add_argument("--error-pages", default=str(ERROR_PAGES), help="folder of nginx's own error pages")
    args = parser.parse_args(sys.argv[1:] or ["run"])
    if args.command == "nginx-site":
        print_site(args)
    else:
        serve(args)


if __name__ == "__main__":
    main()
