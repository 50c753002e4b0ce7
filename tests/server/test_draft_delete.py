"""Deleting a draft case: its author may, and its discussion and files go with it."""

from __future__ import annotations

from typing import Any

from srv_helpers import new_id, op


def _draft_with_children(world: Any, status: str = "draft") -> dict[str, str]:
    amina = world.client("amina")
    ids = {k: new_id(amina) for k in ("cases", "threads", "posts", "attachments")}
    res = amina.push(
        op("cases", ids["cases"], {"author_id": amina.id, "partnership_id": world.p_som,
                                   "title": "Burn on the forearm", "status": status}),
        op("threads", ids["threads"], {"kind": "case", "case_id": ids["cases"],
                                       "partnership_id": world.p_som, "created_by": amina.id}),
        op("posts", ids["posts"], {"thread_id": ids["threads"], "author_id": amina.id,
                                   "body_md": "note to self"}),
        op("attachments", ids["attachments"], {
            "owner_kind": "cases", "owner_id": ids["cases"], "sha256": world.blob,
            "filename": "image-1.jpg", "size": len(world.blob_bytes), "role": "image"}))
    assert [r["s"] for r in res] == ["ok"] * 4, res
    return ids


def test_author_deletes_a_draft_and_its_discussion_and_files_go_with_it(world):
    amina = world.client("amina")
    ids = _draft_with_children(world)
    res = amina.push(op("cases", ids["cases"], base=1, action="del"))
    assert res[0]["s"] == "ok", res
    for kind, rid in ids.items():
        assert world.record(kind, rid).deleted, kind
    # The author's other devices learn it: a tombstone for each record.
    other = world.client("amina")
    seen = other.pull_all()
    for kind, rid in ids.items():
        assert (kind, rid) not in seen or seen[(kind, rid)]["d"] is None, kind


def test_a_sent_case_keeps_its_discussion_when_deleted(world):
    amina = world.client("amina")
    ids = _draft_with_children(world, status="submitted")
    assert amina.push(op("cases", ids["cases"], base=1, action="del"))[0]["s"] == "ok"
    assert world.record("cases", ids["cases"]).deleted
    # Tutors may have written in it: the discussion and its posts stay (as before).
    assert not world.record("threads", ids["threads"]).deleted
    assert not world.record("posts", ids["posts"]).deleted


def test_nobody_else_deletes_a_draft(world):
    ids = _draft_with_children(world)
    for who in ("tutor.som", world.add_user("trainee", ["somaliland"], prefix="peer")):
        c = world.client(who)
        res = c.push(op("cases", ids["cases"], base=1, action="del"))
        assert res[0]["s"] == "rejected", (who, res)
    assert not world.record("cases", ids["cases"]).deleted
    assert not world.record("threads", ids["threads"]).deleted
