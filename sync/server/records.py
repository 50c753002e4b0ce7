"""Storing records: versions, sequence numbers, scope rows, blob references.

:func:`save` is the single way a record changes, used by sync pushes and by the
administration API alike, so every change gets a sequence number, its scope
rows and blob references stay right, and scope changes cascade to children.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, select, update

from sync.kinds import blob_refs_of
from sync.server import deltas
from sync.server import schema as t
from sync.server.db import WriteTx, jdump
from sync.server.scopes import compute_scopes

@dataclass
class Rec:
    """One stored record."""

    kind: str
    id: str
    version: int
    seq: int
    scopes: list[str]
    parent: tuple[str, str] | None
    deleted: bool
    data: dict[str, Any] | None
    created_ms: int | None = None  # server clock, first accepted write
    updated_ms: int | None = None  # server clock, latest accepted write
    submitted_ms: int | None = None  # server clock, a case's latest (re)submission

    def stamps(self) -> list[int] | None:
        """The server times as the wire's ``t`` field, or None (record from before them)."""
        return wire_stamps(self.created_ms, self.updated_ms, self.submitted_ms)

    def wire(self) -> dict[str, Any]:
        """The record as a protocol change (tombstone when deleted)."""
        change = {"k": self.kind, "i": self.id, "v": self.version,
                  "d": None if self.deleted else self.data}
        stamps = None if self.deleted else self.stamps()
        if stamps:
            change["t"] = stamps
        return change


def wire_stamps(created: int | None, updated: int | None,
                submitted: int | None) -> list[int] | None:
    """``[created, updated]`` or, for a submitted case, ``[created, updated, submitted]``."""
    if created is None or updated is None:
        return None
    return [created, updated] if submitted is None else [created, updated, submitted]


_clock_lock = threading.Lock()
_last_ms = 0


def server_ms() -> int:
    """The server's clock in ms, strictly increasing within this process (the ``t``
    of an answer; record stamps come from :meth:`sync.server.db.WriteTx.stamp_ms`)."""
    global _last_ms
    with _clock_lock:
        _last_ms = max(int(time.time() * 1000), _last_ms + 1)
        return _last_ms


def _submitted_now(kind: str, old: Rec | None, data: dict[str, Any] | None) -> bool:
    """A case enters the queue: created as submitted, or sent (again) from draft or revision.

    A released claim (in review -> submitted) keeps the case's place in the queue.
    """
    if kind != "cases" or not data or data.get("status") != "submitted":
        return False
    before = (old.data or {}).get("status") if old is not None and not old.deleted else None
    return before not in ("submitted", "in_review")


def _row_to_rec(row: Any) -> Rec:
    parent = (row.parent_kind, row.parent_id) if row.parent_kind else None
    return Rec(row.kind, row.id, row.version, row.seq, row.scopes.split(), parent,
               bool(row.deleted), json.loads(row.data) if row.data else None,
               row.created_ms, row.updated_ms, row.submitted_ms)


def load(conn: Connection, kind: str, record_id: str) -> Rec | None:
    """The record ``kind``/``record_id`` (also when deleted), or ``None``."""
    row = conn.execute(
        select(t.records).where(t.records.c.kind == kind, t.records.c.id == record_id)
    ).first()
    return _row_to_rec(row) if row else None


def live(conn: Connection, kind: str, record_id: str) -> Rec | None:
    """Like :func:`load` but ``None`` for deleted records too."""
    rec = load(conn, kind, record_id)
    return rec if rec and not rec.deleted else None


def _parent_scopes(conn: Connection):
    def lookup(kind: str, record_id: str) -> list[str] | None:
        row = conn.execute(
            select(t.records.c.scopes).where(t.records.c.kind == kind, t.records.c.id == record_id)
        ).first()
        return row.scopes.split() if row else None

    return lookup


def save(
    tx: WriteTx,
    kind: str,
    record_id: str,
    data: dict[str, Any] | None,
    *,
    by: str | None,
) -> Rec:
    """Create, update or (``data=None``) delete a record; returns the new state.

    The version goes up by one and the record gets a fresh sequence number and
    the server's time as its updated stamp (and created stamp, when new).
    """
    conn = tx.conn
    old = load(conn, kind, record_id)
    seq = tx.next_seq()
    stamp = tx.stamp_ms()
    created_ms = old.created_ms if old is not None and old.created_ms is not None else stamp
    submitted_ms = stamp if _submitted_now(kind, old, data) else (
        old.submitted_ms if old is not None else None)
    if data is None:
        if old is None:
            raise ValueError(f"cannot delete missing record {kind}/{record_id}")
        scopes, parent = old.scopes, old.parent
    else:
        scopes, parent = compute_scopes(kind, record_id, data, _parent_scopes(conn))
    version = old.version + 1 if old else 1
    values = dict(
        version=version, seq=seq, scopes=" ".join(scopes),
        parent_kind=parent[0] if parent else None, parent_id=parent[1] if parent else None,
        deleted=data is None, data=None if data is None else jdump(data), updated_by=by,
        created_ms=created_ms, updated_ms=stamp, submitted_ms=submitted_ms,
    )
    if old is None:
        conn.execute(insert(t.records).values(kind=kind, id=record_id, created_seq=seq, **values))
    else:
        conn.execute(update(t.records).where(
            t.records.c.kind == kind, t.records.c.id == record_id).values(**values))
    old_scopes = old.scopes if old else []
    _write_scope_rows(conn, kind, record_id, seq, scopes, old_scopes)
    _write_blob_refs(conn, kind, record_id, blob_refs_of(kind, data))
    if kind == "attachments" and old is not None:
        # The file it had stays a base for deltas to the new one (course updates).
        deltas.note_version(conn, record_id, (old.data or {}).get("sha256"),
                            None if data is None else data.get("sha256"), old.seq, seq)
    rec = Rec(kind, record_id, version, seq, scopes, parent, data is None, data,
              created_ms, stamp, submitted_ms)
    if old is not None and sorted(old_scopes) != scopes:
        cascade(tx, rec)
    return rec


def _write_scope_rows(conn: Connection, kind: str, record_id: str, seq: int,
                      scopes: list[str], old_scopes: list[str]) -> None:
    rs = t.record_scopes
    existing = {r.scope for r in conn.execute(
        select(rs.c.scope).where(rs.c.kind == kind, rs.c.id == record_id))}
    for scope in scopes:
        if scope in existing:
            conn.execute(update(rs).where(rs.c.scope == scope, rs.c.kind == kind,
                                          rs.c.id == record_id).values(seq=seq, present=True))
        else:
            conn.execute(insert(rs).values(scope=scope, kind=kind, id=record_id, seq=seq,
                                           present=True))
    gone = set(old_scopes) - set(scopes)
    if gone:
        conn.execute(update(rs).where(rs.c.kind == kind, rs.c.id == record_id,
                                      rs.c.scope.in_(gone)).values(seq=seq, present=False))


def _write_blob_refs(conn: Connection, kind: str, record_id: str, shas: set[str]) -> None:
    br = t.blob_refs
    conn.execute(delete(br).where(br.c.kind == kind, br.c.id == record_id))
    for sha in sorted(shas):
        conn.execute(insert(br).values(sha256=sha, kind=kind, id=record_id))


def cascade(tx: WriteTx, parent: Rec) -> None:
    """Recompute scopes of the records that inherit them from ``parent``.

    A child whose keys change gets a new sequence number (its version stays), so
    new readers receive it and former readers receive a tombstone.
    """
    conn = tx.conn
    rows = conn.execute(select(t.records).where(
        and_(t.records.c.parent_kind == parent.kind, t.records.c.parent_id == parent.id))).all()
    for row in rows:
        child = _row_to_rec(row)
        if sorted(child.scopes) == sorted(parent.scopes):
            continue
        seq = tx.next_seq()
        conn.execute(update(t.records).where(
            t.records.c.kind == child.kind, t.records.c.id == child.id).values(
            seq=seq, scopes=" ".join(parent.scopes)))
        _write_scope_rows(conn, child.kind, child.id, seq, parent.scopes, child.scopes)
        child.scopes = list(parent.scopes)
        cascade(tx, child)


def delete_children(tx: WriteTx, parent: Rec, *, by: str | None) -> int:
    """Delete every live record under ``parent`` (by scope parentage), depth first.

    Used when a draft case is deleted: its discussion, the posts in it and its
    files were only ever its author's, and go with it. Returns how many went.
    """
    rows = tx.conn.execute(select(t.records.c.kind, t.records.c.id).where(
        t.records.c.parent_kind == parent.kind, t.records.c.parent_id == parent.id,
        t.records.c.deleted.is_(False))).all()
    gone = 0
    for row in rows:
        child = save(tx, row.kind, row.id, None, by=by)
        gone += 1 + delete_children(tx, child, by=by)
    return gone


def records_in_scope(conn: Connection, scope: str) -> list[tuple[str, str]]:
    """(kind, id) of every record currently readable through ``scope``."""
    rs = t.record_scopes
    q = select(rs.c.kind, rs.c.id).where(rs.c.scope == scope, rs.c.present.is_(True))
    return [(r.kind, r.id) for r in conn.execute(q.order_by(rs.c.seq))]


def feed_user(tx: WriteTx, user_id: str, items: list[tuple[str, str]]) -> None:
    """Queue records for re-evaluation in ``user_id``'s next pull (scope change)."""
    seen: set[tuple[str, str]] = set()
    for kind, record_id in items:
        if (kind, record_id) in seen:
            continue
        seen.add((kind, record_id))
        tx.conn.execute(insert(t.user_feed).values(
            user_id=user_id, seq=tx.next_seq(), kind=kind, id=record_id))
