"""Who sees and writes what: every role against every record kind, and loss of access.

The world has two partnerships. Each role's user belongs to Somaliland only
(the admin to both, but admins see everything anyway); ``world.pal`` holds one
record of every kind that only Palestine (or the Palestinian trainee) may read.
"""

from __future__ import annotations

from typing import Any

import pytest

from sync.protocol import KINDS, OWNER_KINDS

from srv_helpers import new_id, op, owner_samples

ROLES = {"trainee": "amina", "tutor": "tutor.som", "coordinator": "coord.hodan",
         "admin": "admin"}
ALL_KINDS = sorted(KINDS)


@pytest.fixture(scope="module")
def pulled(world) -> dict[str, Any]:
    """Everything each role's user receives from a fresh full sync."""
    out = {}
    for role, name in ROLES.items():
        c = world.client(name)
        for kind, data in _owner_data(world).items():  # give each user own records
            c.push(op(kind, new_id(c), {**data, "user_id": c.id}))
        out[role] = (c.id, c.pull_all(cursor=0))
    return out


def _owner_data(w: Any) -> dict[str, dict[str, Any]]:
    return owner_samples(w.som["lessons"], w.som["quizzes"])


@pytest.mark.parametrize("kind", ALL_KINDS)
@pytest.mark.parametrize("role", list(ROLES))
def test_read_scope(world, pulled, role: str, kind: str):
    uid, got = pulled[role]
    mine = {i: ch for (k, i), ch in got.items() if k == kind}
    if KINDS[kind].private:  # only the holders of its keys read it, administrators included
        readers = {f for f in ("user_id", "trainee_id", "tutor_id") if f in KINDS[kind].fields}
        assert world.pal[kind] not in mine, f"{role} must not see Palestine's {kind}"
        assert all(uid in {ch["d"][f] for f in readers} for ch in mine.values())
        som = world.record(kind, world.som[kind]).data
        assert (world.som[kind] in mine) == (uid in {som[f] for f in readers}), role
        return
    if role == "admin":
        assert world.pal[kind] in mine, "admins see every record"
        return
    assert world.pal[kind] not in mine, f"{role} must not see Palestine's {kind}"
    if kind in ("insights", "device_health"):  # their user's alone (khadra has hers)
        field = "viewer_id" if kind == "insights" else "user_id"
        assert all(ch["d"][field] == uid for ch in mine.values())
        assert (world.som[kind] in mine) == (uid == world.uid("khadra"))
    elif kind in OWNER_KINDS:
        assert mine and all(ch["d"]["user_id"] == uid for ch in mine.values())
    else:
        assert world.som[kind] in mine, f"{role} must see Somaliland's {kind}"


def _create_data(w: Any, kind: str, me: str) -> dict[str, Any]:
    """Valid data for a new record that lands in Palestine's scope (or yusuf's)."""
    pal, yusuf = w.pal, w.uid("yusuf")
    return {
        "partnerships": {"name": "Invented"},
        "users": {"username": "intruder", "role": "trainee", "partnerships": [w.p_pal]},
        "courses": {"slug": "x", "title": "x", "partnerships": [w.p_pal]},
        "modules": {"course_id": pal["courses"], "slug": "m", "title": "m"},
        "lessons": {"course_id": pal["courses"], "module_id": pal["modules"], "slug": "l",
                    "title": "l", "body_md": "hello"},
        "quizzes": {"lesson_id": pal["lessons"], "course_id": pal["courses"], "questions": []},
        "attachments": {"owner_kind": "cases", "owner_id": pal["cases"], "sha256": w.blob,
                        "filename": "x.png", "size": len(w.blob_bytes), "role": "image"},
        "cases": {"author_id": me, "partnership_id": w.p_pal, "title": "x", "status": "submitted"},
        "threads": {"kind": "case", "case_id": pal["cases"], "partnership_id": w.p_pal,
                    "created_by": me},
        "posts": {"thread_id": pal["threads"], "author_id": me, "body_md": "hi"},
        "reviews": {"case_id": pal["cases"], "tutor_id": me, "decision": "reviewed"},
        "quiz_attempts": {"quiz_id": pal["quizzes"], "user_id": yusuf, "answers": {}},
        "progress": {"user_id": yusuf, "lesson_id": pal["lessons"], "state": "read"},
        "bookmarks": {"user_id": yusuf, "lesson_id": pal["lessons"]},
        "notes": {"user_id": yusuf, "lesson_id": pal["lessons"], "body": "x"},
        "kept_questions": {"user_id": yusuf, "question_id": "q1", "kept_at": "2026-01-05"},
        "card_reviews": {"user_id": yusuf, "question_id": "q1", "rating": 4,
                         "reviewed_at": "2026-01-05"},
        "reflections": {"user_id": yusuf, "review_id": pal["reviews"], "case_id": pal["cases"],
                        "body": "x"},
        "review_thanks": {"review_id": pal["reviews"], "case_id": pal["cases"],
                          "trainee_id": yusuf, "tutor_id": me, "note": "x"},
        "device_health": {"user_id": yusuf, "device": "d1", "failures": 0, "month_bytes": 0},
        "insights": {"viewer_id": yusuf, "partnership_id": w.p_pal, "audience": "trainee",
                     "period_from": "2026-01-01", "period_to": "2026-01-31", "figures": {}},
    }[kind]


PATCHES = {
    "partnerships": {"name": "hacked"}, "users": {"display_name": "hacked"},
    "courses": {"title": "hacked"}, "modules": {"title": "hacked"},
    "lessons": {"title": "hacked"}, "attachments": {"filename": "hacked.png"},
    "quizzes": {"title": "hacked"}, "quiz_attempts": {"score": 0},
    "cases": {"title": "hacked"}, "threads": {"title": "hacked"},
    "posts": {"body_md": "hacked"}, "reviews": {"concerns": "hacked"},
    "progress": {"position": 99}, "bookmarks": {"label": "hacked"}, "notes": {"body": "hacked"},
    "kept_questions": {"question_id": "hacked"}, "card_reviews": {"rating": 1},
    "reflections": {"body": "hacked"}, "review_thanks": {"note": "hacked"},
    "device_health": {"failures": 99}, "insights": {"figures": {"active": 999}},
}


@pytest.mark.parametrize("kind", ALL_KINDS)
@pytest.mark.parametrize("role", list(ROLES))
def test_write_scope(world, role: str, kind: str):
    c = world.client(ROLES[role])
    rid = new_id(c)  # the caller's own id: the rules, not the binding, must refuse
    target = world.pal[kind]
    before = world.record(kind, target)
    created = c.push(op(kind, rid, _create_data(world, kind, c.id)))[0]
    edited = c.push(op(kind, target, PATCHES[kind], base=before.version))[0]
    after = world.record(kind, target)
    if role == "admin" and not KINDS[kind].private:
        assert created["s"] == "ok", created
        if KINDS[kind].append_only:
            assert edited["s"] == "rejected"
        else:
            assert edited["s"] == "ok" and after.version == before.version + 1
        return
    assert created["s"] == "rejected", created
    assert edited["s"] == "rejected", edited
    assert world.record(kind, rid) is None, "nothing may be written"
    assert (after.version, after.seq, after.data) == (before.version, before.seq, before.data)


def test_cannot_push_as_another_user_in_own_partnership(world):
    amina = world.client("amina")
    khadra = world.uid("khadra")
    som = world.som
    forged = [
        op("cases", new_id(amina), {"author_id": khadra, "partnership_id": world.p_som,
                               "title": "x", "status": "submitted"}),
        op("posts", new_id(amina), {"thread_id": som["threads"], "author_id": khadra, "body_md": "x"}),
        op("notes", new_id(amina), {"user_id": khadra, "lesson_id": som["lessons"], "body": "x"}),
        op("threads", new_id(amina), {"kind": "case", "case_id": som["cases"],
                                 "partnership_id": world.p_som, "created_by": khadra}),
    ]
    results = amina.push(*forged)
    assert [r["s"] for r in results] == ["rejected"] * 4
    assert all("forbidden" in r["e"] for r in results)
    assert all(world.record(o["k"], o["i"]) is None for o in forged)


def test_draft_cases_are_private_until_submitted(world):
    amina, khadra = world.client("amina"), world.client("khadra")
    khadra.pull_all()
    cid = new_id(amina)
    amina.push(op("cases", cid, {"author_id": amina.id, "partnership_id": world.p_som,
                                 "title": "draft", "status": "draft"}))
    assert ("cases", cid) not in khadra.pull_all()
    amina.push(op("cases", cid, {"status": "submitted"}, base=1))
    got = khadra.pull_all()
    assert got[("cases", cid)]["d"]["status"] == "submitted"


def test_losing_a_partnership_sends_tombstones_and_gaining_one_sends_history(world):
    name = world.add_user("trainee", ["somaliland"])
    c = world.client(name)
    first = c.pull_all()
    assert ("cases", world.som["cases"]) in first
    assert ("cases", world.pal["cases"]) not in first

    world.admin.set_partnerships(name, ["palestine"])
    got = c.pull_all()
    # Somaliland records the client holds become tombstones...
    for kind in ("cases", "threads", "posts", "reviews", "partnerships"):
        assert got[(kind, world.som[kind])]["d"] is None, kind
    # ...and Palestine's records arrive although they are older than the cursor.
    for kind in ("cases", "threads", "posts", "reviews", "courses", "lessons"):
        assert got[(kind, world.pal[kind])]["d"] is not None, kind
    # Shared course content stays (it is in both partnerships).
    assert got.get(("courses", world.som["courses"]), {"d": 1})["d"] is not None
    # A further sync has nothing more to say.
    assert "x" not in c.sync()


def test_moving_a_case_tombstones_it_and_its_discussion_for_former_readers(world):
    amina, yusuf = world.client("amina"), world.client("yusuf")
    cid, tid, pid = new_id(amina), new_id(amina), new_id(amina)
    amina.push(
        op("cases", cid, {"author_id": amina.id, "partnership_id": world.p_som, "title": "move me",
                          "status": "submitted"}),
        op("threads", tid, {"kind": "case", "case_id": cid, "partnership_id": world.p_som,
                            "created_by": amina.id}),
        op("posts", pid, {"thread_id": tid, "author_id": amina.id, "body_md": "first"}),
    )
    khadra = world.client("khadra")
    assert ("posts", pid) in khadra.pull_all()
    yusuf.pull_all()
    case = world.record("cases", cid)
    world.admin.put_record("cases", cid, {**case.data, "partnership_id": world.p_pal})
    gone = khadra.pull_all()
    assert gone[("cases", cid)]["d"] is None
    assert gone[("threads", tid)]["d"] is None and gone[("posts", pid)]["d"] is None
    arrived = yusuf.pull_all()
    assert arrived[("posts", pid)]["d"]["body_md"] == "first"
    assert arrived[("cases", cid)]["d"]["partnership_id"] == world.p_pal


def test_devices_visible_to_coordinators_of_the_partnership_only(world):
    import requests

    world.client("amina").sync()
    world.client("yusuf").sync()
    coord = world.client("coord.hodan")
    r = coord.http.get(world.base + "/v1/devices")
    assert r.status_code == 200
    names = {d["username"] for d in r.json()["devices"]}
    assert "amina" in names and "yusuf" not in names
    amina = world.client("amina")
    r = amina.http.get(world.base + "/v1/devices")
    assert r.status_code == 403 and r.json()["error"] == "forbidden"
    admin = world.client("admin")
    assert {"amina", "yusuf"} <= {d["username"] for d in
                                  admin.http.get(world.base + "/v1/devices").json()["devices"]}
    assert requests.get(world.base + "/v1/devices").status_code == 401
