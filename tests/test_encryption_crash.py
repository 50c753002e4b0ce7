"""Issue 18: an existing plain profile is encrypted in place at its first unlock, and a
SIGKILL at any point of that leaves the old form or the new, never neither.

A subprocess unlocks the profile with a crash point armed
(``TUTORCLIENT_CRYPT_CRASH_AT``, tutorclient/crypt/adopt.py) and dies by SIGKILL
there. The folder is then checked as it lies (each part old or new, nothing
lost), and a restart without the crash point finishes the job: everything is
readable and complete, and nothing is left in plain form.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tutorclient import locking
from tutorclient.crypt import cipherdb, files
from tutorclient.crypt.adopt import CRASH_ENV
from tutorclient.crypt.keys import ENCRYPTED, KeyFile, subkey
from tutorclient.session import Profile
from tutorclient.store.blobs import sha256_bytes
from tutorclient.store.db import DB_FILENAME

PASSWORD = "correct horse battery"
ROWS = 400
PHRASE = "ocelot-parchment case note {}"
UNLOCK = ("import sys; from tutorclient.session import Profile; "
          "p = Profile(sys.argv[1]); ok = p.unlock(sys.argv[2]); p.close(); "
          "sys.exit(0 if ok else 3)")


def _file(n: int) -> bytes:
    return b"".join(hashlib.sha256(f"{n}:{i}".encode()).digest() for i in range(5000))


def _old_profile(folder: Path) -> list[str]:
    """A profile as the previous version left it: plain database and plain private files."""
    profile = Profile(folder)
    assert not profile.encrypted
    with profile.store.write() as db:
        db.conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                            [(f"note-{i}", f'"{PHRASE.format(i)}"') for i in range(ROWS)])
    shas = []
    for n in range(3):
        data = _file(n)
        shas.append(sha256_bytes(data))
        profile.blobs.private.put(data, shas[-1])
    profile.set_setting(locking.VERIFIER_SETTING, locking.hash_password(PASSWORD))
    profile.set_setting("user", {"id": "u1", "username": "amina"})
    profile.close()
    return shas


def _unlock(folder: Path, crash: str | None) -> int:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    env.pop(CRASH_ENV, None)
    if crash:
        env[CRASH_ENV] = crash
    return subprocess.run([sys.executable, "-c", UNLOCK, str(folder), PASSWORD],
                          env=env, timeout=120).returncode


def _rows(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'note-%'").fetchone()[0]


def _check_old_or_new(folder: Path, shas: list[str]) -> None:
    """Each part is whole in its old form or its new one."""
    db = folder / DB_FILENAME
    keys = KeyFile.of(folder)
    data_key = keys.unwrap(PASSWORD) if keys.exists() else None
    if cipherdb.is_plain(db):
        conn = sqlite3.connect(db)
    else:
        assert data_key is not None, "encrypted data with no key to open it"
        conn = cipherdb.connect(db, subkey(data_key, "db"))
    try:
        assert _rows(conn) == ROWS
    finally:
        conn.close()
    for n, sha in enumerate(shas):
        path = folder / "private-blobs" / sha[:2] / sha
        if files.is_sealed(path):
            assert data_key is not None
            plain = b"".join(files.plain_chunks(path, subkey(data_key, "files")))
        else:
            plain = path.read_bytes()
        assert plain == _file(n)


@pytest.mark.parametrize("crash", ["after_keys", "db_copied", "db_renamed", "file_sealed:1",
                                   "file_renamed:2", "file_sealed:3", "before_marker"])
def test_a_kill_during_encryption_in_place_loses_nothing(tmp_home: Path, crash: str) -> None:
    folder = tmp_home / "profiles" / "amina"
    shas = _old_profile(folder)
    assert _unlock(folder, crash) == -signal.SIGKILL
    _check_old_or_new(folder, shas)
    assert KeyFile.of(folder).state() != ENCRYPTED

    assert _unlock(folder, None) == 0  # the next start finishes it
    assert KeyFile.of(folder).state() == ENCRYPTED
    _check_old_or_new(folder, shas)
    everything = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert b"ocelot-parchment" not in everything
    for n in range(3):
        assert _file(n)[:64] not in everything
    assert not list(folder.rglob("*.crypt-tmp"))
    profile = Profile(folder, password=PASSWORD)
    try:
        assert _rows(profile.store.conn) == ROWS
        assert [profile.blobs.read(sha) for sha in shas] == [_file(n) for n in range(3)]
        assert profile.store.integrity_check() == []
    finally:
        profile.close()


def test_a_wrong_password_does_not_start_the_encryption(tmp_home: Path) -> None:
    folder = tmp_home / "profiles" / "amina"
    _old_profile(folder)
    profile = Profile(folder)
    assert not profile.unlock("not it")
    assert not profile.encrypted and cipherdb.is_plain(folder / DB_FILENAME)
    profile.close()
