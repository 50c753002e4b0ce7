"""The profile database through SQLCipher, page by page (``sqlcipher3-wheels``).

Why this binding (measured in docs/shared-devices.md): it is a DB-API module
shaped like :mod:`sqlite3`, so sqlite-utils and our migrations run on it
unchanged, and it ships wheels for Windows, macOS and Linux on CPython 3.11 to
3.13 with FTS5 compiled in. ``apsw-sqlite3mc`` has wheels too, but APSW is not
DB-API: sqlite-utils cannot take its connections.

The key is given raw (``x'…'``, 256 bits from :mod:`.keys`), which skips
SQLCipher's own PBKDF2: the password was already stretched by argon2id once, at
unlock, and opening each thread's connection must stay cheap.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

PLAIN_HEADER = b"SQLite format 3\x00"
_ERRORS = ("Warning", "Error", "InterfaceError", "DatabaseError", "DataError",
           "OperationalError", "IntegrityError", "InternalError", "ProgrammingError",
           "NotSupportedError")


@cache
def driver() -> Any:
    """The ``sqlcipher3`` module, its errors made subclasses of :mod:`sqlite3`'s.

    Our store, sqlite-utils and the migrations catch ``sqlite3.OperationalError``
    and friends; sqlcipher3 raises its own classes of the same names. Adding the
    stdlib class as a base lets every one of those ``except`` clauses keep
    working without a wrapper on each call (search speed counts).
    """
    import sqlcipher3

    for name in _ERRORS:
        ours, std = getattr(sqlcipher3, name), getattr(sqlite3, name)
        if issubclass(ours, std):
            continue
        try:
            ours.__bases__ = (*ours.__bases__, std)
        except TypeError:
            # Error and Warning: the stdlib's carry extra fields, so the layouts differ.
            # Every error SQLite raises is a subclass below them, which do get a base.
            continue
    return sqlcipher3


def is_plain(path: Path) -> bool:
    """Whether the file at ``path`` is an unencrypted SQLite database."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path | str, key: bytes, **kwargs: Any) -> sqlite3.Connection:
    """A SQLCipher connection to ``path`` keyed with ``key`` (checked at once).

    A wrong key raises ``sqlite3.DatabaseError`` ("file is not a database")
    here, not at some later query.
    """
    conn = driver().connect(str(path), **kwargs)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to report
    conn.execute(key_pragma(key))
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn  # type: ignore[no-any-return]


def encrypt_copy(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database ``plain`` to ``target``.

    ``sqlcipher_export`` copies schema, rows, FTS5 shadow tables and
    ``user_version``; the plain file is only read.
    """
    sqlcipher = driver()
    target.unlink(missing_ok=True)
    conn = sqlcipher.connect(str(plain), isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS enc KEY \"x'" + key.hex() + "'\"", [str(target)])
        conn.execute("SELECT sqlcipher_export('enc')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()


__all__ = ["PLAIN_HEADER", "connect", "driver", "encrypt_copy", "is_plain", "key_pragma"]
