"""What the sync engine takes from the outbox, and what an answer marks done, on a real store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sync.engine import PendingOp
from tutorclient import study
from tutorclient.session import Profile
from tutorclient.syncstore import ProfileSyncStore

ME, LESSON = "u-amina", "lesson-1"


def _ok(s: ProfileSyncStore, sent: list[PendingOp]) -> None:
    results: list[dict[str, Any]] = [{"u": op.uuid, "s": "ok", "v": (op.base_version or 0) + 1}
                                     for op in sent]
    s.apply_answer(sent, results, [], s.cursor() + 1, False)


def _note_state(p: Profile) -> str:
    note_id = study.per_lesson_id("notes", ME, LESSON)
    return p.store.db.execute("SELECT local_state FROM notes WHERE id = ?",
                              [note_id]).fetchone()[0]


def _pending_bodies(p: Profile) -> list[str]:
    import json

    return [json.loads(r[0]).get("body") for r in p.store.db.execute(
        "SELECT payload FROM outbox WHERE state = 'pending' ORDER BY seq")]


def test_an_answer_marks_done_only_the_payload_that_was_sent(profile_dir: Path) -> None:
    """The issue's sequence, with the two old steps: the newer text must stay queued."""
    p = Profile(profile_dir)
    try:
        s = ProfileSyncStore(p.store, p.blobs)
        study.save_note(p.store, ME, LESSON, "first")
        sent = s.pending_ops(100, set())
        study.save_note(p.store, ME, LESSON, "second")  # merges: the row is not attempted yet
        s.mark_attempted(sent)
        assert sent[0].data is not None and sent[0].data["body"] == "first"
        _ok(s, sent)
        assert study.note(p.store, ME, LESSON) == "second"
        assert _note_state(p) == "pending"
        assert _pending_bodies(p) == ["second"]
    finally:
        p.close()


def test_take_ops_marks_them_so_a_later_edit_is_a_new_op(profile_dir: Path) -> None:
    p = Profile(profile_dir)
    try:
        s = ProfileSyncStore(p.store, p.blobs)
        study.save_note(p.store, ME, LESSON, "first")
        sent = s.take_ops(100, set())
        study.save_note(p.store, ME, LESSON, "second")
        assert _pending_bodies(p) == ["first", "second"]
        _ok(s, sent)
        assert _note_state(p) == "pending" and _pending_bodies(p) == ["second"]
        # The same pass does not chase edits queued after it began...
        assert s.take_ops(100, set()) == []
        # ...the next one sends them.
        nxt = ProfileSyncStore(p.store, p.blobs)
        again = nxt.take_ops(100, set())
        assert [op.data["body"] for op in again if op.data] == ["second"]
        _ok(nxt, again)
        assert _note_state(p) == "synced" and _pending_bodies(p) == []
    finally:
        p.close()


def test_bundle_export_takes_ops_atomically(profile_dir: Path, tmp_path: Path,
                                            monkeypatch) -> None:
    """An autosave while a USB bundle is written must not change an exported op's meaning."""
    from tutorclient import bundles

    p = Profile(profile_dir)
    try:
        p.set_setting("user", {"id": ME, "username": "amina", "role": "trainee"})
        # As a sign-in would leave it: the server registered this device's key.
        from sync.bundle import fingerprint
        from tutorclient.session import DEVICE_KEY_SETTING
        p.set_setting(DEVICE_KEY_SETTING, {"id": fingerprint(p.device_key().public_key())})
        study.save_note(p.store, ME, LESSON, "first")
        fired: list[bool] = []

        def hooked(name: str):
            original = getattr(ProfileSyncStore, name)

            def run(self, limit: int, waiting: set[str]) -> list[PendingOp]:
                ops = original(self, limit, waiting)
                if ops and not fired:
                    fired.append(True)
                    study.save_note(p.store, ME, LESSON, "second")
                return ops
            return run

        for name in ("pending_ops", "take_ops"):
            if hasattr(ProfileSyncStore, name):
                monkeypatch.setattr(ProfileSyncStore, name, hooked(name))
        report = bundles.export_bundle(p, tmp_path / "out.tcbundle")
        assert fired and report.ops == 1
        # The exported op still means "first"; "second" waits as an op of its own.
        assert _pending_bodies(p) == ["first", "second"]
    finally:
        p.close()


def test_a_claim_answer_keeps_a_newer_pending_edit_pending(profile_dir: Path) -> None:
    """An ok claim must not mark the case 'synced' while an unclaim waits behind it."""
    from tutorclient.outbox import record_change
    from tutorclient.store import records

    p = Profile(profile_dir)
    try:
        s = ProfileSyncStore(p.store, p.blobs)
        with p.store.write() as db:
            records.put(db, "cases", {
                "id": "c1", "version": 3, "author_id": "u-x", "partnership_id": "p",
                "specialism": "", "title": "T", "presenting_complaint": "", "history": "",
                "examination": "", "investigations": "", "question": "", "status": "submitted",
                "claimed_by": None, "claimed_at": None, "created_at": "2026-01-01T00:00:00Z",
                "updated_at": "2026-01-01T00:00:00Z"})
            record_change(db, "cases", "c1", {}, action="claim")
        sent = s.pending_ops(100, set())
        s.mark_attempted(sent)
        assert [op.action for op in sent] == ["claim"]
        with p.store.write() as db:
            record_change(db, "cases", "c1", {}, action="unclaim")  # the tutor changed their mind
        s.apply_answer(sent, [{"u": sent[0].uuid, "s": "ok", "v": 4}], [], 1, False)
        state = p.store.db.execute("SELECT local_state FROM cases WHERE id = 'c1'").fetchone()[0]
        assert state == "pending"
    finally:
        p.close()


def test_a_conflict_answer_keeps_an_edit_merged_after_sending(profile_dir: Path) -> None:
    """The conflict keeps what was sent; the newer text waits and is folded into the resolution."""
    from tutorclient import conflicts

    p = Profile(profile_dir)
    try:
        s = ProfileSyncStore(p.store, p.blobs)
        study.save_note(p.store, ME, LESSON, "first")
        sent = s.pending_ops(100, set())
        study.save_note(p.store, ME, LESSON, "second")
        s.mark_attempted(sent)
        note_id = study.per_lesson_id("notes", ME, LESSON)
        server = {"k": "notes", "i": note_id, "v": 2,
                  "d": {"user_id": ME, "lesson_id": LESSON, "body": "server's",
                        "updated_at": "2026-01-01T00:00:00Z"}}
        s.apply_answer(sent, [{"u": sent[0].uuid, "s": "conflict", "cur": server}], [], 1, False)
        (conflict,) = conflicts.open_conflicts(p.store)
        # The user sees their latest text beside the server's; "second" waits behind
        # the conflict as an op of its own instead of hiding inside the refused one.
        assert conflict.local["body"] == "second" and conflict.server["body"] == "server's"
        assert _pending_bodies(p) == ["second"]
        conflicts.resolve(p.store, conflict.id, conflicts.LOCAL)
        assert study.note(p.store, ME, LESSON) == "second"
        assert _pending_bodies(p) == ["second"]
    finally:
        p.close()


def _mixed_outbox(p: Profile, tmp_path: Path) -> dict[str, str]:
    """Notes, a case (and its thread), its PDF, a second edit behind a sent one, a record in conflict."""
    from tutorclient import cases

    s = ProfileSyncStore(p.store, p.blobs)
    ids = {"first": study.save_note(p.store, ME, "l-1", "one")}
    s.mark_attempted(s.pending_ops(1, set()))  # sent: the next edit of l-1 is an op of its own
    case = cases.new_draft(p.store, ME, "p-1")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 200)
    ids["sha"] = cases.add_attachment(p.store, p.blobs, case, pdf).sha256
    ids["conflicted"] = study.save_note(p.store, ME, "l-2", "two")
    with p.store.write() as db:  # as an answer with a conflict leaves it
        db.execute("UPDATE outbox SET state = 'conflict' WHERE record_id = ?", [ids["conflicted"]])
    study.save_note(p.store, ME, "l-2", "two again")  # waits for the conflict's resolution
    study.save_note(p.store, ME, "l-1", "one again")  # waits for the sent op of l-1
    ids["last"] = study.save_note(p.store, ME, "l-3", "three")
    ids["case"] = case
    return ids


def test_the_ops_to_send_are_the_oldest_sendable_one_per_record(profile_dir: Path,
                                                                tmp_path: Path) -> None:
    p = Profile(profile_dir)
    try:
        ids = _mixed_outbox(p, tmp_path)
        s = ProfileSyncStore(p.store, p.blobs)
        everything = s.pending_ops(100, set())
        assert [(op.kind, op.record_id) for op in everything] == [
            ("notes", ids["first"]), ("cases", ids["case"]), ("threads", everything[2].record_id),
            ("attachments", everything[3].record_id), ("notes", ids["last"])]
        assert everything[0].data and everything[0].data["body"] == "one"
        # An attachment whose bytes are not uploaded yet waits; the limit counts sendable ops.
        waiting = s.pending_ops(100, {ids["sha"]})
        assert [op.kind for op in waiting] == ["notes", "cases", "threads", "notes"]
        assert s.pending_ops(2, {ids["sha"]}) == waiting[:2]
        assert s.pending_ops(1, set()) == everything[:1]
    finally:
        p.close()


def test_choosing_the_next_op_reads_a_page_not_the_whole_outbox(profile_dir: Path) -> None:
    """The engine asks twice per exchange; a long outbox (weeks offline) must not cost more."""
    p = Profile(profile_dir)
    try:
        s = ProfileSyncStore(p.store, p.blobs)

        def work_to_choose_one() -> int:
            steps = [0]

            def tick() -> int:
                steps[0] += 1
                return 0

            p.store.conn.set_progress_handler(tick, 100)  # every 100 SQLite VM steps
            try:
                assert len(s.pending_ops(1, set())) == 1
            finally:
                p.store.conn.set_progress_handler(None, 100)
            return steps[0]

        for n in range(20):
            study.save_note(p.store, ME, f"lesson-{n}", "x")
        short = work_to_choose_one()
        for n in range(20, 600):
            study.save_note(p.store, ME, f"lesson-{n}", "x")
        long = work_to_choose_one()
        assert long < 3 * max(short, 1), (short, long)
    finally:
        p.close()
