"""The profile store as the sync engine sees it (``sync.engine.LocalStore``).

The promise kept here: each server answer is applied in one transaction that
records every op result (marking the outbox entry done, or keeping it as a
conflict or a rejection) together with the pulled changes and the new cursor.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sync import protocol
from sync.engine import Applied, PendingOp, Upload, WantedBlob
from sync.errors import BadDataError
from sync.kinds import blob_refs_of

from .outbox import new_id, now_iso
from .privacy import OUTBOX_NOT_HELD, UPLOAD_NOT_HELD
from .store import BlobCache, Store, records

if TYPE_CHECKING:
    from sqlite_utils import Database

CURSOR = "main"
#: Settings key: records this device sent, kept through a server reset until the
#: new pull shows whether the server still has them (ProfileSyncStore.pull_done).
KEPT_AFTER_RESET = "sync.kept_after_reset"
# Download order: what a trainee reads first comes first.
PRIORITY_READING = 0
PRIORITY_LESSON_IMAGE = 20
PRIORITY_PDF = 40
PRIORITY_CASE_FILE = 60
PRIORITY_OTHER = 80


class ProfileSyncStore:
    """Implements ``sync.engine.LocalStore`` over a :class:`Store` and its blob cache."""

    def __init__(self, store: Store, blobs: BlobCache):
        self.store = store
        self.blobs = blobs
        self._horizon: int | None = None  # last outbox seq this pass sends; see take_ops

    # -- cursor and outbox --------------------------------------------------------

    def cursor(self) -> int:
        row = self.store.db.execute(
            "SELECT cursor FROM sync_cursors WHERE name = ?", [CURSOR]
        ).fetchone()
        return row[0] if row else 0

    def pending_ops(self, limit: int, waiting_blobs: set[str]) -> list[PendingOp]:
        return self._select_ops(self.store.db, limit, waiting_blobs)

    def take_ops(self, limit: int, waiting_blobs: set[str]) -> list[PendingOp]:
        """Choose the ops to send and mark them attempted in one write transaction.

        Once marked, :func:`tutorclient.outbox.record_change` never merges into
        them, so an edit saved while they travel becomes a new op. The first
        call also fixes this pass's horizon: ops queued after it wait for the
        next pass, so a sync during continuous autosave still ends.
        """
        with self.store.write() as db:
            if self._horizon is None:
                self._horizon = db.execute(
                    "SELECT coalesce(max(seq), 0) FROM outbox").fetchone()[0]
            ops = self._select_ops(db, limit, waiting_blobs)
            db.conn.executemany(
                "UPDATE outbox SET attempts = attempts + 1, updated_at = ? WHERE uuid = ?",
                [(now_iso(), op.uuid) for op in ops],
            )
        return ops

    def _select_ops(self, db: Database, limit: int, waiting_blobs: set[str]) -> list[PendingOp]:
        # The filters run in SQL so LIMIT can stop at the first `limit` sendable
        # ops: the engine asks twice per exchange, and an outbox can hold weeks
        # of offline work. An op waits while an older op of its record is
        # pending (even one held back by its blob) or the record is in conflict.
        horizon = self._horizon
        rows = db.execute(
            "SELECT uuid, kind, record_id, action, payload, base_version FROM outbox "
            "WHERE state = 'pending' AND (? IS NULL OR seq <= ?) "
            "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = outbox.kind "
            "    AND o.record_id = outbox.record_id "
            "    AND (o.state = 'conflict' OR (o.state = 'pending' AND o.seq < outbox.seq))) "
            "AND NOT (kind = 'attachments' AND ifnull(json_extract(payload, '$.sha256'), '') "
            "    IN (SELECT value FROM json_each(?))) "
            "AND " + OUTBOX_NOT_HELD +  # flagged case text stays on the device (privacy.py)
            " ORDER BY seq LIMIT ?",
            [horizon, horizon, json.dumps(sorted(waiting_blobs)), limit],
        ).fetchall()
        ops: list[PendingOp] = []
        for op_uuid, kind, record_id, action, payload, queued_base in rows:
            # A local delete has already removed the row: its base is the
            # version the outbox noted when the user deleted it.
            base = queued_base if action == protocol.DELETE \
                else self._base_version(db, kind, record_id)
            data = json.loads(payload)
            ops.append(PendingOp(op_uuid, kind, record_id, action, base,
                                 data if action == protocol.PUT else None))
        return ops

    @staticmethod
    def _base_version(db: Database, kind: str, record_id: str) -> int | None:
        # The version the user's edit was made on: a pending record is never
        # overwritten by pulled changes, so its version is still that one.
        row = db.execute(f"SELECT version FROM {kind} WHERE id = ?", [record_id]).fetchone()
        return row[0] if row else None

    def mark_attempted(self, ops: list[PendingOp]) -> None:
        with self.store.write() as db:
            db.conn.executemany(
                "UPDATE outbox SET attempts = attempts + 1, updated_at = ? WHERE uuid = ?",
                [(now_iso(), op.uuid) for op in ops],
            )

    # -- applying an answer ---------------------------------------------------------

    def apply_answer(self, sent: list[PendingOp], results: list[dict[str, Any]],
                     changes: list[dict[str, Any]], cursor: int, reset: bool) -> Applied:
        _validate(sent, results, changes, cursor)
        try:
            return self._apply(sent, results, changes, cursor, reset)
        except sqlite3.IntegrityError as exc:
            # The transaction rolled back: nothing of this answer was applied.
            raise BadDataError(f"The sync answer does not fit the local store: {exc}") from exc

    def _apply(self, sent: list[PendingOp], results: list[dict[str, Any]],
               changes: list[dict[str, Any]], cursor: int, reset: bool) -> Applied:
        applied = Applied()
        stamp = now_iso()
        with self.store.write() as db:
            for op, result in zip(sent, results):
                self._apply_result(db, op, result, applied, stamp)
            if reset:
                self._forget_synced(db)
            kept = _kept_after_reset(db)
            for change in changes:
                self._apply_change(db, change, applied, stamp, kept)
            if kept is not None:
                _save_kept(db, kept)
            db.execute(
                "INSERT INTO sync_cursors (name, cursor, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET cursor = excluded.cursor, "
                "updated_at = excluded.updated_at",
                [CURSOR, cursor, stamp],
            )
        return applied

    def _apply_result(self, db: Database, op: PendingOp, result: dict[str, Any],
                      applied: Applied, stamp: str) -> None:
        status = result["s"]
        applied.kinds.add(op.kind)
        self._keep_later_edit(db, op, stamp)
        db.execute(
            "UPDATE outbox SET state = ?, result = ?, error = ?, updated_at = ? WHERE uuid = ?",
            [{"ok": "done"}.get(status, status), protocol.dumps(result).decode(),
             result.get("e"), stamp, op.uuid],
        )
        if status == protocol.OK:
            applied.pushed += 1
            if op.action in (protocol.CLAIM, protocol.UNCLAIM):
                # The server rewrote the case (claimed_by, status); its new
                # version arrives as a change, so keep the old one until then.
                db.execute(f"UPDATE {op.kind} SET local_state = ? WHERE id = ?",
                           [self._state_after_ok(db, op), op.record_id])
            elif op.action != protocol.DELETE and result.get("v") is not None:
                db.execute(
                    f"UPDATE {op.kind} SET version = ?, local_state = ? WHERE id = ?",
                    [result["v"], self._state_after_ok(db, op), op.record_id],
                )
                records.set_server_times(db, op.kind, op.record_id, result.get("t"))
        elif status == protocol.CONFLICT:
            applied.conflicts += 1
            db.execute(
                "INSERT INTO conflicts (outbox_uuid, kind, record_id, local_payload, "
                "server_record, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [op.uuid, op.kind, op.record_id, protocol.dumps(op.data or {}).decode(),
                 protocol.dumps(result.get("cur")).decode(), stamp],
            )
            db.execute(f"UPDATE {op.kind} SET local_state = 'conflict' WHERE id = ?",
                       [op.record_id])
        else:
            applied.rejected += 1
            db.execute(f"UPDATE {op.kind} SET local_state = 'rejected' WHERE id = ?",
                       [op.record_id])

    @staticmethod
    def _state_after_ok(db: Database, op: PendingOp) -> str:
        """'synced' only when nothing newer of this record still waits to be sent."""
        still_pending = db.execute(
            "SELECT count(*) FROM outbox WHERE kind = ? AND record_id = ? "
            "AND state = 'pending'", [op.kind, op.record_id]).fetchone()[0]
        return "pending" if still_pending else "synced"

    @staticmethod
    def _keep_later_edit(db: Database, op: PendingOp, stamp: str) -> None:
        """Make the op's row mean exactly what was sent; queue anything newer as a new op.

        The server answered for the payload that went up under this UUID. If
        the row changed since (an edit merged into it by a caller that chose
        and marked ops in two steps), the difference must not be marked done
        with it: it becomes a fresh op of its own."""
        if op.action != protocol.PUT:
            return
        row = db.execute("SELECT payload FROM outbox WHERE uuid = ? AND state = 'pending'",
                         [op.uuid]).fetchone()
        if row is None:
            return
        sent = op.data or {}
        current = json.loads(row[0])
        later = {k: v for k, v in current.items() if k not in sent or sent[k] != v}
        if not later:
            return
        db.execute("UPDATE outbox SET payload = ?, updated_at = ? WHERE uuid = ?",
                   [protocol.dumps(sent).decode(), stamp, op.uuid])
        db.execute(
            "INSERT INTO outbox (uuid, kind, record_id, action, base_version, payload, state, "
            "created_at, updated_at) VALUES (?, ?, ?, 'put', NULL, ?, 'pending', ?, ?)",
            [new_id(), op.kind, op.record_id, protocol.dumps(later).decode(), stamp, stamp],
        )

    def _apply_change(self, db: Database, change: dict[str, Any], applied: Applied,
                      stamp: str, kept: set[tuple[str, str]] | None = None) -> None:
        kind, record_id, version, data = change["k"], change["i"], change["v"], change["d"]
        row = db.execute(f"SELECT version, local_state FROM {kind} WHERE id = ?",
                         [record_id]).fetchone()
        if kept and (kind, record_id) in kept:
            # Kept through a reset: the restored server has it, and its copy is the
            # truth now, whatever version number the old history had given ours.
            kept.discard((kind, record_id))
            if row is not None and row[1] == "synced":
                row = (None, row[1])
        if row is not None and row[1] != "synced" and not self._refused_only(db, kind, record_id,
                                                                           row[1]):
            # The user's unsent edit stays on screen; its op will meet the
            # server's version and become a conflict if they differ.
            return
        if data is None:
            if row is not None:
                records.delete(db, kind, record_id)
                applied.pulled += 1
                applied.kinds.add(kind)
            return
        if row is not None and row[0] is not None and row[0] >= version:
            return  # our own write coming back, or an older copy
        held = self._held_sha(db, record_id) if kind == "attachments" and row \
            and data.get("owner_kind") == "courses" else None
        records.put(db, kind, dict(data, id=record_id, version=version))
        records.set_server_times(db, kind, record_id, change.get("t"))
        applied.pulled += 1
        applied.kinds.add(kind)
        if kind == "attachments":
            self._want_blob(db, data, stamp, held)
        elif kind == "courses" and self.auto_subscribe(db):
            db.execute(
                "INSERT INTO subscriptions (course_id, subscribed_at) VALUES (?, ?) "
                "ON CONFLICT(course_id) DO NOTHING", [record_id, stamp])

    @staticmethod
    def _refused_only(db: Database, kind: str, record_id: str, state: str) -> bool:
        """A refused edit with nothing else queued: take the server's copy again.

        The refused fields stay in the outbox row (with the reason) for the
        user to edit and resend; the record itself follows the server."""
        if state != "rejected":
            return False
        return db.execute("SELECT count(*) FROM outbox WHERE kind = ? AND record_id = ? "
                          "AND state = 'pending'", [kind, record_id]).fetchone()[0] == 0

    def _held_sha(self, db: Database, record_id: str) -> str | None:
        """The file this device holds for a course attachment before its record changes.

        Only course files (shared, plain on disk) become delta bases: a private
        file's tier is decided by the records that reference it."""
        row = db.execute("SELECT sha256 FROM attachments WHERE id = ?", [record_id]).fetchone()
        return row[0] if row and isinstance(row[0], str) and self.blobs.has(row[0]) else None

    def _want_blob(self, db: Database, data: dict[str, Any], stamp: str,
                   base: str | None = None) -> None:
        """Queue an attachment's file; ``base`` is the version it replaces (a delta's base)."""
        sha = data.get("sha256")
        if not isinstance(sha, str):
            return
        role = data.get("role")
        if data.get("owner_kind") == "courses":
            priority = PRIORITY_LESSON_IMAGE if role == "image" else PRIORITY_PDF if role == "pdf" \
                else PRIORITY_OTHER
        else:
            priority = PRIORITY_CASE_FILE
        state = "present" if self.blobs.has(sha) else "wanted"
        if base == sha:
            base = None
        db.execute(
            "INSERT INTO blobs (sha256, size, mime, priority, state, updated_at, base_sha256) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET "
            "priority = min(priority, excluded.priority), "
            "base_sha256 = coalesce(excluded.base_sha256, base_sha256)",
            [sha, data.get("size") or 0, data.get("mime"), priority, state, stamp, base],
        )

    @staticmethod
    def auto_subscribe(db: Database) -> bool:
        row = db.execute("SELECT value FROM settings WHERE key = 'auto_subscribe'").fetchone()
        return row is None or json.loads(row[0]) not in (0, "0", False)

    @staticmethod
    def _forget_synced(db: Database) -> None:
        """The server's history restarted (restored from a backup): start over from it.

        Everything synced is dropped and pulled again, except what this device
        sent itself and the server accepted: that is kept, and whatever the
        restored server turns out not to hold is sent again once the pull is
        complete (:meth:`pull_done`). Unsent work stays, as always.
        """
        mine = {(k, i) for k, i in db.execute(
            "SELECT DISTINCT kind, record_id FROM outbox WHERE state = 'done' AND action = 'put' "
            "AND json_extract(result, '$.s') = 'ok'")}
        kept: set[tuple[str, str]] = set()
        for kind in protocol.KINDS:
            ids = json.dumps(sorted(i for k, i in mine if k == kind))
            kept |= {(kind, rid) for (rid,) in db.execute(
                f"SELECT id FROM {kind} WHERE local_state = 'synced' "
                "AND id IN (SELECT value FROM json_each(?))", [ids])}
            db.execute(f"DELETE FROM {kind} WHERE local_state = 'synced' "
                       "AND id NOT IN (SELECT value FROM json_each(?))", [ids])
        _save_kept(db, kept)

    def pull_done(self) -> bool:
        """After a reset's full pull: send again what this device wrote and the server lost.

        Each such record goes up as a new create (no base version), with its
        files uploaded first. Returns True if anything was queued.
        """
        if _kept_after_reset(self.store.db) is None:
            return False
        queued = 0
        stamp = now_iso()
        with self.store.write() as db:
            kept = _kept_after_reset(db) or set()
            for kind, rid in sorted(kept):
                record = records.get(db, kind, rid)
                if record is None:
                    continue
                data = {k: v for k, v in record.items() if k not in ("id", "version")}
                if protocol.field_errors(kind, data, creating=True):
                    continue  # not a shape the server takes as new: it stays on the device
                db.execute(f"UPDATE {kind} SET version = NULL, local_state = 'pending' "
                           "WHERE id = ?", [rid])
                db.execute(
                    "INSERT INTO outbox (uuid, kind, record_id, action, base_version, payload, "
                    "state, created_at, updated_at) VALUES (?, ?, ?, 'put', NULL, ?, 'pending', "
                    "?, ?)", [new_id(), kind, rid, protocol.dumps(data).decode(), stamp, stamp])
                for sha in blob_refs_of(kind, data, on_demand=False):
                    # The restored server may not have the file, or not know we sent it.
                    db.execute("UPDATE blobs SET state = 'upload', updated_at = ? "
                               "WHERE sha256 = ? AND state = 'present'", [stamp, sha])
                queued += 1
            db.execute("DELETE FROM settings WHERE key = ?", [KEPT_AFTER_RESET])
        if queued:
            self._horizon = None  # send them in this pass
        return queued > 0

    # -- blobs ------------------------------------------------------------------------

    def wanted_blobs(self, limit: int) -> list[WantedBlob]:
        rows = self.store.db.execute(
            """SELECT b.sha256, b.size, b.priority, b.base_sha256 FROM blobs b
            WHERE b.state IN ('wanted', 'partial') AND (
                b.priority <= ? OR EXISTS (
                    SELECT 1 FROM attachments a
                    WHERE a.sha256 = b.sha256 AND (a.course_id IS NULL OR a.course_id IN
                        (SELECT course_id FROM subscriptions WHERE download_blobs = 1))))
            ORDER BY b.priority, b.updated_at LIMIT ?""",
            [PRIORITY_READING, limit],
        ).fetchall()
        return [WantedBlob(sha, size or None, prio, base) for sha, size, prio, base in rows]

    def blob_stored(self, sha256: str) -> None:
        with self.store.write() as db:
            db.execute("UPDATE blobs SET state = 'present', received = size, last_error = NULL, "
                       "base_sha256 = NULL, updated_at = ? WHERE sha256 = ?", [now_iso(), sha256])

    def blob_failed(self, sha256: str, reason: str) -> None:
        with self.store.write() as db:
            db.execute("UPDATE blobs SET last_error = ?, updated_at = ? WHERE sha256 = ?",
                       [reason, now_iso(), sha256])

    def pending_uploads(self) -> list[Upload]:
        rows = self.store.db.execute(
            "SELECT b.sha256, coalesce((SELECT filename FROM attachments a "
            "WHERE a.sha256 = b.sha256 LIMIT 1), b.sha256) FROM blobs b WHERE b.state = 'upload' "
            "AND " + UPLOAD_NOT_HELD  # the files of a held case wait with it (privacy.py)
        ).fetchall()
        return [Upload(sha, self.blobs.path(sha), name) for sha, name in rows]

    def upload_done(self, sha256: str) -> None:
        with self.store.write() as db:
            db.execute("UPDATE blobs SET state = 'present', updated_at = ? WHERE sha256 = ?",
                       [now_iso(), sha256])

    def prioritise(self, sha256: str) -> None:
        """The user is looking at this blob: fetch it first at the next sync."""
        with self.store.write() as db:
            db.execute("UPDATE blobs SET priority = ? WHERE sha256 = ?",
                       [PRIORITY_READING, sha256])


def _kept_after_reset(db: Database) -> set[tuple[str, str]] | None:
    """Records kept through a reset and not yet seen in the new pull; None if no reset."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [KEPT_AFTER_RESET]).fetchone()
    return None if row is None else {(k, i) for k, i in json.loads(row[0])}


def _save_kept(db: Database, kept: set[tuple[str, str]]) -> None:
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
               "SET value = excluded.value", [KEPT_AFTER_RESET, json.dumps(sorted(kept))])


def _validate(sent: list[PendingOp], results: list[dict[str, Any]],
              changes: list[dict[str, Any]], cursor: int) -> None:
    """Refuse a malformed answer before touching the store."""
    if not isinstance(cursor, int) or isinstance(cursor, bool) or cursor < 0:
        raise BadDataError(f"Bad cursor in sync answer: {cursor!r}")
    if len(results) != len(sent):
        raise BadDataError("The sync answer's results do not match the ops sent")
    for op, result in zip(sent, results):
        if not isinstance(result, dict) or result.get("u") != op.uuid:
            raise BadDataError(f"Result for op {op.uuid} is missing or out of order")
        if result.get("s") not in (protocol.OK, protocol.CONFLICT, protocol.REJECTED):
            raise BadDataError(f"Unknown result status {result.get('s')!r}")
        if not _stamps_ok(result.get("t")):
            raise BadDataError(f"Bad server times for op {op.uuid}: {result.get('t')!r}")
    for change in changes:
        if not isinstance(change, dict) or change.get("k") not in protocol.KINDS \
                or not isinstance(change.get("i"), str) \
                or not isinstance(change.get("v"), int) \
                or not (change.get("d") is None or isinstance(change.get("d"), dict)) \
                or not _stamps_ok(change.get("t")):
            raise BadDataError(f"Malformed change in sync answer: {str(change)[:200]}")


def _stamps_ok(stamps: Any) -> bool:
    """The server times ``t``: absent, or 2-3 whole milliseconds in a plausible range."""
    if stamps is None:
        return True
    return isinstance(stamps, list) and 2 <= len(stamps) <= 3 and all(
        isinstance(ms, int) and not isinstance(ms, bool) and 0 < ms < 10**14 for ms in stamps)


def upload_state_path(profile: Path) -> Path:
    return Path(profile) / "uploads.json"


# -- a failed pass the disk had no room to record --------------------------------------
#
# A full disk also refuses the history row that would say so. The failure is kept
# in memory and in a small note file, allocated while there was room and then
# rewritten in place (no new blocks needed), and it becomes a history row at the
# next pass that can write.

HISTORY_NOTE = "unrecorded_sync.note"
_NOTE_SIZE = 1024


def reserve_history_note(profile: Path) -> None:
    """Allocate the note while the disk has room (best effort)."""
    path = Path(profile) / HISTORY_NOTE
    if path.exists():
        return
    try:
        path.write_bytes(b" " * _NOTE_SIZE)
    except OSError:
        pass  # no room even for this: memory still remembers for the running app


def note_unrecorded(profile: Path, entry: dict[str, Any]) -> bool:
    """Keep ``entry`` (a history row not written) in the note; False if that failed too."""
    data = json.dumps(entry).encode()[:_NOTE_SIZE]
    data += b" " * (_NOTE_SIZE - len(data))
    path = Path(profile) / HISTORY_NOTE
    try:
        with open(path, "r+b" if path.exists() else "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        return True
    except OSError:
        return False


def read_unrecorded(profile: Path) -> dict[str, Any] | None:
    try:
        text = (Path(profile) / HISTORY_NOTE).read_bytes().strip()
        entry = json.loads(text) if text else None
    except (OSError, ValueError):
        return None
    return entry if isinstance(entry, dict) and entry.get("started_at") else None


def record_unrecorded(store: Store, profile: Path, entry: dict[str, Any]) -> None:
    """Write the remembered failure into the history, then clear the note.

    Raises what the store raises (still no room: the caller keeps the entry)."""
    with store.write() as db:
        row_id = entry.get("history_id")
        running = row_id is not None and db.execute(
            "SELECT 1 FROM sync_history WHERE id = ? AND result = 'running'", [row_id]).fetchone()
        if running:
            db.execute("UPDATE sync_history SET finished_at = ?, result = ?, error = ? "
                       "WHERE id = ?",
                       [entry.get("finished_at"), entry.get("result", "failed"),
                        entry.get("error"), row_id])
        elif row_id is None:
            db.execute("INSERT INTO sync_history (started_at, finished_at, result, error) "
                       "VALUES (?, ?, ?, ?)",
                       [entry["started_at"], entry.get("finished_at"),
                        entry.get("result", "failed"), entry.get("error")])
    note_unrecorded(profile, {})  # cleared; the file stays allocated for next time
