"""A private PostgreSQL cluster in a temporary folder, on a loopback port of its own."""

import contextlib
import os
from pathlib import Path

import psycopg

from portal.backups.programs import postgres_bin, run

from .processes import LOOPBACK, free_port, give_to_service_account, service_account

SUPERUSER = "postgres"


class PrivateCluster:
    """initdb, start, stop and restart a throwaway cluster; trust authentication, loopback only."""

    def __init__(self, workdir, port=55432):
        self.root = Path(workdir) / "postgres"
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = free_port(port)

    def url(self, database="portal"):
        return f"postgres://{SUPERUSER}@{LOOPBACK}:{self.port}/{database}"

    def init(self):
        self.root.mkdir(parents=True)
        give_to_service_account(self.root)
        # The temporary folder above is private to its owner; the server's account must pass through it.
        os.chmod(self.root.parent, 0o711)  # noqa: S103 - traverse only, no listing
        self._ctl("initdb", "-o", f"--auth=trust --username={SUPERUSER} --encoding=UTF8 --no-sync")
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(
                f"port = {self.port}\n"
                f"listen_addresses = '{LOOPBACK}'\n"
                f"unix_socket_directories = '{self.root}'\n"
                # Durability is pointless for a throwaway cluster and slows migrations down.
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "max_connections = 40\nshared_buffers = 32MB\n"
            )
        return self

    def start(self):
        self._ctl("start", "-w", "-t", "30", "-l", str(self.log))

    def stop(self, mode="fast"):
        self._ctl("stop", "-w", "-t", "30", "-m", mode)

    def restart(self):
        self._ctl("restart", "-w", "-t", "30", "-m", "fast", "-l", str(self.log))

    def is_running(self):
        return (self.data / "postmaster.pid").exists()

    def accepts_connections(self):
        try:
            psycopg.connect(self.url("postgres"), connect_timeout=1).close()
        except psycopg.OperationalError:
            return False
        return True

    def create_database(self, name):
        with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')

    def _ctl(self, *args):
        return run([postgres_bin("pg_ctl"), "-D", str(self.data), *args], **service_account())

    def __enter__(self):
        return self.init()

    def __exit__(self, *exc):
        if self.is_running():
            try:
                self.stop()
            except RuntimeError:
                # Already stopping (Ctrl-C reaches the server too) or stuck: make sure, then move on.
                with contextlib.suppress(RuntimeError):
                    self.stop(mode="immediate")
