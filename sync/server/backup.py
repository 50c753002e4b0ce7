"""Backups and restores of a one-machine server: SQLite and the filesystem store.

``tutorclient-server backup FILE`` writes one tar file while the server runs:

* ``tutorclient.sqlite3``: a consistent copy made with SQLite's online backup
  API (readers and writers go on; the copy is one snapshot);
* ``blobs/``: every file the snapshot references. Blobs are content-addressed
  and never change, and a blob's file is stored before its row is committed, so
  every blob the snapshot knows is on disk when it is copied afterwards;
* ``server-key.pem``: the key that signs USB bundles (devices trust it);
* ``MANIFEST.json``: the format, time, schema revision, sequence head, and the
  SHA-256 and size of every file above.

``restore FILE --data DIR`` refuses a directory that already holds a server,
checks every file against the manifest and the database's integrity before
anything is put in place, and moves the sequence on by :data:`RESTORE_GAP`,
remembering the range it skipped. A device that synced after the backup was made
holds a cursor in that range: its next sync starts over from the restored state,
as after any server reset (docs/deploy.md "Restoring").

PostgreSQL with S3 is backed up with ``pg_dump`` and bucket versioning instead
(docs/deploy.md); this module refuses a PostgreSQL URL with that pointer.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sync.server import keys
from sync.server.blobstore import file_sha256
from sync.server.settings import Settings

FORMAT = "tutorclient-server-backup/1"
DB_NAME = "tutorclient.sqlite3"
MANIFEST = "MANIFEST.json"
#: How far a restore moves the sequence on: more writes than any server makes
#: between a backup and its restore, so every cursor a device was given is below it.
RESTORE_GAP = 1_000_000_000


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why and what to do."""


@dataclass(frozen=True)
class BackupReport:
    path: Path
    files: int
    blobs: int
    bytes: int
    head: int
    revision: str | None


def _sqlite_path(settings: Settings) -> Path:
    if getattr(settings, "blobs", ""):
        raise BackupError("backup and restore handle the filesystem store; with S3-compatible "
                          "storage use bucket versioning (docs/deploy.md, Backups)")
    url = settings.database_url
    if not url.startswith("sqlite"):
        raise BackupError("backup and restore handle SQLite with the filesystem store; for "
                          "PostgreSQL use pg_dump and S3 versioning (docs/deploy.md, Backups)")
    return Path(url.split("sqlite:///", 1)[1])


def backup(settings: Settings, out: Path) -> BackupReport:
    """Write a backup of the running (or stopped) server to ``out`` (a new tar file)."""
    db_path = _sqlite_path(settings)
    if not db_path.exists():
        raise BackupError(f"no database at {db_path}: nothing to back up")
    out = Path(out)
    if out.exists():
        raise BackupError(f"{out} exists; choose a new file name")
    with tempfile.TemporaryDirectory(prefix="tc-backup-") as tmp:
        snap = Path(tmp) / DB_NAME
        src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        dst = sqlite3.connect(snap)
        try:
            src.backup(dst)  # one consistent snapshot, without stopping the server
            head = int(dst.execute("SELECT value FROM meta WHERE name='seq'").fetchone()[0])
            revision = _revision(dst)
            shas = [r[0] for r in dst.execute("SELECT sha256 FROM blobs ORDER BY sha256")]
        finally:
            src.close()
            dst.close()
        members: list[tuple[str, Path]] = [(DB_NAME, snap)]
        key = keys.key_path(settings.data_dir)
        if key.exists():
            members.append((keys.KEY_FILE, key))
        from sync.server.blobstore import blob_path

        missing = []
        for sha in shas:
            p = blob_path(settings.blob_dir, sha)
            if p.exists():
                members.append((str(p.relative_to(settings.data_dir)), p))
            else:
                missing.append(sha)
        if missing:
            raise BackupError(f"{len(missing)} stored file(s) are missing from "
                              f"{settings.blob_dir} (first {missing[0]}); the data directory "
                              "is damaged: restore it from an earlier backup")
        manifest = {"format": FORMAT, "created": int(time.time()), "head": head,
                    "revision": revision, "files": {}}
        total = 0
        for name, path in members:
            size = path.stat().st_size
            manifest["files"][name] = {"sha256": file_sha256(path), "size": size}
            total += size
        part = out.with_name(out.name + ".part")
        with tarfile.open(part, "w") as tar:
            data = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime, info.mode = len(data), manifest["created"], 0o600
            tar.addfile(info, io.BytesIO(data))
            for name, path in members:
                tar.add(path, arcname=name, recursive=False)
        with open(part, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(part, out)
    return BackupReport(out, len(members), len(shas), total, head, revision)


def restore(backup_file: Path, settings: Settings) -> BackupReport:
    """Restore ``backup_file`` into ``settings.data_dir``, which must hold no server yet."""
    db_path = _sqlite_path(settings)
    data = Path(settings.data_dir)
    if db_path.exists() or keys.key_path(data).exists():
        raise BackupError(f"{data} already holds a server; restore into a new, empty directory")
    try:
        tar = tarfile.open(backup_file, "r")
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"{backup_file} is not a readable backup: {exc}") from exc
    with tar:
        try:
            manifest = json.load(tar.extractfile(MANIFEST))  # type: ignore[arg-type]
        except (KeyError, ValueError, TypeError) as exc:
            raise BackupError(f"{backup_file} has no valid {MANIFEST}") from exc
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{backup_file} is not a TutorClient server backup "
                              f"(format {manifest.get('format')!r})")
        files: dict[str, dict] = manifest["files"]
        data.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=data))
        try:
            for member in tar:
                if member.name == MANIFEST:
                    continue
                if member.name not in files or not member.isfile():
                    raise BackupError(f"unexpected entry {member.name!r} in the backup")
                tar.extract(member, staging, filter="data")
            for name, want in files.items():
                p = staging / name
                if not p.is_file() or p.stat().st_size != want["size"] or \
                        file_sha256(p) != want["sha256"]:
                    raise BackupError(f"{name} is missing or damaged in the backup; "
                                      "nothing was restored")
            conn = sqlite3.connect(staging / DB_NAME)
            try:
                if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise BackupError("the backup's database fails SQLite's integrity check")
                # Devices that synced after the backup hold cursors beyond its head,
                # handed out by a history this restore undoes. Number new changes
                # above all of them and remember the skipped range: a device whose
                # cursor lies in it starts over (sync/server/pull.py).
                floor = conn.execute("SELECT value FROM meta WHERE name = 'seq'").fetchone()[0]
                conn.execute("UPDATE meta SET value = ? WHERE name = 'seq'",
                             (floor + RESTORE_GAP,))
                conn.execute("INSERT INTO meta(name, value) VALUES (?, ?)",
                             (f"restore:{floor}", floor + RESTORE_GAP))
                conn.commit()
            finally:
                conn.close()
            for name in sorted(files):
                target = data / name
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / name, target)
            os.chmod(data, 0o700)
            if keys.key_path(data).exists():
                os.chmod(keys.key_path(data), 0o600)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    blobs = sum(1 for n in files if n.startswith("blobs/"))
    return BackupReport(Path(backup_file), len(files), blobs,
                        sum(f["size"] for f in files.values()), int(manifest["head"]),
                        manifest.get("revision"))


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


__all__ = ["BackupError", "BackupReport", "backup", "restore", "FORMAT"]
