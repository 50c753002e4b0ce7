"""Blob files on disk (content-addressed by sha256) and the blob access rules.

A blob is stored once, at ``blobs/<aa>/<sha256>``, only after its hash was
verified. Reading it needs a live record in one of the viewer's scopes that
references it (a record private to the viewer counts only if they sent the
bytes); referencing it in a new record needs either that, or having sent its
bytes (``blob_grants``). Knowing a hash is never enough.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from sqlalchemy import Connection, insert, select

from sync.server import schema as t
from sync.server.blob_backends import BlobStore
from sync.server.db import now
from sync.server.scopes import Viewer

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


def is_sha256(value: object) -> bool:
    """True for a lowercase hex sha256 digest."""
    return isinstance(value, str) and bool(SHA256_RE.match(value))


def blob_path(blob_dir: Path, sha: str) -> Path:
    """Where the verified blob ``sha`` lives."""
    return blob_dir / sha[:2] / sha


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def exists(conn: Connection, sha: str) -> bool:
    return conn.execute(select(t.blobs.c.size).where(t.blobs.c.sha256 == sha)).first() is not None


def size_of(conn: Connection, sha: str) -> int | None:
    row = conn.execute(select(t.blobs.c.size).where(t.blobs.c.sha256 == sha)).first()
    return None if row is None else int(row.size)


def grant(conn: Connection, sha: str, user_id: str) -> None:
    """Let ``user_id`` reference ``sha`` in records: they proved they hold its bytes."""
    have = conn.execute(select(t.blob_grants.c.user_id).where(
        t.blob_grants.c.sha256 == sha, t.blob_grants.c.user_id == user_id)).first()
    if have is None:
        conn.execute(insert(t.blob_grants).values(sha256=sha, user_id=user_id))


def _referenced(conn: Connection, sha: str, scopes: frozenset[str]) -> bool:
    """Does a live record in one of ``scopes`` reference ``sha``?"""
    if not scopes:
        return False
    br, rs, r = t.blob_refs, t.record_scopes, t.records
    q = (
        select(br.c.kind)
        .join(rs, (rs.c.kind == br.c.kind) & (rs.c.id == br.c.id))
        .join(r, (r.c.kind == br.c.kind) & (r.c.id == br.c.id))
        .where(br.c.sha256 == sha, rs.c.present.is_(True), rs.c.scope.in_(sorted(scopes)),
               r.c.deleted.is_(False))
        .limit(1)
    )
    return conn.execute(q).first() is not None


def granted(conn: Connection, sha: str, user_id: str) -> bool:
    """Did ``user_id`` prove they hold the bytes of ``sha`` (upload or bundle)?"""
    return conn.execute(select(t.blob_grants.c.user_id).where(
        t.blob_grants.c.sha256 == sha, t.blob_grants.c.user_id == user_id)).first() is not None


def visible(conn: Connection, viewer: Viewer, sha: str) -> bool:
    """May ``viewer`` download ``sha``? Needs a live record in scope referencing it.

    A record only the viewer reads (their own draft, scope ``u:<id>``) lends
    no access by itself: it shows a blob only to a viewer who sent its bytes.
    Otherwise a file attached while it was readable (say, before leaving the
    partnership) would stay readable for good through one's own draft.
    """
    if viewer.is_admin:
        return exists(conn, sha)
    own = f"u:{viewer.id}"
    if _referenced(conn, sha, viewer.scopes - {own}):
        return exists(conn, sha)
    return granted(conn, sha, viewer.id) and _referenced(conn, sha, frozenset({own})) \
        and exists(conn, sha)


def usable(conn: Connection, viewer: Viewer, sha: str) -> bool:
    """May ``viewer`` reference ``sha`` from a record they write?"""
    if not exists(conn, sha):
        return False
    if viewer.is_admin:
        return True
    return granted(conn, sha, viewer.id) or visible(conn, viewer, sha)


def store_file(conn: Connection, store: BlobStore, src: Path, sha: str, size: int,
               uploaded_by: str | None, *, move: bool) -> bool:
    """Put a verified file into the store; returns False if it was already there.

    The caller has checked that ``src`` hashes to ``sha``. The file is moved or
    copied into place first and the row written after, so a crash leaves at most
    an unreferenced file, never a row without bytes.
    """
    store.put_file(sha, src, move=move)
    return add_row(conn, sha, size, uploaded_by)


def add_row(conn: Connection, sha: str, size: int, uploaded_by: str | None) -> bool:
    """Record stored bytes as a blob; False if the row was there already."""
    if exists(conn, sha):
        return False
    conn.execute(insert(t.blobs).values(sha256=sha, size=size, created_at=now(),
                                        uploaded_by=uploaded_by))
    return True
