"""Backups bring back the database and the uploads, and a restore refuses to lose data."""

import hashlib
import io
import json
import tarfile

import psycopg
import pytest

from django.core.files.base import ContentFile
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Revision

from portal.backups.folders import BackupError, backup, restore
from portal.caching.tags import EVERYTHING, versions
from portal.models import StandardPage
from tests.builders import add_page, home

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _drop(name):
    params = connection.get_connection_params()
    params["dbname"] = "postgres"
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def fresh_database():
    """The settings of a database that does not exist yet, dropped again afterwards."""
    target = {**connection.settings_dict, "NAME": f"{connection.settings_dict['NAME']}_restored"}
    _drop(target["NAME"])
    yield target
    _drop(target["NAME"])


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def test_restore_into_a_fresh_database_brings_back_pages_revisions_images_documents_and_files(
    tmp_path, media_root, fresh_database
):
    page = add_page(home("pl"), StandardPage, title="Kopia zapasowa")
    page.save_revision()  # a second revision, a draft
    image = get_image_model().objects.create(title="Wawel", description="Wawel o świcie", file=get_test_image_file())
    document = get_document_model().objects.create(title="Uchwała", file=ContentFile(b"tekst", name="uchwala.txt"))
    expected = {"pages": Page.objects.count(), "revisions": Revision.objects.count(), "images": 1, "documents": 1}

    folder, manifest = backup(connection.settings_dict, media_root, tmp_path / "backups")
    assert manifest["counts"] == expected
    restored_media = tmp_path / "restored-media"
    version_before = versions([])[EVERYTHING]
    assert restore(folder, fresh_database, restored_media) == expected
    assert versions([])[EVERYTHING] != version_before  # no page cached before the restore is served after it

    with psycopg.connect(**{**connection.get_connection_params(), "dbname": fresh_database["NAME"]}) as copy:
        titles = {row[0] for row in copy.execute("SELECT title FROM wagtailcore_page")}
    assert "Kopia zapasowa" in titles
    assert (restored_media / image.file.name).read_bytes() == (media_root / image.file.name).read_bytes()
    assert (restored_media / document.file.name).read_bytes() == b"tekst"


def test_restore_refuses_a_database_that_already_has_tables(tmp_path, media_root):
    folder, _ = backup(connection.settings_dict, media_root, tmp_path / "backups")
    with pytest.raises(BackupError, match="already has tables"):
        restore(folder, connection.settings_dict, tmp_path / "restored-media")


def test_restore_refuses_a_damaged_backup(tmp_path, media_root, fresh_database):
    folder, manifest = backup(connection.settings_dict, media_root, tmp_path / "backups")
    dump = folder / manifest["database"]["file"]
    dump.write_bytes(dump.read_bytes()[:-100])
    with pytest.raises(BackupError, match="checksum"):
        restore(folder, fresh_database, tmp_path / "restored-media")


def test_restore_refuses_media_entries_that_escape_the_media_folder(tmp_path, media_root, fresh_database):
    folder, manifest = backup(connection.settings_dict, media_root, tmp_path / "backups")
    archive = folder / manifest["media"]["file"]
    with tarfile.open(archive, "w:gz") as hostile:
        entry = tarfile.TarInfo("media/../../escaped.txt")
        entry.size = 4
        hostile.addfile(entry, io.BytesIO(b"evil"))
    manifest["sha256"][archive.name] = hashlib.sha256(archive.read_bytes()).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BackupError, match="Refusing"):
        restore(folder, fresh_database, tmp_path / "restored-media")
    assert not (tmp_path / "escaped.txt").exists()


def test_backups_get_distinct_folders_and_no_partial_one_is_left(tmp_path, media_root):
    first, _ = backup(connection.settings_dict, media_root, tmp_path / "backups")
    second, _ = backup(connection.settings_dict, media_root, tmp_path / "backups")
    assert first != second
    assert sorted(path.name for path in (tmp_path / "backups").iterdir()) == sorted([first.name, second.name])
