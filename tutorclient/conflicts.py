"""Conflicts: the user's version beside the server's, kept until the user decides.

A conflict arises when an edit was based on a version the server has moved
past (the same case edited on two devices, a note written on two laptops).
Nothing is discarded without the user's choice:

* ``server``: take the server's version; the local edit is dropped.
* ``local``: keep the local version; it is sent again, now based on the
  server's version, so it wins without overwriting anything unseen.
* ``merged``: the user combined both by hand; that is sent the same way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sync import protocol
from sync.errors import BadDataError

from .outbox import now_iso, record_change

if TYPE_CHECKING:
    from sqlite_utils import Database
from .store import Store, records

SERVER, LOCAL, MERGED = "server", "local", "merged"


@dataclass
class Conflict:
    id: int
    kind: str
    record_id: str
    local: dict[str, Any]  # the fields the user changed
    server: dict[str, Any] | None  # the server's record (None: deleted there)
    server_version: int | None
    created_at: str


def open_conflicts(store: Store) -> list[Conflict]:
    """Open conflicts; ``local`` shows the user's current text for every field they changed,
    including edits made after the conflict arose."""
    db = store.db
    rows = db.execute(
        "SELECT id, kind, record_id, local_payload, server_record, created_at FROM conflicts "
        "WHERE resolved_at IS NULL ORDER BY id"
    ).fetchall()
    out = []
    for cid, kind, rid, local, server, created in rows:
        cur = json.loads(server) if server else None
        out.append(Conflict(cid, kind, rid, _users_version(db, kind, rid, json.loads(local)),
                            (cur or {}).get("d"), (cur or {}).get("v"), created))
    return out


def count_open(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").fetchone()[0]


def _later_edits(db: Database, kind: str, record_id: str) -> list[tuple[str, dict[str, Any]]]:
    """Edits queued after the conflict arose (held back until it is settled)."""
    return [(u, json.loads(p)) for u, p in db.execute(
        "SELECT uuid, payload FROM outbox WHERE kind = ? AND record_id = ? AND state = 'pending' "
        "ORDER BY seq", [kind, record_id]).fetchall()]


def _users_version(db: Database, kind: str, record_id: str,
                   conflicted: dict[str, Any]) -> dict[str, Any]:
    """The user's latest value of every field they changed, conflicted or since."""
    fields = dict(conflicted)
    for _, payload in _later_edits(db, kind, record_id):
        fields.update(payload)
    current = records.get(db, kind, record_id)
    if current is not None:
        fields = {k: current.get(k, v) for k, v in fields.items()}
    return fields


def resolve(store: Store, conflict_id: int, choice: str,
            merged: dict[str, Any] | None = None) -> None:
    """Settle one conflict as the user chose, in one transaction."""
    if choice not in (SERVER, LOCAL, MERGED):
        raise BadDataError(f"Unknown choice {choice!r}")
    if choice == MERGED and not merged:
        raise BadDataError("A merged resolution needs the merged fields")
    with store.write() as db:
        row = db.execute(
            "SELECT kind, record_id, local_payload, server_record, outbox_uuid FROM conflicts "
            "WHERE id = ? AND resolved_at IS NULL", [conflict_id]).fetchone()
        if row is None:
            raise BadDataError(f"No open conflict {conflict_id}")
        kind, rid, local_raw, server_raw, op_uuid = row
        cur = json.loads(server_raw) if server_raw else None
        server_data = (cur or {}).get("d")
        server_version = (cur or {}).get("v")
        # Read the user's version before the record takes the server's: it
        # includes edits made after the conflict, which must not be lost.
        users = _users_version(db, kind, rid, json.loads(local_raw))
        later = _later_edits(db, kind, rid)
        if server_data is not None:
            records.put(db, kind, dict(server_data, id=rid, version=server_version))
        else:
            records.delete(db, kind, rid)
        # The held-back edits are folded into the resolution (or, for "server",
        # set aside by the user's choice); they must not be sent on their own.
        for later_uuid, _ in later:
            db.execute("UPDATE outbox SET state = 'done', error = ? WHERE uuid = ?",
                       [f"folded into conflict resolution: {choice}", later_uuid])
        if choice != SERVER:
            fields = dict(merged) if choice == MERGED else users
            if server_data is None:
                # Deleted on the server: the user's version comes back whole.
                fields = {**json.loads(local_raw), **users, **(merged or {})}
            else:
                fields = {k: v for k, v in fields.items() if server_data.get(k) != v}
            if protocol.KINDS[kind].append_only and server_data is not None and fields:
                raise BadDataError(f"{kind} cannot be edited once written")
            if fields:
                record_change(db, kind, rid, fields)
        db.execute("UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                   [now_iso(), choice, conflict_id])
        db.execute("UPDATE outbox SET state = 'done', error = ? WHERE uuid = ?",
                   [f"conflict resolved: {choice}", op_uuid])
