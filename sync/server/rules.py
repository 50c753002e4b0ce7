"""Write authorisation: may this viewer create, change or delete this record?

Each check returns ``None`` (allowed) or a plain sentence saying why not,
starting with ``forbidden:`` or ``invalid:``. Reads are governed by scopes
(``scopes.py``); a record the viewer cannot read is reported as not found
before these rules run, so they never leak what exists elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from sync.kinds import ADMIN, CASE_STATUSES, KINDS, OWNER
from sync.server import blobstore
from sync.server.records import Rec, blob_refs_of, live
from sync.server.scopes import Viewer

CASE_LOCKED = frozenset({"author_id", "partnership_id", "claimed_by", "claimed_at"})
#: Status changes a case's author may make: from -> allowed targets.
AUTHOR_STATUS = {
    "draft": {"submitted"},
    "submitted": {"draft"},
    "revision_requested": {"submitted"},
}
TUTOR_STATUSES = frozenset({"in_review", "reviewed", "revision_requested"})

Check = Callable[[Connection, Viewer, Rec | None, dict[str, Any] | None], str | None]


def _visible(conn: Connection, viewer: Viewer, kind: str, record_id: Any) -> Rec | None:
    if not isinstance(record_id, str):
        return None
    rec = live(conn, kind, record_id)
    return rec if rec and viewer.sees(rec.scopes, kind) else None


def _changed(old: dict[str, Any], new: dict[str, Any]) -> set[str]:
    return {f for f in set(old) | set(new) if old.get(f) != new.get(f)}


def check_write(conn: Connection, viewer: Viewer, kind: str, cur: Rec | None,
                new: dict[str, Any] | None) -> str | None:
    """Authorise a create (``cur`` None), update, or delete (``new`` None).

    Who writes a kind is declared in ``sync/kinds.py``; kinds members write
    are decided by their rule in :data:`RULES`.
    """
    spec = KINDS[kind]
    if new is not None and spec.has_blobs:
        for sha in sorted(blob_refs_of(kind, new) - blob_refs_of(kind, cur.data if cur else None)):
            if not blobstore.usable(conn, viewer, sha):
                return f"invalid: blob {sha[:12]}... is not on the server; upload it first"
    if viewer.is_admin and not spec.private:
        return None
    if spec.writers == ADMIN:
        return f"forbidden: only an administrator can change {kind}"
    if spec.writers == OWNER:
        for data in (cur.data if cur else None, new):
            if data is not None and data.get(spec.owner_field) != viewer.id:
                return f"forbidden: {kind} belong to one user; you cannot write another user's"
        return None
    return RULES[kind](conn, viewer, cur, new)


def _cases(conn: Connection, v: Viewer, cur: Rec | None, new: dict[str, Any] | None) -> str | None:
    if cur is None:
        assert new is not None
        if new["author_id"] != v.id:
            return "forbidden: you can only create cases as yourself"
        if new["partnership_id"] not in v.partnerships:
            return "forbidden: you are not a member of that partnership"
        if new["status"] not in ("draft", "submitted"):
            return "invalid: a new case must be a draft or submitted"
        if new.get("claimed_by") or new.get("claimed_at"):
            # claimed_at is the server's time of a claim, never a client's clock.
            return "invalid: a new case cannot be claimed"
        return None
    old = cur.data or {}
    if new is None:
        if old.get("author_id") == v.id and not old.get("claimed_by"):
            return None
        return "forbidden: only the author can delete a case, and only before a tutor claims it"
    if new.get("status") not in CASE_STATUSES:
        return "invalid: unknown case status"
    changed = _changed(old, new)
    if old.get("author_id") == v.id:
        locked = sorted(changed & CASE_LOCKED)
        if locked:
            return f"forbidden: you cannot change {', '.join(locked)} of a case"
        if old.get("status") in ("in_review", "reviewed") and changed - {"updated_at"}:
            return "forbidden: the case is with a tutor; wait for the review"
        if "status" in changed and new["status"] not in AUTHOR_STATUS.get(old["status"], ()):
            return f"forbidden: you cannot move a case from {old['status']} to {new['status']}"
        return None
    if old.get("claimed_by") == v.id:
        if changed - {"status", "updated_at"}:
            return "forbidden: the reviewing tutor may change only the status of a case"
        if new["status"] not in TUTOR_STATUSES:
            return f"forbidden: a tutor cannot set a case to {new['status']}"
        return None
    return "forbidden: only the author or the tutor who claimed it may change this case"


def _threads(conn: Connection, v: Viewer, cur: Rec | None, new: dict[str, Any] | None) -> str | None:
    if new is None:
        return "forbidden: only an administrator can delete a discussion"
    if cur is not None:
        old = cur.data or {}
        if old.get("created_by") != v.id:
            return "forbidden: only the person who started a discussion can rename it"
        fixed = sorted(_changed(old, new) & {"kind", "case_id", "course_id", "partnership_id",
                                            "created_by"})
        return f"forbidden: you cannot change {', '.join(fixed)}" if fixed else None
    if new["created_by"] != v.id:
        return "forbidden: you can only start discussions as yourself"
    if new["kind"] == "case":
        case = _visible(conn, v, "cases", new.get("case_id"))
        if case is None:
            return "invalid: the case of this discussion does not exist or is not yours to see"
        if (case.data or {}).get("partnership_id") != new["partnership_id"]:
            return "invalid: the discussion must be in the case's partnership"
        return None
    if new["kind"] == "course":
        course = _visible(conn, v, "courses", new.get("course_id"))
        if course is None:
            return "invalid: the course of this discussion does not exist or is not yours to see"
        if new["partnership_id"] not in v.partnerships or new["partnership_id"] not in (
                (course.data or {}).get("partnerships") or []):
            return "forbidden: you are not a member of that partnership"
        return None
    return "invalid: a discussion's kind must be case or course"


def _posts(conn: Connection, v: Viewer, cur: Rec | None, new: dict[str, Any] | None) -> str | None:
    if new is None:
        return "forbidden: posts cannot be deleted"
    if new["author_id"] != v.id:
        return "forbidden: you can only post as yourself"
    thread = _visible(conn, v, "threads", new["thread_id"])
    if thread is None:
        return "invalid: the discussion does not exist or is not yours to see"
    quote = new.get("quote_post_id")
    if quote is not None:
        quoted = _visible(conn, v, "posts", quote)
        if quoted is None or (quoted.data or {}).get("thread_id") != new["thread_id"]:
            return "invalid: the quoted post is not in this discussion"
    return None


def _reviews(conn: Connection, v: Viewer, cur: Rec | None, new: dict[str, Any] | None) -> str | None:
    if new is None:
        return "forbidden: reviews cannot be deleted"
    if new["tutor_id"] != v.id or (cur is not None and (cur.data or {}).get("tutor_id") != v.id):
        return "forbidden: you can only write reviews as yourself"
    if cur is not None and (cur.data or {}).get("case_id") != new["case_id"]:
        return "forbidden: a review cannot move to another case"
    case = _visible(conn, v, "cases", new["case_id"])
    if case is None:
        return "invalid: the case does not exist or is not yours to see"
    if (case.data or {}).get("claimed_by") != v.id:
        return "forbidden: only the tutor who claimed the case can review it"
    return None


def _attachments(conn: Connection, v: Viewer, cur: Rec | None,
                 new: dict[str, Any] | None) -> str | None:
    for data in (cur.data if cur else None, new):
        if data is None:
            continue
        if data.get("owner_kind") not in ("cases", "posts"):
            return "forbidden: you can attach files only to your cases and posts"
        if data.get("course_id"):
            return "forbidden: only an administrator can attach files to courses"
        owner = _visible(conn, v, data["owner_kind"], data["owner_id"])
        if owner is None:
            return "invalid: the attachment's case or post does not exist or is not yours to see"
        if (owner.data or {}).get("author_id") != v.id:
            return "forbidden: you can attach files only to your own cases and posts"
    return None


THANKS_FIXED = frozenset({"review_id", "case_id", "trainee_id", "tutor_id"})


def _review_thanks(conn: Connection, v: Viewer, cur: Rec | None,
                   new: dict[str, Any] | None) -> str | None:
    """Only the trainee whose case was reviewed thanks its tutor, as themself."""
    old = (cur.data or {}) if cur is not None else None
    if old is not None and old.get("trainee_id") != v.id:
        return "forbidden: only the trainee who said thanks can change it"
    if new is None:
        return None  # the trainee takes their thanks back
    if old is not None:
        fixed = sorted(_changed(old, new) & THANKS_FIXED)
        return f"forbidden: you cannot change {', '.join(fixed)}" if fixed else None
    if new["trainee_id"] != v.id:
        return "forbidden: you can only thank a tutor as yourself"
    review = _visible(conn, v, "reviews", new["review_id"])
    if review is None:
        return "invalid: the review does not exist or is not yours to see"
    data = review.data or {}
    if data.get("case_id") != new["case_id"] or data.get("tutor_id") != new["tutor_id"]:
        return "invalid: the thanks must name the review's case and tutor"
    case = _visible(conn, v, "cases", new["case_id"])
    if case is None or (case.data or {}).get("author_id") != v.id:
        return "forbidden: only the trainee whose case was reviewed can thank its tutor"
    return None


#: The write rule of each kind that members write (``sync.kinds.MEMBERS``).
RULES: dict[str, Check] = {
    "cases": _cases,
    "threads": _threads,
    "posts": _posts,
    "reviews": _reviews,
    "attachments": _attachments,
    "review_thanks": _review_thanks,
}
