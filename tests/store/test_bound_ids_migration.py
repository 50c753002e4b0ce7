"""Work queued offline before ids were bound to their owner still reaches the server.

The server now refuses a create under an id not made for the caller's account
(docs/protocol.md, "Record ids"), so on upgrade the not-yet-sent creates of the
profile's user get bound ids, with every reference to them. Anything that may
already have reached the server (attempted, or exported to a USB bundle) keeps
its id.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from sqlite_utils import Database

from sync.protocol import id_bound_to
from tutorclient.outbox import record_change
from tutorclient.store import Store, records
from tutorclient.store.schema import migrations

ME = "0f5ad9c2-6a39-4bb0-9a3e-2f1c4d5e6a7b"


def _legacy_profile(profile_dir: Path) -> dict[str, str]:
    """A profile as the release before bound ids left it, with offline work queued."""
    old = Database(sqlite3.connect(str(profile_dir / "profile.db"), isolation_level=None))
    migrations.apply(old, stop_before="m009_bound_ids")
    ids = {k: str(uuid.uuid4()) for k in ("case", "thread", "post", "reply", "att", "mark", "sent")}
    ids["note"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"notes/{ME}/lesson-1"))
    old.execute("INSERT INTO settings (key, value) VALUES ('user', ?)",
                [json.dumps({"id": ME, "username": "amina"})])
    stamp = "2026-01-01T00:00:00Z"
    with old.conn:
        record_change(old, "cases", ids["case"], {
            "author_id": ME, "partnership_id": "p1", "specialism": "", "title": "Fall",
            "presenting_complaint": "", "history": "", "examination": "", "investigations": "",
            "question": "", "status": "draft", "claimed_by": None, "claimed_at": None,
            "created_at": stamp, "updated_at": stamp})
        record_change(old, "threads", ids["thread"], {
            "kind": "case", "case_id": ids["case"], "course_id": None, "partnership_id": "p1",
            "title": "Case discussion", "created_by": ME, "created_at": stamp})
        record_change(old, "posts", ids["post"], {
            "thread_id": ids["thread"], "author_id": ME, "body_md": "first", "quote_post_id": None,
            "created_at": stamp})
        record_change(old, "posts", ids["reply"], {
            "thread_id": ids["thread"], "author_id": ME, "body_md": "second",
            "quote_post_id": ids["post"], "created_at": stamp})
        record_change(old, "attachments", ids["att"], {
            "owner_kind": "cases", "owner_id": ids["case"], "sha256": "a" * 64,
            "course_id": None, "filename": "image-1.jpg", "mime": "image/jpeg", "size": 10,
            "role": "image"})
        record_change(old, "notes", ids["note"], {"user_id": ME, "lesson_id": "lesson-1",
                                                  "body": "offline note",
                                                  "updated_at": stamp})
        for key, lesson in (("mark", "lesson-1"), ("sent", "lesson-2")):
            record_change(old, "bookmarks", ids[key], {"user_id": ME, "lesson_id": lesson,
                                                       "label": "", "anchor": "",
                                                       "created_at": stamp})
        # This one went out on a USB stick: the server may hold it under this id.
        old.execute("UPDATE outbox SET attempts = 1 WHERE record_id = ?", [ids["sent"]])
        old.execute("INSERT INTO discussion_visits (thread_id, arrival_seq, visited_at) "
                    "VALUES (?, 0, ?)", [ids["thread"], stamp])
    old.close()
    return ids


def test_unsent_creates_get_bound_ids_with_every_reference(profile_dir: Path) -> None:
    ids = _legacy_profile(profile_dir)
    store = Store.open(profile_dir)
    db = store.db
    outbox = db.execute("SELECT kind, record_id, payload, attempts FROM outbox ORDER BY seq").fetchall()
    by_kind = {}
    for kind, rid, payload, attempts in outbox:
        if attempts:
            assert rid == ids["sent"]  # may be on the server: untouched
            continue
        assert id_bound_to(rid, ME), (kind, rid)
        assert records.get(db, kind, rid) is not None, (kind, rid)
        by_kind.setdefault(kind, []).append((rid, json.loads(payload)))
    (case_id, _), = by_kind["cases"]
    (thread_id, thread), = by_kind["threads"]
    assert thread["case_id"] == case_id and records.get(db, "threads", thread_id)["case_id"] == case_id
    posts = dict(by_kind["posts"])
    first = next(rid for rid, p in posts.items() if p["body_md"] == "first")
    second = next(rid for rid, p in posts.items() if p["body_md"] == "second")
    assert posts[second]["quote_post_id"] == first and posts[first]["thread_id"] == thread_id
    assert records.get(db, "posts", second)["quote_post_id"] == first
    (att_id, att), = by_kind["attachments"]
    assert att["owner_id"] == case_id and records.get(db, "attachments", att_id)["owner_id"] == case_id
    assert db.execute("SELECT thread_id FROM discussion_visits").fetchall() == [(thread_id,)]
    old_ids = {ids[k] for k in ids if k != "sent"}
    for table in ("cases", "threads", "posts", "attachments", "notes", "bookmarks"):
        assert not old_ids & {r[0] for r in db.execute(f"SELECT id FROM {table}")}, table
    assert not old_ids & {r[0] for r in db.execute("SELECT record_id FROM arrivals")}
    from tutorclient import study

    assert study.note(store, ME, "lesson-1") == "offline note"
    assert by_kind["notes"][0][0] == study.per_lesson_id("notes", ME, "lesson-1")
    assert store.integrity_check() == []
    store.close()
