"""Record ids belong to the account that made them, and answers do not reveal hidden records.

A classmate can compute a victim's per-lesson ids (they derive from the user
and the lesson) and can read not-yet-synced ids from a copied USB bundle. If the
server let anyone create a record under any id, the classmate could take the
id first and the victim's change would be refused for ever. So ids are bound
to their owner (docs/protocol.md, "Record ids") and the server refuses a
create under an id made for another account, with one fixed answer, before it
looks at whether the record exists.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from typing import Any

import pytest

from srv_helpers import op
from tutorclient import study

NOT_YOURS = "invalid: that record id was not made for your account"


def bound_id(user_id: str) -> str:
    """A new id in the documented format: a UUIDv8 whose last 48 bits tag the owner."""
    tag = hashlib.sha256(("tutorclient-owner:" + user_id).encode()).digest()[:6]
    raw = bytearray(os.urandom(10) + tag)
    raw[6] = (raw[6] & 0x0F) | 0x80  # version 8
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 9562 variant
    return str(uuid.UUID(bytes=bytes(raw)))


def _fresh(world: Any, role: str, prefix: str) -> Any:
    """A new account in Somaliland that may reference the test blob."""
    from sync.server import blobstore

    client = world.client(world.add_user(role, ["somaliland"], ["emergency"], prefix=prefix))
    with world.admin.db.write() as tx:
        blobstore.grant(tx.conn, world.blob, client.id)
    return client


@pytest.fixture
def pair(world: Any) -> tuple[Any, Any]:
    """A victim and a hostile classmate in the same partnership, both fresh."""
    return _fresh(world, "trainee", "victim"), _fresh(world, "trainee", "squat")


def _answer(res: dict[str, Any], *echoed: str) -> str:
    """The verdict as bytes to compare: the op UUID dropped, ids the caller sent masked."""
    text = json.dumps({k: v for k, v in res.items() if k != "u"}, sort_keys=True)
    for value in echoed:
        text = text.replace(value[:12], "<id>")
    return text


def _own(world: Any, uid: str, lesson: str, quiz: str) -> dict[str, dict[str, Any]]:
    """Valid data, written as ``uid``, for every kind a trainee creates."""
    return {
        "cases": {"author_id": uid, "partnership_id": world.p_som, "title": "t", "status": "draft"},
        "threads": {"kind": "course", "course_id": world.som["courses"],
                    "partnership_id": world.p_som, "title": "topic", "created_by": uid},
        "posts": {"thread_id": world.som["threads"], "author_id": uid, "body_md": "hello"},
        "quiz_attempts": {"quiz_id": quiz, "user_id": uid, "answers": {"q1": [0]}},
        "progress": {"user_id": uid, "lesson_id": lesson, "state": "read", "position": 3},
        "bookmarks": {"user_id": uid, "lesson_id": lesson, "anchor": "a"},
        "notes": {"user_id": uid, "lesson_id": lesson, "body": "mine"},
    }


def test_classmate_cannot_squat_per_lesson_ids(world: Any, pair: tuple[Any, Any]) -> None:
    victim, attacker = pair
    lesson = world.som["lessons"]
    samples = {"progress": {"lesson_id": lesson, "state": "read", "position": 100},
               "notes": {"lesson_id": lesson, "body": "my own note"}}
    for kind, data in samples.items():
        rid = study.per_lesson_id(kind, victim.id, lesson)  # what the victim's client will use
        squat = attacker.push(op(kind, rid, {**data, "user_id": attacker.id}))[0]
        assert (squat["s"], squat.get("e")) == ("rejected", NOT_YOURS), squat
        mine = victim.push(op(kind, rid, {**data, "user_id": victim.id}))[0]
        assert mine["s"] == "ok", mine
        # Now that the record exists, the classmate gets the very same answer.
        again = attacker.push(op(kind, rid, {**data, "user_id": attacker.id}))[0]
        assert _answer(again) == _answer(squat)
        assert world.record(kind, rid).data["user_id"] == victim.id


def test_leaked_random_ids_cannot_be_squatted(world: Any, pair: tuple[Any, Any]) -> None:
    """Ids read from a victim's copied device bundle, for every kind a user creates."""
    victim, attacker = pair
    lesson, quiz = world.som["lessons"], world.som["quizzes"]
    theirs, mine = _own(world, attacker.id, lesson, quiz), _own(world, victim.id, lesson, quiz)
    attacker_case = bound_id(attacker.id)
    assert attacker.push(op("cases", attacker_case, theirs["cases"]))[0]["s"] == "ok"
    theirs["attachments"] = {"owner_kind": "cases", "owner_id": attacker_case,
                             "sha256": world.blob, "filename": "a.png", "size": 3008}
    theirs["reviews"] = {"case_id": world.som["cases"], "tutor_id": attacker.id,
                         "decision": "reviewed"}
    leaked = {kind: bound_id(victim.id) for kind in theirs}
    for kind, data in theirs.items():
        res = attacker.push(op(kind, leaked[kind], data))[0]
        assert (res["s"], res.get("e")) == ("rejected", NOT_YOURS), (kind, res)
    mine["attachments"] = {**theirs["attachments"], "owner_id": leaked["cases"]}
    for kind, data in mine.items():  # cases first: the attachment hangs on the case
        res = victim.push(op(kind, leaked[kind], data))[0]
        assert res["s"] == "ok", (kind, res)


def test_ids_not_bound_to_anyone_are_refused_but_admin_may_use_them(world: Any,
                                                                  pair: tuple[Any, Any]) -> None:
    victim, _ = pair
    data = {"user_id": victim.id, "lesson_id": world.som["lessons"], "body": "x"}
    for rid in (str(uuid.uuid4()), "plain-text-id", bound_id(victim.id).upper()):
        res = victim.push(op("notes", rid, data))[0]
        assert (res["s"], res.get("e")) == ("rejected", NOT_YOURS), (rid, res)
    admin = world.client("admin")
    res = admin.push(op("notes", str(uuid.uuid4()), data))[0]
    assert res["s"] == "ok", res  # administrators (and imports, and the demo seed) are exempt


def test_same_user_on_two_devices_still_meets_as_a_conflict(world: Any,
                                                             pair: tuple[Any, Any]) -> None:
    victim, _ = pair
    laptop, clinic = victim, world.client(victim.username)
    lesson = world.som["lessons"]
    rid = study.per_lesson_id("notes", victim.id, lesson)
    data = {"user_id": victim.id, "lesson_id": lesson}
    assert laptop.push(op("notes", rid, {**data, "body": "laptop"}))[0]["s"] == "ok"
    res = clinic.push(op("notes", rid, {**data, "body": "clinic"}))[0]
    assert res["s"] == "conflict" and res["cur"]["d"]["body"] == "laptop", res


def _probe_pairs(world: Any, me: Any, lesson: str) -> list[tuple[str, dict, dict, str, str]]:
    """(path, op on a hidden record, same op on a missing one, hidden id, missing id)."""
    pal, som = world.pal, world.som
    gone = lambda: str(uuid.uuid4())  # noqa: E731 - an id no record has
    pairs: list[tuple[str, dict, dict, str, str]] = []

    def add(path: str, make: Any, hidden: str) -> None:
        missing = gone()
        pairs.append((path, make(hidden), make(missing), hidden, missing))

    own = _own(world, me.id, lesson, som["quizzes"])
    own["reviews"] = {"case_id": som["cases"], "tutor_id": me.id, "decision": "reviewed"}
    own["attachments"] = {"owner_kind": "cases", "owner_id": som["cases"], "sha256": world.blob,
                          "filename": "a.png", "size": 3008}
    for kind in ("cases", "threads", "posts", "reviews", "attachments", "quiz_attempts",
                 "progress", "bookmarks", "notes"):
        if kind in pal:
            add(f"create {kind}", lambda rid, k=kind: op(k, rid, own[k]), pal[kind])
    for kind in sorted(pal):
        add(f"update {kind}", lambda rid, k=kind: op(k, rid, {"title": "x"}, base=1), pal[kind])
        add(f"delete {kind}", lambda rid, k=kind: op(k, rid, None, base=1, action="del"), pal[kind])
    add("claim", lambda rid: op("cases", rid, None, base=1, action="claim"), pal["cases"])
    add("unclaim", lambda rid: op("cases", rid, None, base=1, action="unclaim"), pal["cases"])
    fresh = lambda: bound_id(me.id)  # noqa: E731 - the caller's own new id
    add("post -> thread", lambda rid: op("posts", fresh(), {**own["posts"], "thread_id": rid}),
        pal["threads"])
    add("post -> quote", lambda rid: op("posts", fresh(), {**own["posts"], "quote_post_id": rid}),
        pal["posts"])
    add("review -> case", lambda rid: op("reviews", fresh(), {**own["reviews"], "case_id": rid}),
        pal["cases"])
    add("attachment -> case", lambda rid: op("attachments", fresh(),
                                             {**own["attachments"], "owner_id": rid}), pal["cases"])
    add("attachment -> post", lambda rid: op("attachments", fresh(), {
        **own["attachments"], "owner_kind": "posts", "owner_id": rid}), pal["posts"])
    add("thread -> case", lambda rid: op("threads", fresh(), {
        **own["threads"], "kind": "case", "course_id": None, "case_id": rid}), pal["cases"])
    add("thread -> course", lambda rid: op("threads", fresh(), {**own["threads"], "course_id": rid}),
        pal["courses"])
    hidden_blob = world.admin.add_blob(b"hidden " + os.urandom(64))
    missing_blob = hashlib.sha256(os.urandom(32)).hexdigest()
    for path, make in (
            ("post -> blob", lambda sha: op("posts", fresh(), {
                **own["posts"], "body_md": f"![x](blob:{sha})"})),
            ("attachment -> blob", lambda sha: op("attachments", fresh(), {
                **own["attachments"], "owner_kind": "posts", "owner_id": som["posts"],
                "sha256": sha}))):
        pairs.append((path, make(hidden_blob), make(missing_blob), hidden_blob, missing_blob))
    return pairs


@pytest.mark.parametrize("who", ["trainee", "tutor"])
def test_hidden_records_get_the_same_answer_as_missing_ones(world: Any, who: str) -> None:
    me = _fresh(world, who, "probe")
    differ = []
    for path, on_hidden, on_missing, hid, mis in _probe_pairs(world, me, world.som["lessons"]):
        a, b = me.push(on_hidden)[0], me.push(on_missing)[0]
        if _answer(a, hid) != _answer(b, mis):
            differ.append((path, a, b))
    assert differ == []


def test_op_uuids_read_from_a_bundle_neither_block_nor_reveal_the_owners_ops(
        world: Any, pair: tuple[Any, Any]) -> None:
    victim, attacker = pair
    lesson = world.som["lessons"]
    note = op("notes", bound_id(victim.id), {"user_id": victim.id, "lesson_id": lesson,
                                             "body": "unsent on the stick"})
    replay = attacker.push(note)[0]  # verbatim, before the owner syncs
    assert (replay["s"], replay.get("e")) == ("rejected", NOT_YOURS), replay
    mark = op("bookmarks", bound_id(victim.id), {"user_id": victim.id, "lesson_id": lesson})
    # The victim's op UUID, with a record of the attacker's own.
    forged = {**mark, "i": bound_id(attacker.id), "d": {**mark["d"], "user_id": attacker.id}}
    assert attacker.push(forged)[0]["s"] == "ok"
    assert [r["s"] for r in victim.push(note, mark)] == ["ok", "ok"]
    assert world.record("notes", note["i"]).data["body"] == "unsent on the stick"
    # After the owner's sync the replay gets the very same answer as before it.
    assert _answer(attacker.push(note)[0]) == _answer(replay)
    # The owner's own retry is still recognised as the same op.
    result = victim.push(note)[0]
    assert (result["u"], result["s"], result["v"]) == (note["u"], "ok", 1)


def test_a_server_database_from_before_keeps_its_op_results_and_gets_per_user_op_uuids(
        make_db_url: Any, tmp_path: Any) -> None:
    """``ops`` was keyed by UUID alone; starting the new server re-keys it by (user, UUID)."""
    from sqlalchemy import BigInteger, Column, MetaData, String, Table, Text, inspect, insert, select

    from sync.server.db import Database
    from sync.server.settings import Settings

    settings = Settings(data_dir=tmp_path / "data", db_url=make_db_url(), argon2_profile="test")
    db = Database(settings)
    old = MetaData()
    old_ops = Table("ops", old, Column("uuid", String(64), primary_key=True),
                    Column("user_id", String(64), nullable=False),
                    Column("digest", String(64), nullable=False),
                    Column("result", Text, nullable=False),
                    Column("created_at", BigInteger, nullable=False))
    old.create_all(db.engine)
    with db.engine.begin() as conn:
        conn.execute(insert(old_ops).values(uuid="op-1", user_id="amina", digest="d",
                                            result='{"s":"ok"}', created_at=1))
    db.create_schema()
    db.create_schema()  # and again: nothing more to do
    with db.engine.begin() as conn:
        assert sorted(inspect(conn).get_pk_constraint("ops")["constrained_columns"]) == [
            "user_id", "uuid"]
        conn.execute(insert(old_ops).values(uuid="op-1", user_id="khadra", digest="e",
                                            result='{"s":"rejected"}', created_at=2))
        rows = conn.execute(select(old_ops.c.user_id, old_ops.c.result).order_by(
            old_ops.c.user_id)).all()
    assert [tuple(r) for r in rows] == [("amina", '{"s":"ok"}'), ("khadra", '{"s":"rejected"}')]
    db.dispose()
