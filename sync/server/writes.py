"""The push half of a sync: apply a client's ops, idempotently, in order.

Each op gets exactly one result. Its UUID is remembered with a digest of its
content and the result, so a replay (the response was lost on the way back)
returns the original result and writes nothing, and a different op reusing the
UUID is rejected. An op that fails a check writes nothing; the others in the
same request still apply (one bad op must not block a client's whole outbox).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import insert, select

from sync.kinds import KINDS, field_errors, value_errors
from sync.protocol import (
    ACTIONS, CLAIM, CONFLICT, DELETE, ID_NOT_YOURS, OK, PUT, REJECTED, create_key, id_bound_to,
    is_create, op_digest,
)
from sync.server import schema as t
from sync.server.db import WriteTx, jdump, now
from sync.server.records import Rec, delete_children, load, save
from sync.server.rules import check_write
from sync.server.scopes import Viewer

log = logging.getLogger("tutorclient.server.writes")

OP_KEYS = frozenset({"u", "k", "i", "b", "a", "d"})
#: The refusal of an op whose UUID the server already holds with other content.
REUSED_UUID = ("invalid: this change's id was already used for a different change, so it "
               "was refused (op uuid reused with different content)")


class _Outcome(Exception):
    """Stops one op early with a conflict or rejection."""

    def __init__(self, status: str, reason: str = "", cur: Rec | None = None) -> None:
        super().__init__(reason)
        self.status, self.reason, self.cur = status, reason, cur


def iso_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _valid_id(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 64 and value.isprintable() \
        and " " not in value and "/" not in value


class Pusher:
    """Applies one request's ops inside one write transaction."""

    def __init__(self, tx: WriteTx, viewer: Viewer) -> None:
        self.tx = tx
        self.viewer = viewer
        #: (kind, id, version) the client already holds exactly; left out of the pull.
        self.known: set[tuple[str, str, int]] = set()

    def apply_all(self, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Apply ``ops`` in order; returns one result per op."""
        return [self.apply(op) for op in ops]

    def apply(self, op: dict[str, Any]) -> dict[str, Any]:
        digest = op_digest(op)
        # Per user: another account's op with this UUID (read from a USB bundle,
        # say) must neither block this one nor tell whether it was sent.
        prior = self._held(op["u"])
        # A create sent with its UUID (protocol 1 and 2, USB bundles) is also kept under
        # its content key, and found by it: the same create sent once by bundle and once
        # by a protocol 3 sync (without its UUID), in either order, is one op.
        key = create_key(op) if is_create(op) and op["u"] != create_key(op) else None
        if prior is None and key is not None and (by_key := self._held(key)) is not None:
            result = {**json.loads(by_key.result), "u": op["u"]}
            self._hold(op["u"], digest, result)
            return result
        if prior is not None:
            if prior.digest == digest:
                return json.loads(prior.result)
            # Never "already applied": the content that UUID stands for is not this one.
            self._log_rejection(op, "op uuid reused with different content")
            return {"u": op["u"], "s": REJECTED, "e": REUSED_UUID}
        try:
            result = self._apply_new(op)
        except _Outcome as out:
            result = {"u": op["u"], "s": out.status}
            if out.status == REJECTED:
                result["e"] = out.reason
                self._log_rejection(op, out.reason)
            if out.cur is not None:
                result["cur"] = {"v": out.cur.version,
                                 "d": None if out.cur.deleted else out.cur.data}
        self._hold(op["u"], digest, result)
        if key is not None:
            self._hold(key, digest, result)
        return result

    def _held(self, key: str) -> Any:
        """The stored op of this user under ``key`` (a UUID or a create key), or None."""
        return self.tx.conn.execute(select(t.ops).where(t.ops.c.user_id == self.viewer.id,
                                                        t.ops.c.uuid == key)).first()

    def _hold(self, key: str, digest: str, result: dict[str, Any]) -> None:
        self.tx.conn.execute(insert(t.ops).values(uuid=key, user_id=self.viewer.id, digest=digest,
                                                  result=jdump(result), created_at=now()))

    def _log_rejection(self, op: dict[str, Any], reason: str) -> None:
        log.warning("rejected write: user=%s op=%s kind=%s id=%s action=%s: %s",
                    self.viewer.username, op.get("u"), op.get("k"), op.get("i"), op.get("a"),
                    reason)

    # -- one op ---------------------------------------------------------------

    def _apply_new(self, op: dict[str, Any]) -> dict[str, Any]:
        kind, rid, action, base = op.get("k"), op.get("i"), op.get("a"), op.get("b")
        extra = sorted(set(op) - OP_KEYS)
        if extra:
            raise _Outcome(REJECTED, f"invalid: unknown op fields {', '.join(extra)}")
        if not isinstance(kind, str) or kind not in KINDS:
            raise _Outcome(REJECTED, f"invalid: unknown record kind {kind!r}")
        if not _valid_id(rid):
            raise _Outcome(REJECTED, "invalid: record id must be 1-64 printable characters")
        if action not in ACTIONS:
            raise _Outcome(REJECTED, f"invalid: unknown action {action!r}")
        if base is not None and (isinstance(base, bool) or not isinstance(base, int) or base < 1):
            raise _Outcome(REJECTED, "invalid: base version must be a positive integer or null")
        data = op.get("d")
        if action == PUT and not isinstance(data, dict):
            raise _Outcome(REJECTED, "invalid: put needs a data object")
        if action != PUT and data not in (None, {}):
            raise _Outcome(REJECTED, f"invalid: {action} takes no data")
        if action == PUT and base is None:
            self._check_bound(rid)
        cur = load(self.tx.conn, kind, rid)
        visible = cur is not None and self.viewer.sees(cur.scopes, kind)
        if action == PUT and base is None:
            return self._create(op, kind, rid, data, cur, visible)
        if cur is None or not visible:
            raise _Outcome(REJECTED, f"invalid: no such {kind} record")
        if action == PUT:
            return self._update(op, kind, cur, base, data)
        if action == DELETE:
            return self._delete(op, kind, cur, base)
        return self._claim(op, cur, action == CLAIM)

    def _ok(self, op: dict[str, Any], rec: Rec, echoed: bool) -> dict[str, Any]:
        if echoed:
            self.known.add((rec.kind, rec.id, rec.version))
        result: dict[str, Any] = {"u": op["u"], "s": OK, "v": rec.version}
        stamps = None if rec.deleted else rec.stamps()
        if stamps:
            result["t"] = stamps  # the server's times: clients order by these
        return result

    def _check_fields(self, kind: str, patch: dict[str, Any], merged: dict[str, Any],
                      creating: bool) -> None:
        reason = field_errors(kind, patch, creating=creating)
        if reason is None:
            reason = value_errors(kind, merged)
            if reason is None:
                return
        else:
            reason = "invalid: " + reason
        raise _Outcome(REJECTED, reason)

    def _check_bound(self, rid: str) -> None:
        """A user creates records only under ids made for their account.

        Checked before the record is looked up, so the answer is the same
        whether or not a record with this id exists. Administrators (and
        imports and the demo seed, which do not come through here) are exempt.
        """
        if not self.viewer.is_admin and not id_bound_to(rid, self.viewer.id):
            raise _Outcome(REJECTED, ID_NOT_YOURS)

    def _create(self, op: dict[str, Any], kind: str, rid: str, data: dict[str, Any],
                cur: Rec | None, visible: bool) -> dict[str, Any]:
        if cur is not None:
            if visible:
                raise _Outcome(CONFLICT, cur=cur)
            raise _Outcome(REJECTED, "invalid: that record id is already in use")
        self._check_fields(kind, data, data, creating=True)
        self._authorise(kind, None, data)
        rec = save(self.tx, kind, rid, data, by=self.viewer.id)
        self._after_write(kind, rec)
        return self._ok(op, rec, echoed=True)

    def _update(self, op: dict[str, Any], kind: str, cur: Rec, base: int,
                patch: dict[str, Any]) -> dict[str, Any]:
        if cur.deleted or base != cur.version:
            raise _Outcome(CONFLICT, cur=cur)
        if KINDS[kind].append_only:
            raise _Outcome(REJECTED, f"invalid: {kind} are append-only and cannot be edited")
        merged = {**(cur.data or {}), **patch}
        self._check_fields(kind, patch, merged, creating=False)
        self._authorise(kind, cur, merged)
        if merged == cur.data:
            return self._ok(op, cur, echoed=True)
        rec = save(self.tx, kind, cur.id, merged, by=self.viewer.id)
        self._after_write(kind, rec)
        return self._ok(op, rec, echoed=True)

    def _delete(self, op: dict[str, Any], kind: str, cur: Rec, base: int | None) -> dict[str, Any]:
        if cur.deleted:
            return self._ok(op, cur, echoed=True)
        if base is None:
            raise _Outcome(REJECTED, "invalid: a delete must name the base version")
        if base != cur.version:
            raise _Outcome(CONFLICT, cur=cur)
        self._authorise(kind, cur, None)
        rec = save(self.tx, kind, cur.id, None, by=self.viewer.id)
        if kind == "cases" and (cur.data or {}).get("status") == "draft":
            # Only its author ever saw a draft's discussion and files: they go with it
            # (a sent case keeps its discussion, which others may have written in).
            delete_children(self.tx, rec, by=self.viewer.id)
        return self._ok(op, rec, echoed=True)

    def _claim(self, op: dict[str, Any], cur: Rec, claim: bool) -> dict[str, Any]:
        v = self.viewer
        if cur.kind != "cases":
            raise _Outcome(REJECTED, "invalid: only cases can be claimed")
        if cur.deleted:
            raise _Outcome(CONFLICT, cur=cur)
        data = dict(cur.data or {})
        holder = data.get("claimed_by")
        if not claim:
            if holder is None:
                return self._ok(op, cur, echoed=True)
            if holder != v.id and not v.is_admin:
                raise _Outcome(REJECTED, "forbidden: only the tutor who claimed a case can release it")
            data.update(claimed_by=None, claimed_at=None, status="submitted")
        else:
            if v.role not in ("tutor", "admin"):
                raise _Outcome(REJECTED, "forbidden: only tutors can claim cases")
            spec = data.get("specialism")
            if not v.is_admin and v.specialisms and spec and spec not in v.specialisms:
                raise _Outcome(REJECTED, f"forbidden: this case is for {spec} tutors")
            if holder == v.id:
                return self._ok(op, cur, echoed=True)
            if holder is not None or data.get("status") != "submitted":
                raise _Outcome(CONFLICT, cur=cur)
            data.update(claimed_by=v.id, claimed_at=iso_now(), status="in_review")
        rec = save(self.tx, "cases", cur.id, data, by=v.id)
        return self._ok(op, rec, echoed=False)

    def _authorise(self, kind: str, cur: Rec | None, new: dict[str, Any] | None) -> None:
        reason = check_write(self.tx.conn, self.viewer, kind, cur, new)
        if reason is not None:
            raise _Outcome(REJECTED, reason)

    def _after_write(self, kind: str, rec: Rec) -> bool:
        """Server-side effects of a write; True if other records changed."""
        if kind != "reviews" or rec.data is None:
            return False
        case = load(self.tx.conn, "cases", rec.data["case_id"])
        if case is None or case.deleted or case.data is None:
            return False
        if case.data.get("status") == rec.data["decision"]:
            return False
        # A review settles its case: the decision becomes the case's status.
        save(self.tx, "cases", case.id, {**case.data, "status": rec.data["decision"],
                                         "updated_at": iso_now()}, by=self.viewer.id)
        return True
