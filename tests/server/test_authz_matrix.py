"""The authorisation matrix: who may read and write what, counted as attempts and leaks.

Every cell is one request a user really makes over HTTP against the live
server (SQLite and PostgreSQL). A *leak* is a request that succeeds although
the user may not read (or write) what it touches; a *denial* is a legitimate
request refused (the cheap paths must keep working). Both must be 0; the
figures are printed (``-s``) so a run shows how much was tried.

Users, relative to the Somaliland trainee who owns the records:

=========  ===================================================================
owner      Somaliland trainee, author of the cases
mate       another Somaliland trainee (has a draft of their own)
tutor      Somaliland tutor
outsider   Palestine trainee (author of a Palestine case)
removed    was a Somaliland trainee, then moved to Palestine
admin      administrator
=========  ===================================================================
"""

from __future__ import annotations

import base64
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest

from srv_helpers import Client, new_id, op

USERS = ("owner", "mate", "tutor", "outsider", "removed", "admin")


@dataclass
class Tally:
    """Attempts, leaks and denials, with the cells that leaked (for the failure message)."""

    attempts: Counter = field(default_factory=Counter)
    leaks: Counter = field(default_factory=Counter)
    denials: Counter = field(default_factory=Counter)
    where: list[str] = field(default_factory=list)

    def note(self, action: str, cell: str, allowed: bool, succeeded: bool) -> None:
        self.attempts[action] += 1
        if succeeded and not allowed:
            self.leaks[action] += 1
            self.where.append(f"LEAK {action} {cell}")
        elif allowed and not succeeded:
            self.denials[action] += 1
            self.where.append(f"DENIED {action} {cell}")

    def figures(self) -> dict[str, Any]:
        return {"attempts": sum(self.attempts.values()), "leaks": sum(self.leaks.values()),
                "denials": sum(self.denials.values()), "by_action": dict(self.attempts),
                "leaks_by_action": dict(self.leaks)}


# ----------------------------------------------------------------- the cast


def _meta(sha: str) -> str:
    b64 = lambda s: base64.b64encode(s.encode()).decode()  # noqa: E731
    return f"sha256 {b64(sha)},filename {b64('photo.jpg')}"


def _claim(c: Client, sha: str, size: int) -> Any:
    """``POST /v1/uploads`` naming only the hash: no bytes sent."""
    return c.http.post(c.base + "/v1/uploads", headers={
        "Tus-Resumable": "1.0.0", "Upload-Length": str(size), "Upload-Metadata": _meta(sha)})


def _case(c: Client, partnership: str, status: str) -> tuple[str, dict[str, Any]]:
    cid = new_id()
    return cid, op("cases", cid, {"author_id": c.id, "partnership_id": partnership,
                                  "title": "photo", "status": status})


def _attachment(owner_id: str, sha: str, size: int) -> dict[str, Any]:
    return op("attachments", new_id(), {"owner_kind": "cases", "owner_id": owner_id,
                                        "sha256": sha, "filename": "photo.jpg", "size": size,
                                        "role": "image"})


@pytest.fixture(scope="module")
def cast(world) -> dict[str, Any]:
    """Fresh users and one fresh blob per kind, each referenced by one record."""
    names = {"owner": world.add_user("trainee", ["somaliland"], prefix="owner"),
             "mate": world.add_user("trainee", ["somaliland"], prefix="mate"),
             "tutor": world.add_user("tutor", ["somaliland"], ["emergency"], prefix="tutor"),
             "outsider": world.add_user("trainee", ["palestine"], prefix="outsider"),
             "removed": world.add_user("trainee", ["somaliland"], prefix="removed")}
    users = {role: world.client(name) for role, name in names.items()}
    users["admin"] = world.client("admin")

    blobs: dict[str, tuple[str, bytes]] = {}

    def blob(kind: str, uploader: str | None) -> str:
        data = os.urandom(3000)
        sha = world.admin.add_blob(data, owner=names.get(uploader) if uploader else None)
        blobs[kind] = (sha, data)
        return sha

    for kind, course in (("course_shared", world.som["courses"]),
                         ("course_other", world.pal_course)):
        sha = blob(kind, None)
        world.admin.put_record("attachments", new_id(), {
            "course_id": course, "owner_kind": "courses", "owner_id": course, "sha256": sha,
            "filename": "handbook.pdf", "size": 3000, "role": "pdf"})
    for kind, who, partnership, status in (
            ("case_own", "owner", world.p_som, "submitted"),
            ("draft_own", "owner", world.p_som, "draft"),
            ("draft_mate", "mate", world.p_som, "draft"),
            ("case_other", "outsider", world.p_pal, "submitted")):
        c = users[who]
        sha = blob(kind, who)
        cid, case_op = _case(c, partnership, status)
        res = c.push(case_op, _attachment(cid, sha, 3000))
        assert [r["s"] for r in res] == ["ok", "ok"], res

    # The removed trainee could read Somaliland's files and knew their hashes,
    # even claimed them while still a member; then moved to Palestine.
    for kind in ("case_own", "course_shared"):
        sha, data = blobs[kind]
        assert _claim(users["removed"], sha, len(data)).status_code == 201
    world.admin.set_partnerships(names["removed"], ["palestine"])
    users["removed"] = world.client(names["removed"])
    return {"users": users, "blobs": blobs}


#: Who may read a record referencing each blob (and so the blob itself).
READERS = {
    "course_shared": {"owner", "mate", "tutor", "outsider", "removed", "admin"},
    "course_other": {"outsider", "removed", "admin"},
    "case_own": {"owner", "mate", "tutor", "admin"},
    "draft_own": {"owner", "admin"},
    "draft_mate": {"mate", "admin"},
    "case_other": {"outsider", "removed", "admin"},
}
#: Where each user keeps a draft of their own to attach a file to.
HOME = {"owner": "p_som", "mate": "p_som", "tutor": "p_som", "outsider": "p_pal",
        "removed": "p_pal", "admin": "p_som"}


def _blob_cell(world: Any, tally: Tally, who: str, c: Client, kind: str, sha: str,
               data: bytes) -> None:
    cell = f"{who} x {kind}"
    may = who in READERS[kind]
    size = len(data)
    # 1. Claim by hash: complete at once only for a reader (the cheap path).
    r = _claim(c, sha, size)
    complete = r.status_code == 201 and int(r.headers.get("Upload-Offset", -1)) == size
    tally.note("claim", cell, may, complete)
    # 2. Attach the hash to a draft of one's own, without sending the bytes.
    cid, case_op = _case(c, getattr(world, HOME[who]), "draft")
    res = c.push(case_op, _attachment(cid, sha, size))
    assert res[0]["s"] == "ok", res
    tally.note("attach", cell, may, res[1]["s"] == "ok")
    # 3. Download: whole, HEAD, and a range.
    url = f"{world.base}/v1/blobs/{sha}"
    got = c.http.get(url)
    tally.note("get", cell, may, got.status_code == 200 and got.content == data)
    head = c.http.head(url)
    tally.note("head", cell, may, head.status_code == 200)
    part = c.http.get(url, headers={"Range": "bytes=100-199"})
    tally.note("range", cell, may, part.status_code == 206 and part.content == data[100:200])


def _link_cell(world: Any, tally: Tally, who: str, c: Client, kind: str, sha: str) -> None:
    """Link the blob from a post in a discussion one may write in (Markdown ``blob:``).

    Run after every read, and by non-readers first: a reader who links a file
    shares it with the discussion, which is their right, but changes who else
    may read it.
    """
    thread = (world.pal if HOME[who] == "p_pal" else world.som)["threads"]
    res = c.push(op("posts", new_id(), {"thread_id": thread, "author_id": c.id,
                                        "body_md": f"see ![photo](blob:{sha})"}))
    tally.note("link", f"{who} x {kind}", who in READERS[kind], res[0]["s"] == "ok")


def test_blob_matrix_has_no_leaks(world, cast):
    tally = Tally()
    for who in USERS:
        c = cast["users"][who]
        for kind, (sha, data) in cast["blobs"].items():
            _blob_cell(world, tally, who, c, kind, sha, data)
    for kind, (sha, _) in cast["blobs"].items():
        for who in sorted(USERS, key=lambda u: u in READERS[kind]):  # non-readers first
            _link_cell(world, tally, who, cast["users"][who], kind, sha)
    figures = tally.figures()
    print(f"\nblob authorisation matrix ({world.backend}): {figures}")
    assert figures["attempts"] == len(USERS) * len(READERS) * 6
    assert figures["leaks"] == 0 and figures["denials"] == 0, tally.where
