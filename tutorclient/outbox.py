"""Local changes: write the record and queue its outbox entry in one transaction.

Every user action that must reach the server (a post, a case, an edit, a
review, progress, a note, a quiz attempt) goes through :func:`record_change`.
The record changes locally at once (``local_state = 'pending'``), so the UI
shows it immediately, and an outbox entry with a fresh UUID waits for the next
sync. Entries survive restarts: they are rows in the profile database.

Edits of a record whose entry has never been sent are merged into that entry
(one op instead of many on a paid link). An entry that may have reached the
server is never changed: its UUID must always mean the same content.
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from sync import protocol
from sync.errors import BadDataError

from .clock import now_iso
from .store import records

if TYPE_CHECKING:
    from sqlite_utils import Database


def new_id() -> str:
    """A fresh op UUID. Record ids come from ``sync.protocol.new_record_id(user_id)``
    (or ``derived_record_id``): the server refuses to create a record under an id
    not bound to the signed-in user."""
    return str(uuid.uuid4())


def record_change(
    db: Database,
    kind: str,
    record_id: str,
    data: dict[str, Any],
    *,
    action: str = protocol.PUT,
) -> str:
    """Apply a local change and queue it. Call inside ``Store.write()``; returns the op UUID."""
    if action not in protocol.ACTIONS:
        raise BadDataError(f"Unknown action {action!r}")
    existing = records.get(db, kind, record_id)
    creating = existing is None
    if action == protocol.PUT:
        problem = protocol.field_errors(kind, data, creating=creating)
        if problem:
            raise BadDataError(problem, user_message=f"This could not be saved: {problem}.")
        if not creating and protocol.KINDS[kind].append_only:
            raise BadDataError(f"{kind} cannot be edited once written")
        merged = dict(existing or {"id": record_id, "version": None}, **data)
        records.put(db, kind, merged, local_state="pending")
    elif action == protocol.DELETE:
        if existing is not None:
            records.delete(db, kind, record_id)
    elif existing is None:
        raise BadDataError(f"No {kind} record {record_id}")
    else:
        db.execute(f"UPDATE {kind} SET local_state = 'pending' WHERE id = ?", [record_id])

    stamp = now_iso()
    base = None if existing is None else existing.get("version")
    if action == protocol.PUT:
        row = db.execute(
            "SELECT seq, uuid, payload FROM outbox WHERE kind = ? AND record_id = ? "
            "AND state = 'pending' AND attempts = 0 AND action = 'put' ORDER BY seq DESC LIMIT 1",
            [kind, record_id],
        ).fetchone()
        if row is not None:
            payload = dict(json.loads(row[2]), **data)
            db.execute(
                "UPDATE outbox SET payload = ?, updated_at = ? WHERE seq = ?",
                [protocol.dumps(payload).decode(), stamp, row[0]],
            )
            return row[1]
    op_uuid = new_id()
    db.execute(
        "INSERT INTO outbox (uuid, kind, record_id, action, base_version, payload, state, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
        [op_uuid, kind, record_id, action, base,
         protocol.dumps(data if action == protocol.PUT else {}).decode(), stamp, stamp],
    )
    return op_uuid


def pending_count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]


def waiting_files(db: Database) -> tuple[int, int]:
    """Attachments not uploaded yet: how many, and their bytes."""
    n, size = db.execute(
        "SELECT count(*), coalesce(sum(size), 0) FROM blobs WHERE state = 'upload'").fetchone()
    return int(n), int(size)


def large_uploads(db: Database, over: int) -> list[tuple[str, int]]:
    """Attachments to upload that exceed ``over`` bytes: (sha256, size); they need a go-ahead."""
    return [(sha, int(size)) for sha, size in db.execute(
        "SELECT sha256, size FROM blobs WHERE state = 'upload' AND size > ? ORDER BY updated_at",
        [over]).fetchall()]


def entries(db: Database, states: tuple[str, ...] = ("pending", "conflict", "rejected")) -> list[dict]:
    """Outbox entries for display: what, how big, how old, and why it is stuck
    (``held``: 1 while the identifier check keeps it on this computer).

    An attachment's size includes its file while the file still waits to go up."""
    from .privacy import OUTBOX_NOT_HELD

    marks = ", ".join("?" for _ in states)
    rows = db.execute(
        f"SELECT seq, uuid, kind, record_id, action, state, length(payload) + coalesce(("
        f"SELECT b.size FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 "
        f"WHERE outbox.kind = 'attachments' AND a.id = outbox.record_id "
        f"AND b.state = 'upload'), 0), attempts, error, "
        f"created_at, state = 'pending' AND NOT ({OUTBOX_NOT_HELD}) "
        f"FROM outbox WHERE state IN ({marks}) ORDER BY seq",
        list(states),
    ).fetchall()
    keys = ("seq", "uuid", "kind", "record_id", "action", "state", "bytes", "attempts", "error",
            "created_at", "held")
    return [dict(zip(keys, r)) for r in rows]
