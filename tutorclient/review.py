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
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sync import protocol
from sync.errors import BadDataError

from . import conflicts
from .discussions import display_names, signed_in_user_id, user_id_of
from .outbox import now_iso, record_change
from .store import Store, records

QUEUE_STATUSES = ("submitted", "in_review", "revision_requested")
TUTOR_ROLES = ("tutor", "admin")
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


# Since when a case waits, on the server's clock: its latest (re)submission for
# a case waiting or in review (a claim does not restart the wait), else when it
# last changed (a review asked for changes). Cases from before the server sent
# its times (m005_server_time) fall back to the author's clock.
WAITING_SINCE = """CASE WHEN c.status IN ('submitted', 'in_review')
        THEN coalesce(c.server_submitted_at, c.created_at)
        ELSE coalesce(c.server_updated_at, c.updated_at, c.created_at) END"""
_PENDING = ("EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'cases' AND o.record_id = c.id "
            "AND o.action = '{}' AND o.state = 'pending')")
# The status and holder the server will have once this computer's claim or
# release is sent: a claim made offline reads "in review" at once, as after the sync.
SHOWN_STATUS = (f"CASE WHEN c.status = 'submitted' AND c.claimed_by IS NULL AND {_PENDING.format('claim')} "
                f"THEN 'in_review' WHEN c.status = 'in_review' AND {_PENDING.format('unclaim')} "
                "THEN 'submitted' ELSE c.status END")
CLAIM_PENDING = f"(c.claimed_by IS NULL AND {_PENDING.format('claim')})"
RELEASE_PENDING = _PENDING.format("unclaim")


def _filtered(store: Store, partnership_id: str | None, specialism: str | None,
              statuses: tuple[str, ...]) -> list[tuple]:
    if not statuses:
        return []
    sql = ("SELECT * FROM (SELECT c.id, c.title, c.partnership_id, coalesce(p.name, ''), c.specialism, "
           f"{SHOWN_STATUS} AS shown, c.author_id, {WAITING_SINCE} AS waiting_since, c.claimed_by, "
           f"{CLAIM_PENDING} AS claim_pending, {RELEASE_PENDING} AS release_pending, "
           "c.version IS NULL AS unsent, c.created_at "
           "FROM cases c LEFT JOIN partnerships p ON p.id = c.partnership_id WHERE 1")
    params: list[Any] = []
    if partnership_id:
        sql += " AND c.partnership_id = ?"
        params.append(partnership_id)
    if specialism:
        sql += " AND c.specialism = ?"
        params.append(specialism)
    sql += f") WHERE shown IN ({', '.join('?' for _ in statuses)})"
    return store.db.execute(sql + " ORDER BY unsent, julianday(waiting_since), created_at, id",
                            [*params, *statuses]).fetchall()


def queue(store: Store, *, partnership_id: str | None = None, specialism: str | None = None,
          statuses: tuple[str, ...] = QUEUE_STATUSES,
          tutor_id: str | None = None) -> list[QueueItem]:
    """Cases waiting for tutors, longest-waiting first. ``tutor_id`` (default: the
    signed-in user) decides ``mine``; a claim made offline already counts as mine,
    and its case reads ``in_review``, as the server will have it."""
    me = tutor_id or signed_in_user_id(store)
    names = display_names(store)
    items = []
    for cid, title, pid, pname, spec, status, author, since, holder, pending, releasing, *_ in _filtered(
            store, partnership_id, specialism, statuses):
        if pending:
            holder = me
        elif releasing:
            holder = None
        items.append(QueueItem(cid, title, pid, pname, spec or "", status,
                               names.get(author, ""), since, holder,
                               names.get(holder or "", ""), holder is not None and holder == me,
                               bool(pending)))
    return items


def queue_counts(store: Store, *, partnership_id: str | None = None,
                 specialism: str | None = None,
                 statuses: tuple[str, ...] = QUEUE_STATUSES) -> dict[str, int]:
    counts = {s: 0 for s in statuses}
    for row in _filtered(store, partnership_id, specialism, statuses):
        counts[row[5]] += 1
    return counts


# -- whose field a case is in, and what needs this tutor -----------------------------------


def tutor_of(store: Store, user: str | Mapping[str, Any]) -> dict[str, Any]:
    """The user's record from the store (role, specialisms), whatever we were given."""
    uid = user_id_of(user)
    row = store.db.execute("SELECT role, specialisms, partnerships FROM users WHERE id = ?",
                           [uid]).fetchone()
    given = dict(user) if isinstance(user, Mapping) else {}
    if row is not None:
        given.setdefault("role", row[0])
        given.setdefault("specialisms", json.loads(row[1] or "[]"))
        given.setdefault("partnerships", json.loads(row[2] or "[]"))
    return {"role": "trainee", "specialisms": [], "partnerships": [], **given, "id": uid}


def _scope_sql(user: dict[str, Any]) -> tuple[str, list[Any]]:
    """Cases in the tutor's field: their partnerships and specialisms (an admin's: all)."""
    sql, params = "1", []
    if user["role"] != "admin":
        if user["partnerships"]:
            sql += f" AND c.partnership_id IN ({', '.join('?' for _ in user['partnerships'])})"
            params += list(user["partnerships"])
        if user["specialisms"]:
            sql += (f" AND (coalesce(c.specialism, '') = '' OR c.specialism IN "
                    f"({', '.join('?' for _ in user['specialisms'])}))")
            params += list(user["specialisms"])
    return sql, params


def field_sql(user: dict[str, Any]) -> tuple[str, list[Any]]:
    """Unclaimed submitted cases this tutor could take (their partnerships and specialisms)."""
    scope, params = _scope_sql(user)
    return f"c.status = 'submitted' AND c.claimed_by IS NULL AND {scope}", params


@dataclass(frozen=True)
class QueueSummary:
    """The queue in numbers, as the page's counts line and the navigation badge show it."""

    waiting: int  # nobody has claimed it, and it is in the tutor's field
    mine: int  # claimed by the tutor (here or on the server), being reviewed
    others: int  # being reviewed by another tutor
    revision: int  # with the trainee for changes
    outside: int = 0  # waiting, outside the tutor's specialisms or partnerships

    @property
    def to_do(self) -> int:
        """What needs this tutor: the badge beside "Review queue"."""
        return self.waiting + self.mine


def queue_summary(store: Store, user: str | Mapping[str, Any], *, partnership_id: str | None = None,
                  specialism: str | None = None) -> QueueSummary:
    """Count :func:`queue`'s rows (same filters) for ``user``: one source for every count shown."""
    me = tutor_of(store, user)
    scope, params = _scope_sql(me)
    in_field = {r[0] for r in store.db.execute(f"SELECT c.id FROM cases c WHERE {scope}", params)}
    waiting = outside = mine = others = revision = 0
    for item in queue(store, partnership_id=partnership_id, specialism=specialism,
                      tutor_id=me["id"]):
        if item.status == "submitted":
            if item.case_id in in_field:
                waiting += 1
            else:
                outside += 1
        elif item.status == "in_review":
            mine += item.mine
            others += not item.mine
        else:
            revision += 1
    return QueueSummary(waiting, mine, others, revision, outside)


@dataclass(frozen=True)
class CaseState:
    """Where one case stands for the tutor looking at it, as the server will have it."""

    status: str  # SHOWN_STATUS: a claim made here already reads "in_review"
    mine: bool
    claim_pending: bool
    holder_name: str
    my_review: dict[str, Any] | None  # the tutor's latest review of it
    review_sent: bool  # the server has it: it can no longer be changed

    @property
    def can_claim(self) -> bool:
        return self.status == "submitted" and not self.holder_name and not self.mine

    @property
    def can_review(self) -> bool:
        return self.mine and self.status == "in_review" and not self.review_sent

    @property
    def can_release(self) -> bool:
        return self.can_review and self.my_review is None

    @property
    def reviewed_by_me(self) -> bool:
        return self.review_sent or (self.my_review is not None and not self.can_review)


def case_state(store: Store, case_id: str, tutor_id: str) -> CaseState | None:
    """The state the review page shows for ``case_id`` (None: no such case here)."""
    row = store.db.execute(
        f"SELECT {SHOWN_STATUS}, c.claimed_by, {CLAIM_PENDING}, {RELEASE_PENDING} FROM cases c "
        "WHERE c.id = ?", [case_id]).fetchone()
    if row is None:
        return None
    status, holder, pending, releasing = row
    holder = tutor_id if pending else None if releasing else holder
    mine = holder == tutor_id
    review = store.db.execute(
        "SELECT id, version FROM reviews WHERE case_id = ? AND tutor_id = ? "
        "ORDER BY version IS NULL DESC, julianday(coalesce(server_created_at, created_at)) DESC, "
        "rowid DESC LIMIT 1", [case_id, tutor_id]).fetchone()
    my_review = records.get(store.db, "reviews", review[0]) if review else None
    name = "" if mine or not holder else display_names(store).get(holder, "") or "Another tutor"
    return CaseState(status, mine, bool(pending), name, my_review,
                     review is not None and review[1] is not None)


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
