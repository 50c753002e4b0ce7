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
from typing import Any

from sync import protocol
from sync.errors import BadDataError

from .outbox import now_iso, record_change
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
    rows = store.db.execute(
        "SELECT id, kind, record_id, local_payload, server_record, created_at FROM conflicts "
        "WHERE resolved_at IS NULL ORDER BY id"
    ).fetchall()
    out = []
    for cid, kind, rid, local, server, created in rows:
        cur = json.loads(server) if server else None
        out.append(Conflict(cid, kind, rid, json.loads(local), (cur or {}).get("d"),
                            (cur or {}).get("v"), created))
    return out


def count_open(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").fetchone()[0]


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
        # Start from the server's record, so the next edit is based on its version.
        if server_data is not None:
            records.put(db, kind, dict(server_data, id=rid, version=server_version))
        else:
            records.delete(db, kind, rid)
        if choice != SERVER:
            fields = merged if choice == MERGED else json.loads(local_raw)
            if server_data is None:
                # Deleted on the server: the user's version comes back as new.
                fields = {**json.loads(local_raw), **(merged or {})}
            if protocol.KINDS[kind].append_only and server_data is not None:
                raise BadDataError(f"{kind} cannot be edited once written")
            record_change(db, kind, rid, fields)
        db.execute("UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                   [now_iso(), choice, conflict_id])
        db.execute("UPDATE outbox SET state = 'done', error = ? WHERE uuid = ?",
                   [f"conflict resolved: {choice}", op_uuid])
