"""Course updates on the server: earlier versions of files, and deltas from them.

When an attachment record's file changes (a course re-import replaces a
diagram, corrects a PDF page), the file it had is remembered in
``blob_versions``. A client that holds that file asks for the new one with
``?base=<old sha256>`` and gets a zstd patch-from delta (``sync.delta``)
instead of the whole file.

Policy (docs/deploy.md "Course updates"):

* the last :data:`KEEP_VERSIONS` earlier files of each attachment are bases;
  an older one is forgotten, and a client still holding it gets the whole file;
* blobs themselves are never deleted here (retention keeps them), only the
  right to patch from them;
* a delta is made on first request and cached under ``<data>/deltas``; one
  not smaller than the file is remembered as "none" and the file sent whole.
  The cache may be deleted at any time (deltas are made again, byte for byte
  the same with the same zstd); old targets' deltas are not pruned by the server;
* bases larger than ``sync.delta.MAX_BASE`` (64 MiB) never get deltas.

A delta is offered only from a file that was an earlier version of an
attachment that now has the asked file: a client cannot use the endpoint to
compare arbitrary blobs.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, update

from sync import delta
from sync.server import schema as t
from sync.server.blob_backends import BlobStore
from sync.server.db import now

#: Earlier files kept as bases per attachment (three course re-imports back).
KEEP_VERSIONS = 3
_NONE = ".none"  # a cache marker: no delta worth sending


def note_version(conn: Connection, record_id: str, old_sha: str | None,
                 new_sha: str | None, since_seq: int, seq: int) -> None:
    """Remember ``old_sha`` as an earlier file of attachment ``record_id``.

    Called by ``records.save`` whenever an attachment record changes; ``seq``
    is that write's sequence number and ``since_seq`` the record's before it
    (a device whose cursor lies between the two holds ``old_sha``).
    ``new_sha`` None (a deleted attachment) forgets its versions.
    """
    bv = t.blob_versions
    if new_sha is None:
        conn.execute(delete(bv).where(bv.c.record_id == record_id))
        return
    if not old_sha or old_sha == new_sha:
        return
    # Back to a file it had before: that one is current again, not a base.
    conn.execute(delete(bv).where(bv.c.record_id == record_id, bv.c.sha256 == new_sha))
    stamp = now()
    if conn.execute(select(bv.c.sha256).where(bv.c.record_id == record_id,
                                              bv.c.sha256 == old_sha)).first():
        conn.execute(update(bv).where(bv.c.record_id == record_id, bv.c.sha256 == old_sha)
                     .values(replaced_at=stamp, since_seq=since_seq, replaced_seq=seq))
    else:
        conn.execute(insert(bv).values(record_id=record_id, sha256=old_sha, replaced_at=stamp,
                                       since_seq=since_seq, replaced_seq=seq))
    rows = conn.execute(select(bv.c.sha256).where(bv.c.record_id == record_id)
                        .order_by(bv.c.replaced_seq.desc())).all()
    for row in rows[KEEP_VERSIONS:]:
        conn.execute(delete(bv).where(bv.c.record_id == record_id, bv.c.sha256 == row.sha256))


def allowed_base(conn: Connection, sha: str, base: str) -> bool:
    """Is ``base`` a kept earlier file of an attachment whose file is now ``sha``?"""
    bv, br = t.blob_versions, t.blob_refs
    q = (select(bv.c.record_id)
         .join(br, (br.c.kind == "attachments") & (br.c.id == bv.c.record_id))
         .where(br.c.sha256 == sha, bv.c.sha256 == base).limit(1))
    return conn.execute(q).first() is not None


def held_at(conn: Connection, record_id: str, cursor: int) -> str | None:
    """The file attachment ``record_id`` had at sequence ``cursor``, if kept as a base."""
    bv = t.blob_versions
    row = conn.execute(select(bv.c.sha256).where(
        bv.c.record_id == record_id, bv.c.since_seq <= cursor,
        bv.c.replaced_seq > cursor)).first()
    return None if row is None else row.sha256


def _cache_dir(data_dir: Path, sha: str) -> Path:
    return Path(data_dir) / "deltas" / sha[:2] / sha


def delta_file(data_dir: Path, store: BlobStore, sha: str, base: str) -> Path | None:
    """The cached delta from ``base`` to ``sha``, made now if needed; None: send it whole.

    The caller has checked :func:`allowed_base`. Making one holds the base in
    memory (at most ``delta.MAX_BASE``) and streams the target from the blob
    store (a file, or an object store). The cache is local to this machine:
    each worker of a scaled setup makes its own, the same bytes.
    """
    cached = _cache_dir(data_dir, sha) / base
    if cached.is_file():
        return cached
    marker = cached.with_name(base + _NONE)
    if marker.exists():
        return None
    base_size, size = store.size(base), store.size(sha)
    if base_size is None or size is None or base_size > delta.MAX_BASE:
        return None
    base_bytes = store.read_bytes(base)
    cached.parent.mkdir(parents=True, exist_ok=True)
    # Two readers may ask for the same delta at once: each writes its own file.
    fd, name = tempfile.mkstemp(dir=cached.parent, prefix=base[:8], suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            made = delta.make(base_bytes, store.read_range(sha, 0, size), size, out)
        del base_bytes
        if made >= size:
            marker.touch()  # a replaced picture shares nothing with the old one
            return None
        os.replace(tmp, cached)
    finally:
        tmp.unlink(missing_ok=True)
    return cached


__all__ = ["KEEP_VERSIONS", "allowed_base", "delta_file", "held_at", "note_version"]
