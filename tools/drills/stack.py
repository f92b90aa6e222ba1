"""The portal served as in production, with its own PostgreSQL and Redis, all on loopback."""

import contextlib
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..servers.portal_server import PortalServer, production_environment
from ..servers.postgres import PrivateCluster
from ..servers.redis_server import PrivateRedis


@dataclass
class Services:
    postgres: PrivateCluster
    redis: PrivateRedis
    server: PortalServer
    workdir: Path


def say(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


@contextlib.contextmanager
def private_portal(keep=False):
    """Start everything in a temporary folder; stop every process and remove the folder on the way out."""
    with contextlib.ExitStack() as stack:
        if keep:
            workdir = Path(tempfile.mkdtemp(prefix="portal-ops-"))
        else:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="portal-ops-")))
        say(f"Working in {workdir}")
        postgres = stack.enter_context(PrivateCluster(workdir))
        postgres.start()
        postgres.create_database("portal")
        redis = stack.enter_context(PrivateRedis(workdir))
        redis.start()
        say(f"PostgreSQL on port {postgres.port}, Redis on port {redis.port}")
        env = production_environment(workdir, postgres.url("portal"), redis.url)
        server = stack.enter_context(PortalServer(workdir, env))
        say("Collecting static files, migrating, loading the demo content")
        server.prepare()
        server.start()
        say(f"gunicorn ({server.workers} sync workers, production settings) on {server.base_url}")
        yield Services(postgres, redis, server, workdir)
