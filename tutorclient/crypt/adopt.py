"""Encrypting an existing plain profile in place, so that a SIGKILL anywhere is harmless.

Runs at the first unlock (or sign-in) after the update, when the password is at
hand. Order, each step idempotent and detected from what is on disk:

1. ``keys.json`` is written first (state ``encrypting``): from then on the data
   key can always be unwrapped, so nothing encrypted is ever unreadable.
2. The database: checkpointed and closed (its WAL emptied), copied encrypted
   to ``profile.db.crypt-tmp``, fsynced, renamed over ``profile.db``. A file
   that no longer starts with SQLite's plain header is done.
3. Private files one by one: sealed to a temp file, fsynced, renamed over the
   plain one. A file that starts with the sealed magic is done. Plain leftovers
   that hold private bytes (partial downloads, set-aside damaged files, temp
   files) are removed: the sync fetches them again.
4. ``keys.json`` state becomes ``encrypted``: the marker that a start need not
   look again.

Killed anywhere, the profile holds old or new forms, never neither, and the
next start resumes at the step it reached. The test crash points below are
no-ops unless ``TUTORCLIENT_CRYPT_CRASH_AT`` names one.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
from pathlib import Path

from ..store.db import DB_FILENAME
from . import cipherdb, files
from .keys import ENCRYPTED, ENCRYPTING, KeyFile, fsync_dir, subkey

CRASH_ENV = "TUTORCLIENT_CRYPT_CRASH_AT"
#: Where :func:`encrypt_in_place` may be killed by a test (``point`` or ``point:N``).
CRASH_POINTS = ("after_keys", "db_copied", "db_renamed", "file_sealed", "file_renamed",
                "before_marker")
PRIVATE_BLOBS = "private-blobs"  # profiles.PRIVATE_BLOBS (importing it would be a cycle)
TMP_SUFFIX = ".crypt-tmp"
DB_TMP = DB_FILENAME + TMP_SUFFIX
_hits: dict[str, int] = {}


def _crash_point(point: str) -> None:
    spec = os.environ.get(CRASH_ENV)
    if not spec:
        return
    name, _, nth = spec.partition(":")
    if name != point:
        return
    _hits[point] = _hits.get(point, 0) + 1
    if _hits[point] == int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)


def needs_encrypting(profile_dir: Path) -> bool:
    """Whether ``profile_dir`` holds plain data, or an encryption left half done."""
    keys = KeyFile.of(profile_dir)
    if keys.exists():
        return keys.state() != ENCRYPTED
    return (Path(profile_dir) / DB_FILENAME).exists()


def encrypt_in_place(profile_dir: Path, data_key: bytes) -> None:
    """Finish encrypting ``profile_dir`` with ``data_key`` (already in keys.json)."""
    profile_dir = Path(profile_dir)
    keys = KeyFile.of(profile_dir)
    if keys.state() == ENCRYPTED:
        return
    _crash_point("after_keys")
    _encrypt_database(profile_dir, subkey(data_key, "db"))
    _seal_private_files(profile_dir / PRIVATE_BLOBS, subkey(data_key, "files"))
    _crash_point("before_marker")
    keys.set_state(ENCRYPTED)


def _encrypt_database(profile_dir: Path, db_key: bytes) -> None:
    db = profile_dir / DB_FILENAME
    tmp = profile_dir / DB_TMP
    tmp.unlink(missing_ok=True)  # a copy a crash interrupted: start it again
    if not cipherdb.is_plain(db):
        return  # done before, WAL and all (or a new profile, created encrypted)
    # Fold the WAL into the file and drop it: a plain WAL left beside the
    # encrypted file would be readable, and applied to the wrong database.
    conn = sqlite3.connect(str(db), isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        (profile_dir / (DB_FILENAME + suffix)).unlink(missing_ok=True)
    cipherdb.encrypt_copy(db, tmp, db_key)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    _crash_point("db_copied")
    os.replace(tmp, db)
    fsync_dir(profile_dir)
    _crash_point("db_renamed")


def _seal_private_files(root: Path, file_key: bytes) -> None:
    if not root.is_dir():
        return
    for leftover in ("tmp", "partial", "corrupt"):
        shutil.rmtree(root / leftover, ignore_errors=True)
    for stray in root.glob("??/*" + TMP_SUFFIX):  # a seal a crash interrupted
        stray.unlink()
    for path in sorted(root.glob("??/*")):
        if not path.is_file() or files.is_sealed(path):
            continue
        tmp = path.with_name(path.name + TMP_SUFFIX)
        with open(path, "rb") as src, open(tmp, "wb") as out:
            files.seal_stream(file_key, iter(lambda: src.read(files.CHUNK), b""), out)
            out.flush()
            os.fsync(out.fileno())
        _crash_point("file_sealed")
        os.replace(tmp, path)
        fsync_dir(path.parent)
        _crash_point("file_renamed")


__all__ = ["CRASH_ENV", "CRASH_POINTS", "encrypt_in_place", "needs_encrypting"]
