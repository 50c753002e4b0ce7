"""Backups, restores and retention (sync/server/backup.py, sync/server/retention.py).

Real servers on loopback, real client profiles, the real command line.
"""

from __future__ import annotations

import tarfile
import time
from pathlib import Path
from typing import Any

import pytest
from backends import TEST_BLOBS, TEST_DB
from sqlalchemy import select, update
from srv_helpers import Client, new_id, op

from sync.server import backup, retention
from sync.server import schema as t
from sync.server.cli import main as cli
from sync.server.db import Database
from sync.server.settings import Settings
from sync.server.testing import run_server
from tutorclient import discussions

DAY = 86400
#: backup/restore are the one-machine tools (SQLite and the filesystem store); the scaled
#: setup (TUTORCLIENT_TEST_DB / _BLOBS) is backed up with pg_dump and bucket versioning.
ONE_MACHINE = pytest.mark.skipif(TEST_DB != "sqlite" or TEST_BLOBS != "fs", reason=(
    "backup/restore handle SQLite with the filesystem store (docs/deploy.md, Backups)"))


def _posts(profile: Any) -> list[tuple[str, str]]:
    return sorted(profile.store.db.execute("SELECT id, body_md FROM posts").fetchall())


def _case_thread(profile: Any) -> str:
    return profile.store.db.execute(
        "SELECT id FROM threads WHERE kind = 'case' ORDER BY id LIMIT 1").fetchone()[0]


@ONE_MACHINE
def test_backup_restore_then_clients_sync_with_nothing_lost_or_duplicated(
        server_settings: Settings, make_client: Any, tmp_path: Path,
        capsys: pytest.CaptureFixture) -> None:
    data = str(server_settings.data_dir)
    archive = tmp_path / "backup.tar"
    with run_server(settings=server_settings) as url:
        amina = make_client("amina", url, device="amina-laptop")
        khadra = make_client("khadra", url, device="khadra-laptop")
        amina.sync()
        thread = _case_thread(amina)
        discussions.reply(amina.store, amina.user["id"], thread, "Before the backup.")
        amina.sync()
        khadra.sync()
        # A backup while the server serves.
        assert cli(["--data", data, "backup", str(archive)]) == 0
        assert "backup " in capsys.readouterr().out
        # Work after the backup: khadra's device now holds a cursor beyond the backup.
        discussions.reply(amina.store, amina.user["id"], thread, "After the backup.")
        amina.sync()
        khadra.sync()
        before_restore = _posts(khadra)
    assert ("After the backup." in {b for _, b in before_restore})

    restored = tmp_path / "restored"
    assert cli(["--data", str(restored), "restore", str(archive)]) == 0
    assert "restored" in capsys.readouterr().out
    settings = Settings(data_dir=restored, argon2_profile="test")
    with run_server(settings=settings) as url2:
        # A fresh device sees exactly what the backup held, each record once.
        fresh = make_client("amina", url2, device="amina-new-pc")
        fresh.sync()
        bodies = [b for _, b in _posts(fresh)]
        assert bodies.count("Before the backup.") == 1
        assert "After the backup." not in bodies  # made after the backup: not in it
        # Both devices synced after the backup: their cursors lie in the range the
        # restore skipped, so they start over. Amina's device still holds the post it
        # sent after the backup: it sends it again, and nothing she wrote is lost.
        for p in (amina, khadra, fresh):
            p.set_setting("server", url2)
            p.sync()
        for p in (amina, khadra, fresh):
            got = [b for _, b in _posts(p)]
            assert got.count("Before the backup.") == 1
            assert got.count("After the backup.") == 1
            assert len(got) == len(set(_posts(p)))
        assert _posts(amina) == _posts(khadra) == _posts(fresh)
        assert amina.store.db.execute(
            "SELECT count(*) FROM outbox WHERE state != 'done'").fetchone()[0] == 0
        # New work after the restore reaches everyone once.
        discussions.reply(amina.store, amina.user["id"], thread, "After the restore.")
        amina.sync()
        for p in (khadra, fresh):
            p.sync()
            assert [b for _, b in _posts(p)].count("After the restore.") == 1
        assert _posts(khadra) == _posts(fresh) == _posts(amina)


@ONE_MACHINE
def test_restore_refuses_damage_and_a_used_directory(server_settings: Settings,
                                                     tmp_path: Path) -> None:
    archive = tmp_path / "b.tar"
    backup.backup(server_settings, archive)
    with pytest.raises(backup.BackupError, match="already holds a server"):
        backup.restore(archive, server_settings)
    # Flip one byte of a stored file inside the archive: refused, nothing restored.
    damaged = tmp_path / "damaged.tar"
    with tarfile.open(archive) as src, tarfile.open(damaged, "w") as dst:
        flipped = False
        for m in src:
            f = src.extractfile(m) if m.isfile() else None
            body = f.read() if f else b""
            if not flipped and m.name.startswith("blobs/"):
                body = bytes([body[0] ^ 1]) + body[1:]
                flipped = True
            import io

            dst.addfile(m, io.BytesIO(body) if f else None)
    target = Settings(data_dir=tmp_path / "new", argon2_profile="test")
    with pytest.raises(backup.BackupError, match="damaged"):
        backup.restore(damaged, target)
    assert not (tmp_path / "new" / "tutorclient.sqlite3").exists()
    with pytest.raises(backup.BackupError, match="not a readable backup"):
        backup.restore(tmp_path / "nothing.tar", target)


def _age_ops(settings: Settings, days: int) -> None:
    db = Database(settings)
    try:
        with db.write_raw() as conn:
            conn.execute(update(t.ops).values(created_at=int(time.time()) - days * DAY))
    finally:
        db.dispose()


def test_a_replay_inside_the_window_answers_with_the_original_result(
        server_settings: Settings) -> None:
    with run_server(settings=server_settings) as url:
        amina = Client(url, "amina", "demo-amina")
        lesson = next(i for (k, i) in amina.pull_all() if k == "lessons")
        note = op("notes", new_id(amina), {"user_id": amina.id, "lesson_id": lesson,
                                           "body": "kept"})
        first = amina.push(note)
    # 200 days old: inside the default window (365), outside a 180-day one.
    _age_ops(server_settings, 200)
    db = Database(server_settings)
    try:
        assert retention.prune(db).ops == 0
        with pytest.raises(ValueError, match="at least 180"):
            retention.prune(db, ops_days=90)
    finally:
        db.dispose()
    with run_server(settings=server_settings) as url:
        amina = Client(url, "amina", "demo-amina")
        assert amina.push(note) == first  # the stored result, not a second apply
    where = ["--data", str(server_settings.data_dir)]
    if server_settings.db_url:  # the scaled test mode: the same PostgreSQL database
        where += ["--db", server_settings.db_url]
    assert cli([*where, "prune", "--ops-days", "180"]) == 0
    db = Database(server_settings)
    try:
        with db.read() as conn:
            assert conn.execute(select(t.ops)).first() is None
    finally:
        db.dispose()


def test_the_periodic_task_prunes(server_settings: Settings) -> None:
    db = Database(server_settings)
    try:
        with db.write_raw() as conn:
            conn.execute(t.ops.insert().values(user_id="u", uuid="old", digest="d", result="{}",
                                               created_at=int(time.time()) - 400 * DAY))
            conn.execute(t.ops.insert().values(user_id="u", uuid="new", digest="d", result="{}",
                                               created_at=int(time.time()) - 10 * DAY))
        task = retention.PeriodicPrune(db, every=1).start()
        deadline = time.monotonic() + 20
        try:
            while time.monotonic() < deadline:
                with db.read() as conn:
                    left = {r.uuid for r in conn.execute(select(t.ops.c.uuid))}
                if left == {"new"}:
                    break
                time.sleep(0.1)
        finally:
            task.stop()
        assert left == {"new"}
    finally:
        db.dispose()


@ONE_MACHINE
def test_a_case_with_a_photo_sent_after_the_backup_is_sent_again_after_a_restore(
        server_settings: Settings, make_client: Any, tmp_path: Path) -> None:
    """The records and the file a trainee sent after the last backup come back by themselves."""
    from PIL import Image

    from sync.server.blobstore import blob_path
    from tutorclient import cases

    archive = tmp_path / "b.tar"
    photo = tmp_path / "wound.jpg"
    Image.new("RGB", (64, 48), (180, 40, 40)).save(photo, "JPEG")
    with run_server(settings=server_settings) as url:
        amina = make_client("amina", url, device="amina-laptop")
        amina.sync()
        backup.backup(server_settings, archive)
        me = amina.user
        cid = cases.new_draft(amina.store, me["id"], me["partnerships"][0], "emergency")
        cases.save_draft(amina.store, cid, {"title": "Burn on the forearm",
                                            "presenting_complaint": "Scald from a kettle",
                                            "question": "Dressing or referral?"})
        info = cases.add_attachment(amina.store, amina.blobs, cid, photo)
        cases.submit(amina.store, cid)
        amina.sync()
        assert cases.display_status(amina.store, cid) == "submitted"

    restored = Settings(data_dir=tmp_path / "restored", argon2_profile="test")
    backup.restore(archive, restored)
    assert not blob_path(restored.blob_dir, info.sha256).exists()
    with run_server(settings=restored) as url2:
        amina.set_setting("server", url2)
        amina.sync()  # starts over; the case goes up again, its file waits to be uploaded
        amina.sync()  # the file goes up first, then its attachment record
        assert cases.display_status(amina.store, cid) == "submitted"
        assert cases.upload_size(amina.store, cid) == 0
        assert blob_path(restored.blob_dir, info.sha256).exists()
        tutor = make_client("dr.sarah", url2, device="sarah-pc")
        tutor.sync()
        detail = cases.case_detail(tutor.store, cid)
        assert detail["title"] == "Burn on the forearm"
        assert tutor.store.db.execute("SELECT sha256 FROM attachments WHERE owner_id = ?",
                                      [cid]).fetchall() == [(info.sha256,)]
