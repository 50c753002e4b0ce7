"""Two devices edit offline, then sync in every order, and converge with the server."""

from __future__ import annotations

import itertools

import pytest

from tutorclient import conflicts, discussions, study
from tutorclient.session import Profile


@pytest.fixture
def amina_devices(server, make_client) -> tuple[Profile, Profile]:
    """One user on two computers, both synced once."""
    laptop = make_client("amina", server, device="laptop")
    clinic = make_client("amina", server, device="clinic-pc")
    laptop.sync()
    clinic.sync()
    return laptop, clinic


def _thread_and_lesson(p: Profile) -> tuple[str, str]:
    thread = p.store.db.execute("SELECT id FROM threads WHERE kind = 'case' ORDER BY id LIMIT 1").fetchone()[0]
    lesson = p.store.db.execute("SELECT id FROM lessons ORDER BY id LIMIT 1").fetchone()[0]
    return thread, lesson


def _posts(p: Profile) -> set[tuple[str, str]]:
    return set(p.store.db.execute("SELECT id, body_md FROM posts").fetchall())


@pytest.mark.parametrize("order", list(itertools.permutations("AB")) + [("A", "A", "B"), ("B", "A", "B")])
def test_offline_edits_converge_without_duplicates(server, make_client, order) -> None:
    a = make_client("amina", server, device="amina-laptop")
    b = make_client("khadra", server, device="khadra-laptop")
    a.sync()
    b.sync()
    thread, lesson = _thread_and_lesson(a)
    me_a, me_b = a.user["id"], b.user["id"]

    # Offline on both: replies in the same thread, notes, a quiz attempt.
    pa = discussions.reply(a.store, me_a, thread, "Device A: I would start with ABCDE.")
    pb = discussions.reply(b.store, me_b, thread, "Device B: agree, check glucose too.")
    study.save_note(a.store, me_a, lesson, "A's note")
    study.save_note(b.store, me_b, lesson, "B's note")
    assert {p["local_state"] for p in discussions.thread_posts(a.store, thread) if p["id"] == pa} == {"pending"}

    clients = {"A": a, "B": b}
    for name in order:
        clients[name].sync()
    for p in (a, b):  # a final round so each has seen the other's work
        p.sync()

    assert _posts(a) == _posts(b)
    bodies = [body for _, body in _posts(a)]
    assert bodies.count("Device A: I would start with ABCDE.") == 1
    assert bodies.count("Device B: agree, check glucose too.") == 1
    assert {pa, pb} <= {pid for pid, _ in _posts(a)}
    for p in (a, b):
        assert p.store.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0] == 0
        assert p.store.integrity_check() == []
    assert study.note(a.store, me_a, lesson) == "A's note"
    assert study.note(b.store, me_b, lesson) == "B's note"


def test_same_user_two_devices_note_conflict_is_kept_and_resolved(amina_devices) -> None:
    laptop, clinic = amina_devices
    _, lesson = _thread_and_lesson(laptop)
    me = laptop.user["id"]
    study.save_note(laptop.store, me, lesson, "Written on the laptop")
    study.save_note(clinic.store, me, lesson, "Written at the clinic")
    laptop.sync()
    summary = clinic.sync()
    assert summary.conflicts == 1 and summary.result == "partial"
    # Nothing is lost: the clinic's text is still there, beside the server's.
    (conflict,) = conflicts.open_conflicts(clinic.store)
    assert conflict.local["body"] == "Written at the clinic"
    assert conflict.server["body"] == "Written on the laptop"
    assert study.note(clinic.store, me, lesson) == "Written at the clinic"

    conflicts.resolve(clinic.store, conflict.id, conflicts.MERGED,
                      {"body": "Written on the laptop\nWritten at the clinic"})
    assert conflicts.count_open(clinic.store) == 0
    assert clinic.sync().conflicts == 0
    laptop.sync()
    merged = "Written on the laptop\nWritten at the clinic"
    assert study.note(laptop.store, me, lesson) == merged
    assert study.note(clinic.store, me, lesson) == merged


def test_a_deletion_reaches_the_other_device(amina_devices) -> None:
    laptop, clinic = amina_devices
    _, lesson = _thread_and_lesson(laptop)
    mark = study.add_bookmark(laptop.store, laptop.user["id"], lesson, "Shock index")
    laptop.sync()
    clinic.sync()
    assert [b["id"] for b in study.bookmarks(clinic.store, clinic.user["id"])] == [mark]
    from tutorclient.outbox import record_change

    with laptop.store.write() as db:
        record_change(db, "bookmarks", mark, {}, action="del")
    summary = laptop.sync()
    assert summary.pushed == 1 and summary.rejected == 0
    clinic.sync()
    assert study.bookmarks(clinic.store, clinic.user["id"]) == []


def test_edits_made_after_a_conflict_survive_keeping_mine(amina_devices) -> None:
    laptop, clinic = amina_devices
    _, lesson = _thread_and_lesson(laptop)
    me = laptop.user["id"]
    study.save_note(clinic.store, me, lesson, "clinic v1")
    clinic.sync()
    study.save_note(laptop.store, me, lesson, "laptop v1")
    assert laptop.sync().conflicts == 1
    study.save_note(laptop.store, me, lesson, "laptop v2 (latest)")
    (conflict,) = conflicts.open_conflicts(laptop.store)
    assert conflict.local["body"] == "laptop v2 (latest)"
    conflicts.resolve(laptop.store, conflict.id, conflicts.LOCAL)
    assert laptop.sync().conflicts == 0
    clinic.sync()
    assert study.note(laptop.store, me, lesson) == "laptop v2 (latest)"
    assert study.note(clinic.store, me, lesson) == "laptop v2 (latest)"
    assert conflicts.count_open(laptop.store) == 0
