"""The authorisation matrix: who may read and write what, counted as attempts and leaks.

Every cell is one request a user really makes over HTTP against the live
server (SQLite and PostgreSQL). A *leak* is a request that succeeds although
the user may not read (or write) what it touches; a *denial* is a legitimate
request refused (the cheap paths must keep working). Both must be 0; the
figures are printed (``-s``) so a run shows how much was tried.

Two matrices. **Blobs**: blob kinds (course files, case attachments of one's
own / the same / the other partnership, another user's draft) x users x
actions (claim by hash, attach to one's own draft, link from a post, GET, HEAD,
Range GET, a batch download, a USB bundle export). **Records**: role x record kind x relation (own, same partnership,
other partnership, former partnership of a moved trainee) x action (read by
pull, create, update, delete).

Blob users, relative to the Somaliland trainee who owns the records:

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

from srv_helpers import Client, new_id, op, owner_samples

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
    cid = new_id(c)
    return cid, op("cases", cid, {"author_id": c.id, "partnership_id": partnership,
                                  "title": "photo", "status": status})


def _attachment(c: Client, owner_id: str, sha: str, size: int) -> dict[str, Any]:
    return op("attachments", new_id(c), {"owner_kind": "cases", "owner_id": owner_id,
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
        world.admin.put_record("attachments", new_id("admin"), {
            "course_id": course, "owner_kind": "courses", "owner_id": course, "sha256": sha,
            "filename": "handbook.pdf", "size": 3000, "role": "pdf"})
    # A delivered course picture: the record names the light version and the original
    # kept for "Full resolution"; the original is readable like the picture itself.
    original = blob("course_original", None)
    delivered = world.admin.add_blob(os.urandom(500))
    world.admin.put_record("attachments", new_id("admin"), {
        "course_id": world.pal_course, "owner_kind": "courses", "owner_id": world.pal_course,
        "sha256": delivered, "filename": "xray.png", "mime": "image/webp", "size": 500, "role": "image",
        "original_sha256": original, "original_size": 3000})
    for kind, who, partnership, status in (
            ("case_own", "owner", world.p_som, "submitted"),
            ("draft_own", "owner", world.p_som, "draft"),
            ("draft_mate", "mate", world.p_som, "draft"),
            ("case_other", "outsider", world.p_pal, "submitted")):
        c = users[who]
        sha = blob(kind, who)
        cid, case_op = _case(c, partnership, status)
        res = c.push(case_op, _attachment(c, cid, sha, 3000))
        assert [r["s"] for r in res] == ["ok", "ok"], res

    # The removed trainee could read Somaliland's files and knew their hashes,
    # claimed them and attached one to a draft of their own while still a
    # member; then moved to Palestine.
    removed = users["removed"]
    for kind in ("case_own", "course_shared"):
        sha, data = blobs[kind]
        assert _claim(removed, sha, len(data)).status_code == 201
    sha, data = blobs["case_own"]
    cid, case_op = _case(removed, world.p_som, "draft")
    assert [r["s"] for r in removed.push(case_op, _attachment(removed, cid, sha, len(data)))] == ["ok"] * 2
    assert removed.http.get(f"{world.base}/v1/blobs/{sha}").content == data
    world.admin.set_partnerships(names["removed"], ["palestine"])
    users["removed"] = world.client(names["removed"])
    return {"users": users, "blobs": blobs}


#: Who may read a record referencing each blob (and so the blob itself).
READERS = {
    "course_shared": {"owner", "mate", "tutor", "outsider", "removed", "admin"},
    "course_other": {"outsider", "removed", "admin"},
    "course_original": {"outsider", "removed", "admin"},  # Palestine's course: Somaliland may not
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
    res = c.push(case_op, _attachment(c, cid, sha, size))
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
    # 4. A batch, the blob between two others, once from its start and once resumed.
    tally.note("batch", cell, may, _batch_gives(world, c, sha, 0) == data
               and _batch_gives(world, c, sha, 100) == data[100:])


def _batch_gives(world: Any, c: Client, sha: str, offset: int) -> bytes | None:
    """The bytes a batch answer carries for ``sha`` (None: a refused frame)."""
    from sync import protocol

    decoys = ["0" * 64, "f" * 64]  # no such blobs: refused frames, like a blob not ours
    got = c.http.post(f"{world.base}{protocol.BLOBS_BATCH_PATH}",
                      json={"b": [decoys[0], sha, decoys[1]], "o": {sha: offset}})
    assert got.status_code == 200, got.text
    body, out = got.content, {}
    while body:
        line, _, body = body.partition(b"\n")
        name, first, length = protocol.parse_frame_head(line)
        out[name] = None if first is None else body[:length]
        body = body[length:]
    assert list(out) == [decoys[0], sha, decoys[1]]  # every blob answered, in order
    assert out[decoys[0]] is None and out[decoys[1]] is None
    return out[sha]


def _bundle_row(world: Any, tally: Tally, who: str, username: str, blobs: dict[str, Any],
                tmp: Any) -> None:
    """Export a USB bundle for the user: which blobs' bytes does it carry?"""
    import zipfile

    from sync.bundle import BLOBS_PREFIX
    from sync.server.bundles import export_to_device

    out = tmp / f"{who}.tcbundle"
    export_to_device(world.settings, username, out, since_cursor=0, db=world.admin.db)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
    for kind, (sha, _) in blobs.items():
        tally.note("bundle", f"{who} x {kind}", who in READERS[kind],
                   BLOBS_PREFIX + sha in names)


def _link_cell(world: Any, tally: Tally, who: str, c: Client, kind: str, sha: str) -> None:
    """Link the blob from a post in a discussion one may write in (Markdown ``blob:``).

    Run after every read, and by non-readers first: a reader who links a file
    shares it with the discussion, which is their right, but changes who else
    may read it.
    """
    thread = (world.pal if HOME[who] == "p_pal" else world.som)["threads"]
    res = c.push(op("posts", new_id(c), {"thread_id": thread, "author_id": c.id,
                                        "body_md": f"see ![photo](blob:{sha})"}))
    tally.note("link", f"{who} x {kind}", who in READERS[kind], res[0]["s"] == "ok")


def test_blob_matrix_has_no_leaks(world, cast, tmp_path):
    tally = Tally()
    for who in USERS:
        c = cast["users"][who]
        for kind, (sha, data) in cast["blobs"].items():
            _blob_cell(world, tally, who, c, kind, sha, data)
        _bundle_row(world, tally, who, c.username, cast["blobs"], tmp_path)
    for kind, (sha, _) in cast["blobs"].items():
        for who in sorted(USERS, key=lambda u: u in READERS[kind]):  # non-readers first
            _link_cell(world, tally, who, cast["users"][who], kind, sha)
    figures = tally.figures()
    print(f"\nblob authorisation matrix ({world.backend}): {figures}")
    assert figures["attempts"] == len(USERS) * len(READERS) * 8
    assert figures["leaks"] == 0 and figures["denials"] == 0, tally.where


# ----------------------------------------------------------------- records

ROLES = ("trainee", "tutor", "coordinator", "removed", "admin")
RELATIONS = ("own", "same", "other", "former")
KIND_NAMES = ("partnerships", "users", "courses", "modules", "lessons", "quizzes", "attachments",
              "cases", "threads", "posts", "reviews", "quiz_attempts", "progress", "bookmarks",
              "notes", "kept_questions", "card_reviews", "device_health", "insights")
OWNER = ("quiz_attempts", "progress", "bookmarks", "notes", "kept_questions", "card_reviews")
#: Owner kinds that are logs (spaced review): their owner adds to them, never edits them.
OWNER_LOGS = {"kept_questions", "card_reviews"}
#: The server's figures: one record per viewer, read by that viewer alone, written by no user.
INSIGHTS = "insights"
#: A device's health report: stored by the server from POST /v1/device-health, read by
#: its user alone, written by no user as a record.
HEALTH = "device_health"
#: What a user may do to records of their own (everything else is someone else's).
OWN_WRITES = {
    "create": {"cases", "threads", "posts", "attachments", *OWNER},
    "update": {"cases", "threads", "attachments", *(set(OWNER) - OWNER_LOGS)},  # posts too
    "delete": {"cases", "attachments", *OWNER},  # discussions and posts stay
}
PATCHES = {
    "partnerships": {"name": "changed"}, "users": {"display_name": "changed"},
    "courses": {"title": "changed"}, "modules": {"title": "changed"},
    "lessons": {"title": "changed"}, "quizzes": {"title": "changed"},
    "attachments": {"filename": "changed.png"}, "cases": {"title": "changed"},
    "threads": {"title": "changed"}, "posts": {"body_md": "changed"},
    "reviews": {"concerns": "changed"}, "quiz_attempts": {"score": 0},
    "progress": {"position": 99}, "bookmarks": {"label": "changed"}, "notes": {"body": "changed"},
    "kept_questions": {"question_id": "q2"}, "card_reviews": {"rating": 1},
    "device_health": {"failures": 7}, "insights": {"figures": {"active": 999}},
}


@dataclass
class Place:
    """One partnership's fresh records: a course of its own and a peer's case work."""

    pid: str
    peer: Client
    records: dict[str, str] = field(default_factory=dict)


def _owned(c: Client, pid: str, lesson: str, quiz: str, blob: str,
           size: int) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Ops creating a submitted case, its discussion, a post, an attachment and owner records."""
    ids = {k: new_id(c) for k in ("cases", "threads", "posts", "attachments", *OWNER)}
    ops = [
        op("cases", ids["cases"], {"author_id": c.id, "partnership_id": pid, "title": "case",
                                   "status": "submitted"}),
        op("threads", ids["threads"], {"kind": "case", "case_id": ids["cases"],
                                       "partnership_id": pid, "created_by": c.id}),
        op("posts", ids["posts"], {"thread_id": ids["threads"], "author_id": c.id,
                                   "body_md": "first"}),
        op("attachments", ids["attachments"], {"owner_kind": "cases", "owner_id": ids["cases"],
                                               "sha256": blob, "filename": "x.png",
                                               "size": size, "role": "image"}),
    ]
    for kind, data in owner_samples(lesson, quiz).items():
        ops.append(op(kind, ids[kind], {**data, "user_id": c.id}))
    return ids, ops


def _push_ok(c: Client, ops: list[dict[str, Any]]) -> None:
    res = c.push(*ops)
    assert all(r["s"] == "ok" for r in res), [r for r in res if r["s"] != "ok"]


def _user(world: Any, role: str, slugs: list[str], prefix: str,
          specialisms: list[str] | None = None) -> str:
    """A fresh account that has uploaded the world's test blob (so it may attach it)."""
    from sync.server import blobstore

    name = world.add_user(role, slugs, specialisms, prefix=prefix)
    with world.admin.db.write() as tx:
        blobstore.grant(tx.conn, world.blob, world.uid(name))
    return name


def _place(world: Any, slug: str, pid: str, tutor: str) -> Place:
    peer = world.client(_user(world, "trainee", [slug], f"peer.{slug}"))
    recs: dict[str, str] = {"partnerships": pid, "users": peer.id}
    a = world.admin
    course, module, lesson, quiz = (new_id("admin") for _ in range(4))
    a.put_record("courses", course, {"slug": f"c-{course[:8]}", "title": "c", "partnerships": [pid]})
    a.put_record("modules", module, {"course_id": course, "slug": "m", "title": "m"})
    a.put_record("lessons", lesson, {"course_id": course, "module_id": module, "slug": "l",
                                     "title": "l", "body_md": "hello"})
    a.put_record("quizzes", quiz, {"lesson_id": lesson, "course_id": course, "questions": []})
    recs.update(courses=course, modules=module, lessons=lesson, quizzes=quiz)
    ids, ops = _owned(peer, pid, lesson, quiz, world.blob, len(world.blob_bytes))
    _push_ok(peer, ops)
    recs.update(ids)
    review = new_id("admin")
    a.put_record("reviews", review, {"case_id": ids["cases"], "tutor_id": world.uid(tutor),
                                     "decision": "reviewed"})
    recs["reviews"] = review
    return Place(pid, peer, recs)


@pytest.fixture(scope="module")
def stage(world) -> dict[str, Any]:
    """Actors, two partnerships' records, each actor's own records, the removed trainee's past."""
    som = _place(world, "somaliland", world.p_som, "tutor.som")
    pal = _place(world, "palestine", world.p_pal, "tutor.som")
    names = {"trainee": _user(world, "trainee", ["somaliland"], "trainee"),
             "tutor": _user(world, "tutor", ["somaliland"], "tutor", ["emergency"]),
             "coordinator": _user(world, "coordinator", ["somaliland"], "coord"),
             "removed": _user(world, "trainee", ["somaliland"], "removed")}
    actors = {role: world.client(name) for role, name in names.items()}
    actors["admin"] = world.client("admin")
    # The removed trainee's case work from before the move (kept in Somaliland).
    former, ops = _owned(actors["removed"], som.pid, som.records["lessons"],
                         som.records["quizzes"], world.blob, len(world.blob_bytes))
    _push_ok(actors["removed"], ops[:4])
    former = {k: former[k] for k in ("cases", "threads", "posts", "attachments")}
    world.admin.set_partnerships(names["removed"], ["palestine"])
    actors["removed"] = world.client(names["removed"])
    home = {role: (pal if role == "removed" else som) for role in ROLES}
    away = {role: (som if role == "removed" else pal) for role in ROLES}
    own: dict[str, dict[str, str]] = {}
    for role, c in actors.items():
        place = home[role]
        ids, ops = _owned(c, place.pid, place.records["lessons"], place.records["quizzes"],
                          world.blob, len(world.blob_bytes))
        _push_ok(c, ops)
        own[role] = {**ids, "users": c.id}
    # The server's figures, computed for these actors and the peers only (the shared
    # world's demo users get none): own = my record, same/other = a peer's.
    from sync.server.insight_jobs import record_id, refresh

    viewers = {c.id for c in actors.values()} | {p.peer.id for p in (som, pal)}
    refresh(world.admin.db, viewers=frozenset(viewers))
    for role, c in actors.items():
        if role != "admin":  # administrators get no figures: they have the report command
            own[role][INSIGHTS] = record_id(c.id, home[role].pid)
    for place in (som, pal):
        place.records[INSIGHTS] = record_id(place.peer.id, place.pid)
    # Each actor's and each peer's device reports its health, as the app does after a sync.
    for c in [*actors.values(), som.peer, pal.peer]:
        r = c.http.post(c.base + "/v1/device-health", json={"failures": 1, "month_bytes": 5})
        assert r.status_code == 204, r.text
    for role, c in actors.items():
        own[role][HEALTH] = _health_of(world, c)
    for place in (som, pal):
        place.records[HEALTH] = _health_of(world, place.peer)
    return {"actors": actors, "home": home, "away": away, "own": own, "former": former}


def _health_of(world: Any, c: Client) -> str:
    """The id of the health record the server stored for ``c``'s report (its only one)."""
    import json

    from sqlalchemy import select

    from sync.server import schema as t

    r = t.records
    with world.admin.db.read() as conn:
        rows = conn.execute(select(r.c.id, r.c.data).where(r.c.kind == HEALTH)).all()
    [rid] = [row.id for row in rows if json.loads(row.data)["user_id"] == c.id]
    return rid


def _targets(stage: dict[str, Any], role: str, rel: str) -> dict[str, str]:
    if rel == "own":
        return stage["own"][role]
    if rel == "former":
        return stage["former"] if role == "removed" else {}
    return (stage["home"] if rel == "same" else stage["away"])[role].records


def _may_read(role: str, kind: str, rel: str) -> bool:
    if role == "admin" or rel == "own":
        return True
    # A peer's notes etc. are theirs alone, and so are a peer's figures and devices.
    return rel == "same" and kind not in (*OWNER, INSIGHTS, HEALTH)


def _may_write(role: str, action: str, kind: str, rel: str) -> bool:
    if role == "admin":
        return not (action == "update" and kind in {"posts", *OWNER_LOGS})
    return rel == "own" and kind in OWN_WRITES[action]


def _create_data(kind: str, rel: str, me: Client, stage: dict[str, Any], role: str) -> Any:
    """Valid data for a new record of ``kind`` in ``rel`` (None: no such cell)."""
    mine = stage["own"][role]
    place = stage["home" if rel != "other" else "away"][role]
    r, pid = place.records, place.pid
    if rel == "own":
        if kind not in OWN_WRITES["create"]:
            return None
        case, thread, author = mine["cases"], mine["threads"], me.id
    elif rel == "same":  # in one's own partnership, as or on behalf of a peer
        case, thread, author = r["cases"], r["threads"], place.peer.id
    else:  # in the other partnership, as oneself
        case, thread, author = r["cases"], r["threads"], me.id
    owner_user = me.id if rel == "own" else place.peer.id
    tag = new_id(me)[:8]
    return {
        "partnerships": {"name": f"Invented {tag}"},
        "users": {"username": f"intruder.{tag}", "role": "trainee", "partnerships": [pid]},
        "courses": {"slug": f"x-{tag}", "title": "x", "partnerships": [pid]},
        "modules": {"course_id": r["courses"], "slug": f"m-{tag}", "title": "m"},
        "lessons": {"course_id": r["courses"], "module_id": r["modules"], "slug": f"l-{tag}",
                    "title": "l", "body_md": "hello"},
        "quizzes": {"lesson_id": r["lessons"], "course_id": r["courses"], "questions": []},
        "attachments": {"owner_kind": "cases", "owner_id": case, "sha256": stage["blob"],
                        "filename": "x.png", "size": stage["blob_size"], "role": "image"},
        "cases": {"author_id": author, "partnership_id": pid, "title": "x", "status": "draft"},
        "threads": {"kind": "case", "case_id": case, "partnership_id": pid,
                    "created_by": author},
        "posts": {"thread_id": thread, "author_id": author, "body_md": "hi"},
        "reviews": {"case_id": case, "tutor_id": me.id, "decision": "reviewed"},
        "device_health": {"user_id": owner_user, "device": "d1", "failures": 0,
                          "month_bytes": 0},
        "insights": {"viewer_id": owner_user, "partnership_id": pid, "audience": "trainee",
                     "period_from": "2026-01-01", "period_to": "2026-03-31", "figures": {}},
        **{k: {**v, "user_id": owner_user}
           for k, v in owner_samples(r["lessons"], r["quizzes"]).items()},
    }[kind]


def _writes(world: Any, c: Client, action: str,
            cells: list[tuple[str, str, str]]) -> list[bool]:
    """Update or delete each (rel, kind, id) on its current version, in one request.

    Each op stands alone on the server (a refused one does not stop the rest),
    so one request per role and action tries them all. True where applied.
    """
    ops = []
    for _, kind, rid in cells:
        base = world.record(kind, rid).version
        ops.append(op(kind, rid, PATCHES[kind], base=base) if action == "update"
                   else op(kind, rid, action="del", base=base))
    results = c.push(*ops) if ops else []
    assert len(results) == len(cells)
    return [res["s"] == "ok" for res in results]


def test_record_matrix_has_no_leaks(world, stage):
    stage.update(blob=world.blob, blob_size=len(world.blob_bytes))
    tally = Tally()
    actors = stage["actors"]
    # Reads first (pull from zero), before anyone's writes change what there is.
    for role in ROLES:
        got = actors[role].pull_all(cursor=0)
        for rel in RELATIONS:
            for kind, rid in _targets(stage, role, rel).items():
                seen = got.get((kind, rid), {}).get("d") is not None
                tally.note("read", f"{role} x {kind} x {rel}", _may_read(role, kind, rel), seen)
    # Writes: everyone but the admin first, then the admin (who may delete).
    for role in ROLES:
        c = actors[role]
        creates = [(rel, kind, new_id(c), _create_data(kind, rel, c, stage, role))
                   for rel in ("own", "same", "other") for kind in KIND_NAMES]
        creates = [cell for cell in creates if cell[3] is not None]
        results = c.push(*(op(kind, rid, data) for _, kind, rid, data in creates))
        for (rel, kind, rid, _), res in zip(creates, results):
            ok = res["s"] == "ok"
            assert ok == (world.record(kind, rid) is not None), res
            tally.note("create", f"{role} x {kind} x {rel}",
                       _may_write(role, "create", kind, rel), ok)
        for action in ("update", "delete"):
            cells = [(rel, kind, rid) for rel in RELATIONS
                     for kind, rid in _targets(stage, role, rel).items()
                     # the world's partnerships are shared with other tests
                     if not (role == "admin" and kind == "partnerships")]
            if action == "delete":
                cells.reverse()  # a case last: deleting it first would hide its attachment
            for (rel, kind, _), ok in zip(cells, _writes(world, c, action, cells)):
                tally.note(action, f"{role} x {kind} x {rel}",
                           _may_write(role, action, kind, rel), ok)
    figures = tally.figures()
    print(f"\nrecord authorisation matrix ({world.backend}): {figures}")
    assert figures["leaks"] == 0 and figures["denials"] == 0, tally.where
