"""Dump, restore and count a database named by Django's DATABASES entry: PostgreSQL or SQLite."""

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path

import psycopg
from psycopg import sql

from .programs import postgres_bin, run

# What a restore must bring back, counted in the dump's own snapshot.
COUNTED_TABLES = {
    "pages": "wagtailcore_page",
    "revisions": "wagtailcore_revision",
    "images": "wagtailimages_image",
    "documents": "wagtaildocs_document",
}
# Uploaded files the database points at, as paths relative to MEDIA_ROOT.
FILE_COLUMNS = {"wagtailimages_image": "file", "wagtaildocs_document": "file"}


def for_settings(database):
    """The right handler for a Django DATABASES entry."""
    engine = database["ENGINE"].rsplit(".", 1)[-1]
    if engine == "postgresql":
        return PostgresDatabase(database)
    if engine == "sqlite3":
        return SqliteDatabase(database)
    raise ValueError(f"Backups support PostgreSQL and SQLite, not {database['ENGINE']}")


def _counts(execute):
    return {name: execute(f"SELECT count(*) FROM {table}")[0] for name, table in COUNTED_TABLES.items()}  # noqa: S608


def _files(execute_all):
    return sorted(
        row[0]
        for table, column in FILE_COLUMNS.items()
        for row in execute_all(f"SELECT {column} FROM {table}")  # noqa: S608 - fixed names, no input
    )


class PostgresDatabase:
    """pg_dump in custom format and pg_restore, with connection details passed through PG* variables."""

    vendor = "postgresql"
    dump_name = "database.dump"

    def __init__(self, database):
        self.settings = database
        self.name = database["NAME"]

    def _params(self, dbname=None):
        params = {
            "host": self.settings.get("HOST") or None,
            "port": self.settings.get("PORT") or None,
            "user": self.settings.get("USER") or None,
            "password": self.settings.get("PASSWORD") or None,
            "dbname": dbname or self.name,
            "connect_timeout": 5,
        }
        return {key: value for key, value in params.items() if value is not None}

    def _environment(self):
        # The password travels in the environment, never on a command line others can read.
        env = dict(os.environ)
        names = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD", "dbname": "PGDATABASE"}
        for key, variable in names.items():
            if key in (params := self._params()):
                env[variable] = str(params[key])
        return env

    def connect(self, dbname=None, **kwargs):
        return psycopg.connect(**self._params(dbname), **kwargs)

    def counts(self):
        with self.connect() as connection:
            return _counts(lambda query: connection.execute(query).fetchone())

    def files(self):
        with self.connect() as connection:
            return _files(lambda query: connection.execute(query).fetchall())

    def dump(self, target):
        """Dump to `target`; returns the counts seen in the very snapshot that was dumped."""
        with self.connect() as connection:
            connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            connection.read_only = True
            snapshot = connection.execute("SELECT pg_export_snapshot()").fetchone()[0]
            counts = _counts(lambda query: connection.execute(query).fetchone())
            run(
                [
                    postgres_bin("pg_dump"),
                    "--format=custom",
                    "--no-owner",
                    "--no-acl",
                    f"--snapshot={snapshot}",
                    f"--file={target}",
                ],
                env=self._environment(),
            )
        return counts

    def exists(self):
        with self.connect("postgres") as connection:
            return bool(connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [self.name]).fetchone())

    def create(self):
        with self.connect("postgres", autocommit=True) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.name)))

    def is_empty(self):
        with self.connect() as connection:
            query = "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
            return connection.execute(query).fetchone()[0] == 0

    def restore(self, source, replace=False):
        if not self.exists():
            self.create()
        command = [postgres_bin("pg_restore"), "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error"]
        if replace:
            command += ["--clean", "--if-exists"]
        run([*command, f"--dbname={self.name}", str(source)], env=self._environment())


class SqliteDatabase:
    """SQLite's online backup API: a consistent copy even while the site writes."""

    vendor = "sqlite"
    dump_name = "database.sqlite3"

    def __init__(self, database):
        self.name = str(database["NAME"])

    def _query(self, query, many=False):
        with contextlib.closing(sqlite3.connect(self.name)) as connection:
            cursor = connection.execute(query)
            return cursor.fetchall() if many else cursor.fetchone()

    def counts(self):
        return _counts(self._query)

    def files(self):
        return _files(lambda query: self._query(query, many=True))

    def dump(self, target):
        with (
            contextlib.closing(sqlite3.connect(self.name)) as source,
            contextlib.closing(sqlite3.connect(target)) as copy,
        ):
            source.backup(copy)
        return SqliteDatabase({"NAME": target}).counts()

    def exists(self):
        return Path(self.name).exists()

    def is_empty(self):
        return not self.exists() or not self._query("SELECT count(*) FROM sqlite_master WHERE type = 'table'")[0]

    def restore(self, source, replace=False):
        Path(self.name).parent.mkdir(parents=True, exist_ok=True)
        staged = Path(f"{self.name}.restoring")
        shutil.copyfile(source, staged)
        os.replace(staged, self.name)  # atomic: the site sees the old database or the new one
