"""The tutor's side of cases: the review queue, claiming, and writing reviews.

All of it works offline. A claim is queued like any other change; the server
settles races atomically (``sync/server/writes.py``), and the tutor who lost
gets a conflict naming the holder. :func:`claim_problem` turns that into a
sentence and settles the conflict in the server's favour: a lost claim holds
no work of the user's worth keeping. A review written offline is sent after
the claim it depends on, in the same order it was made.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sync import protocol
from sync.errors import BadDataError

from . import conflicts
from .discussions import display_names, signed_in_user_id
from .outbox import now_iso, record_change
from .store import Store, records

QUEUE_STATUSES = ("submitted", "in_review", "revision_requested")
DECISIONS = protocol.REVIEW_DECISIONS


@dataclass(frozen=True)
class QueueItem:
    case_id: str
    title: str
    partnership_id: str
    partnership_name: str
    specialism: str
    status: str
    author_name: str
    waiting_since: str
    claimed_by: str | None
    claimed_by_name: str
    mine: bool
    claim_pending: bool = False  # claimed here, not yet confirmed by the server


# Since when a case waits, on the server's clock: claimed_at (set by the server
# when a tutor claims), else when it was last (re)submitted, else when it last
# changed (a review asked for changes). Cases from before the server sent its
# times (m005_server_time) fall back to the authors' clock as before.
WAITING_SINCE = """coalesce(CASE c.status
        WHEN 'in_review' THEN coalesce(c.claimed_at, c.server_submitted_at)
        WHEN 'submitted' THEN c.server_submitted_at
        ELSE c.server_updated_at END,
    c.claimed_at, c.updated_at, c.created_at)"""


def _pending_claims(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute(
        "SELECT record_id FROM outbox WHERE kind = 'cases' AND action = 'claim' "
        "AND state = 'pending'")}


def _filtered(store: Store, partnership_id: str | None, specialism: str | None,
              statuses: tuple[str, ...]) -> list[tuple]:
    if not statuses:
        return []
    sql = ("SELECT c.id, c.title, c.partnership_id, coalesce(p.name, ''), c.specialism, c.status, "
           f"c.author_id, {WAITING_SINCE} AS waiting_since, c.claimed_by "
           "FROM cases c LEFT JOIN partnerships p ON p.id = c.partnership_id "
           f"WHERE c.status IN ({', '.join('?' for _ in statuses)})")
    params: list[Any] = list(statuses)
    if partnership_id:
        sql += " AND c.partnership_id = ?"
        params.append(partnership_id)
    if specialism:
        sql += " AND c.specialism = ?"
        params.append(specialism)
    return store.db.execute(sql + " ORDER BY c.version IS NULL, julianday(waiting_since), c.created_at, c.id",
                            params).fetchall()


def queue(store: Store, *, partnership_id: str | None = None, specialism: str | None = None,
          statuses: tuple[str, ...] = QUEUE_STATUSES,
          tutor_id: str | None = None) -> list[QueueItem]:
    """Cases waiting for tutors, longest-waiting first. ``tutor_id`` (default: the
    signed-in user) decides ``mine``; a claim made offline already counts as mine."""
    me = tutor_id or signed_in_user_id(store)
    names = display_names(store)
    pending = _pending_claims(store)
    items = []
    for cid, title, pid, pname, spec, status, author, since, holder in _filtered(
            store, partnership_id, specialism, statuses):
        claim_pending = cid in pending and holder is None
        if claim_pending:
            holder = me
        items.append(QueueItem(cid, title, pid, pname, spec or "", status,
                               names.get(author, ""), since, holder,
                               names.get(holder or "", ""), holder is not None and holder == me,
                               claim_pending))
    return items


def queue_counts(store: Store, *, partnership_id: str | None = None,
                 specialism: str | None = None,
                 statuses: tuple[str, ...] = QUEUE_STATUSES) -> dict[str, int]:
    counts = {s: 0 for s in statuses}
    for row in _filtered(store, partnership_id, specialism, statuses):
        counts[row[5]] += 1
    return counts


def claim(store: Store, tutor_id: str, case_id: str) -> None:
    """Claim a case for review (queued; the server decides if someone was quicker)."""
    with store.write() as db:
        case = records.get(db, "cases", case_id)
        if case is None:
            raise BadDataError(f"No case {case_id}", user_message="This case no longer exists.")
        if case.get("claimed_by") == tutor_id:
            return
        if case.get("claimed_by"):
            raise BadDataError("already claimed", user_message=_taken(db, case["claimed_by"]))
        if case["status"] != "submitted":
            raise BadDataError(f"case is {case['status']}",
                               user_message="This case is not waiting for review.")
        if db.execute("SELECT 1 FROM outbox WHERE kind = 'cases' AND record_id = ? "
                      "AND action = 'claim' AND state = 'pending'", [case_id]).fetchone():
            return
        record_change(db, "cases", case_id, {}, action=protocol.CLAIM)


def release(store: Store, tutor_id: str, case_id: str) -> None:
    """Give a claimed case back to the queue. An unsent claim is simply withdrawn."""
    with store.write() as db:
        unsent = db.execute(
            "SELECT seq FROM outbox WHERE kind = 'cases' AND record_id = ? AND action = 'claim' "
            "AND state = 'pending' AND attempts = 0", [case_id]).fetchall()
        if unsent:
            marks = ", ".join("?" for _ in unsent)
            db.execute(f"DELETE FROM outbox WHERE seq IN ({marks})", [r[0] for r in unsent])
            if not db.execute("SELECT 1 FROM outbox WHERE kind = 'cases' AND record_id = ? "
                              "AND state = 'pending'", [case_id]).fetchone():
                db.execute("UPDATE cases SET local_state = 'synced' WHERE id = ?", [case_id])
            return
        case = records.get(db, "cases", case_id)
        if case is None or case.get("claimed_by") != tutor_id:
            raise BadDataError("not your claim", user_message="You have not claimed this case.")
        record_change(db, "cases", case_id, {}, action=protocol.UNCLAIM)


def _taken(db: Any, holder: str | None) -> str:
    if not holder:
        return "This case is no longer waiting for review."
    row = db.execute("SELECT coalesce(display_name, username) FROM users WHERE id = ?",
                     [holder]).fetchone()
    return f"{row[0] if row else 'Another tutor'} has already claimed this case."


def claim_problem(store: Store, case_id: str, tutor_id: str) -> str | None:
    """After a sync: why our claim on this case failed, in words, or None.

    A lost claim (a conflict) is settled as "server" here, so the case shows
    who holds it; a refused claim is closed with its reason. Other conflicts
    on the case, such as edits, are left for the user.
    """
    db = store.db
    row = db.execute(
        "SELECT c.id, c.server_record FROM conflicts c JOIN outbox o ON o.uuid = c.outbox_uuid "
        "WHERE c.kind = 'cases' AND c.record_id = ? AND o.action = 'claim' "
        "AND c.resolved_at IS NULL ORDER BY c.id DESC LIMIT 1", [case_id]).fetchone()
    if row is not None:
        cur = json.loads(row[1]) if row[1] else None
        holder = ((cur or {}).get("d") or {}).get("claimed_by")
        message = _taken(db, holder if holder != tutor_id else None)
        conflicts.resolve(store, row[0], conflicts.SERVER)
        return message
    rejected = db.execute(
        "SELECT seq, error FROM outbox WHERE kind = 'cases' AND record_id = ? "
        "AND action = 'claim' AND state = 'rejected' ORDER BY seq DESC LIMIT 1",
        [case_id]).fetchone()
    if rejected is None:
        return None
    with store.write() as wdb:
        wdb.execute("UPDATE outbox SET state = 'done', updated_at = ? WHERE seq = ?",
                    [now_iso(), rejected[0]])
        if not wdb.execute("SELECT 1 FROM outbox WHERE kind = 'cases' AND record_id = ? "
                           "AND state IN ('pending', 'conflict', 'rejected')",
                           [case_id]).fetchone():
            # The claim changed nothing locally; let the server's copy flow in again.
            wdb.execute("UPDATE cases SET local_state = 'synced' WHERE id = ?", [case_id])
    reason = (rejected[1] or "").split(": ", 1)[-1]
    return f"You could not claim this case: {reason}." if reason else \
        "You could not claim this case."


def save_review(store: Store, tutor_id: str, case_id: str, *, strengths: str, concerns: str,
                next_steps: str, rubric_score: int, decision: str) -> str:
    """Write (or, while still unsent, rewrite) the review of a claimed case; returns its id."""
    if decision not in DECISIONS:
        raise BadDataError(f"decision {decision!r}", user_message=(
            "Choose whether the case is reviewed or needs changes."))
    if isinstance(rubric_score, bool) or not isinstance(rubric_score, int) \
            or not 1 <= rubric_score <= 5:
        raise BadDataError(f"rubric_score {rubric_score!r}",
                           user_message="Give a score from 1 to 5.")
    if not any(t.strip() for t in (strengths, concerns, next_steps)):
        raise BadDataError("empty review", user_message="Write some feedback for the trainee.")
    with store.write() as db:
        case = records.get(db, "cases", case_id)
        if case is None:
            raise BadDataError(f"No case {case_id}", user_message="This case no longer exists.")
        claimed_here = db.execute(
            "SELECT 1 FROM outbox WHERE kind = 'cases' AND record_id = ? AND action = 'claim' "
            "AND state = 'pending'", [case_id]).fetchone() is not None
        if case.get("claimed_by") != tutor_id and not claimed_here:
            raise BadDataError("not claimed", user_message="Claim the case before reviewing it.")
        fields = {"strengths": strengths, "concerns": concerns, "next_steps": next_steps,
                  "rubric_score": rubric_score, "decision": decision}
        draft = db.execute(
            "SELECT r.id FROM reviews r WHERE r.case_id = ? AND r.tutor_id = ? "
            "AND r.version IS NULL AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'reviews' "
            "AND o.record_id = r.id AND o.state = 'pending' AND o.attempts = 0)",
            [case_id, tutor_id]).fetchone()
        if draft is not None:
            record_change(db, "reviews", draft[0], fields)
            return draft[0]
        review_id = protocol.new_record_id(tutor_id)
        record_change(db, "reviews", review_id, {
            "case_id": case_id, "tutor_id": tutor_id, "created_at": now_iso(), **fields})
        return review_id
