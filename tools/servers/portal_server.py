"""The portal under gunicorn with the production settings, on loopback, for drills."""

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from portal.backups.programs import run

from .processes import LOOPBACK, child_pids, free_port, wait_for

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def production_environment(workdir, database_url, redis_url):
    """Environment for manage.py and gunicorn: production settings with everything private and local."""
    workdir = Path(workdir)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PG"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS=f"{LOOPBACK},localhost",
        # Each server answers at its own port (PortalServer.start); management commands need one.
        PORTAL_BASE_URL=f"http://{LOOPBACK}",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        # No TLS in front of a loopback drill; everything else stays as in production.
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(env, *args):
    return run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env)


class PortalServer:
    """gunicorn serving portal.wsgi with sync workers; signals for reloads and worker kills."""

    def __init__(self, workdir, env, port=58000, workers=2, graceful_timeout=10):
        self.workdir = Path(workdir)
        self.env = env
        self.port = free_port(port)
        self.workers = workers
        self.graceful_timeout = graceful_timeout
        self.log = self.workdir / "gunicorn.log"
        self.process = None

    @property
    def base_url(self):
        return f"http://{LOOPBACK}:{self.port}"

    def prepare(self):
        """Collect static files, migrate and load the demo content, as a deployment would."""
        # Static files need no database: collect them while the migrations run.
        with ThreadPoolExecutor(max_workers=1) as background:
            collected = background.submit(manage, self.env, "collectstatic", "--noinput", "--verbosity=0")
            manage(self.env, "migrate", "--noinput", "--verbosity=0")
            manage(self.env, "load_demo_content", "--verbosity=0")
            collected.result()

    def start(self):
        gunicorn = Path(sys.executable).with_name("gunicorn")
        command = [
            str(gunicorn),
            "portal.wsgi:application",
            f"--bind={LOOPBACK}:{self.port}",
            f"--workers={self.workers}",
            "--worker-class=sync",
            "--timeout=30",
            f"--graceful-timeout={self.graceful_timeout}",
            # Workers fork from an app the master has already imported: a replacement worker
            # (after a crash, a kill or a reload) serves at once instead of after seconds of imports.
            "--preload",
            # Drills must not touch anything outside their folder (the default lives in ~/.gunicorn).
            "--no-control-socket",
        ]
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(  # noqa: S603
                command,
                cwd=BASE_DIR,
                env={**self.env, "PORTAL_BASE_URL": self.base_url},
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        wait_for(self._all_workers_serving, 60, f"gunicorn on port {self.port} (log: {self.log})")

    @property
    def master_pid(self):
        return self.process.pid

    def worker_pids(self):
        return child_pids(self.master_pid)

    def healthy(self):
        try:
            with urllib.request.urlopen(f"{self.base_url}/healthz", timeout=2) as response:  # noqa: S310
                return response.status == 200
        except OSError:
            return False

    def _all_workers_serving(self):
        if self.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {self.process.returncode}; see {self.log}")
        return len(self.worker_pids()) == self.workers and self.healthy()

    def reload(self):
        """Graceful reload: new workers start, old ones finish their requests and exit."""
        os.kill(self.master_pid, signal.SIGHUP)

    def kill_worker(self):
        """SIGKILL one worker, as the kernel's OOM killer would; returns its pid."""
        victim = self.worker_pids()[0]
        os.kill(victim, signal.SIGKILL)
        return victim

    def stop(self):
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(self.graceful_timeout + 5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        # No worker may outlive the drill, even one orphaned by a killed master.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
