"""An edit saved while a sync is running is never lost.

The engine chooses the ops to send and marks them as possibly-sent; an edit
landing in between must not change what the chosen op's UUID means, or the
server keeps the older text while the client believes it is synced.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any

from sync.engine import PendingOp, SyncEngine
from sync.transfer import UploadState
from tutorclient import cases, study
from tutorclient.session import Profile
from tutorclient.syncstore import ProfileSyncStore, upload_state_path


class HookedStore:
    """The real profile store, with a callback run once right after ops are chosen."""

    def __init__(self, inner: ProfileSyncStore, hook: Callable[[], None]):
        self._inner = inner
        self._hook: Callable[[], None] | None = hook

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def _after(self, ops: list[PendingOp]) -> list[PendingOp]:
        if ops and self._hook is not None:
            hook, self._hook = self._hook, None
            hook()
        return ops

    def pending_ops(self, limit: int, waiting_blobs: set[str]) -> list[PendingOp]:
        return self._after(self._inner.pending_ops(limit, waiting_blobs))

    def take_ops(self, limit: int, waiting_blobs: set[str]) -> list[PendingOp]:
        return self._after(self._inner.take_ops(limit, waiting_blobs))


def _lesson(p: Profile, n: int = 0) -> str:
    return p.store.db.execute("SELECT id FROM lessons ORDER BY id LIMIT 1 OFFSET ?",
                              [n]).fetchone()[0]


def _hooked_sync(p: Profile, hook: Callable[[], None]) -> None:
    creds = p.credentials()
    assert creds is not None
    transport = p.transport(creds.token)
    try:
        engine = SyncEngine(HookedStore(ProfileSyncStore(p.store, p.blobs), hook), transport,
                            p.blobs, UploadState(upload_state_path(p.dir)))
        engine.run()
    finally:
        transport.close()


def _pending(p: Profile) -> int:
    return p.store.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]


def test_an_edit_between_choosing_and_sending_ops_reaches_the_server(server, make_client) -> None:
    laptop = make_client("amina", server, device="laptop")
    laptop.sync()
    me, lesson = laptop.user["id"], _lesson(laptop)
    study.save_note(laptop.store, me, lesson, "first")

    _hooked_sync(laptop, lambda: study.save_note(laptop.store, me, lesson, "second"))

    # "second" was not part of what went up: it must still be waiting, not "synced".
    note_id = study.per_lesson_id("notes", me, lesson)
    state = laptop.store.db.execute("SELECT local_state FROM notes WHERE id = ?",
                                    [note_id]).fetchone()[0]
    assert study.note(laptop.store, me, lesson) == "second"
    assert state == "pending" and _pending(laptop) == 1
    laptop.sync()
    assert _pending(laptop) == 0

    other = make_client("amina", server, device="clinic")
    other.sync()
    assert study.note(other.store, me, lesson) == "second"


def test_a_draft_edit_between_choosing_and_sending_ops_reaches_the_server(server,
                                                                          make_client) -> None:
    laptop = make_client("amina", server, device="laptop")
    laptop.sync()
    me = laptop.user["id"]
    partnership = laptop.user["partnerships"][0]
    case_id = cases.new_draft(laptop.store, me, partnership, "emergency")
    cases.save_draft(laptop.store, case_id, {"title": "Chest pain", "history": "one"})

    _hooked_sync(laptop, lambda: cases.save_draft(laptop.store, case_id, {"history": "two"}))
    laptop.sync()

    other = make_client("amina", server, device="clinic")
    other.sync()
    row = other.store.db.execute("SELECT title, history FROM cases WHERE id = ?",
                                 [case_id]).fetchone()
    assert tuple(row) == ("Chest pain", "two")


def test_edits_during_200_syncs_all_reach_the_server(server, make_client) -> None:
    """A writer thread autosaves notes and a draft while the main thread syncs 200 times."""
    laptop = make_client("amina", server, device="laptop")
    laptop.sync()
    me = laptop.user["id"]
    lessons = [_lesson(laptop, n) for n in range(4)]
    case_id = cases.new_draft(laptop.store, me, laptop.user["partnerships"][0], "emergency")
    cases.save_draft(laptop.store, case_id, {"title": "Autosaved while syncing"})
    laptop.sync()
    stop = threading.Event()
    errors: list[BaseException] = []
    last: dict[str, str] = {}
    rng = random.Random(7)

    def writer() -> None:
        n = 0
        try:
            while not stop.is_set():
                n += 1
                target = rng.randrange(len(lessons) + 1)
                if target == len(lessons):
                    text = f"history draft {n}"
                    cases.save_draft(laptop.store, case_id, {"history": text})
                    last["draft"] = text
                else:
                    text = f"note {target} edit {n}"
                    study.save_note(laptop.store, me, lessons[target], text)
                    last[lessons[target]] = text
                time.sleep(rng.random() * 0.004)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            laptop.store.close_thread_connection()

    thread = threading.Thread(target=writer)
    thread.start()
    started = time.monotonic()
    try:
        for _ in range(200):
            laptop.sync()
    finally:
        stop.set()
        thread.join(timeout=10)
    elapsed = time.monotonic() - started
    assert not errors
    laptop.sync()
    assert _pending(laptop) == 0

    other = make_client("amina", server, device="clinic")
    other.sync()
    for lesson in lessons:
        if lesson in last:
            assert study.note(other.store, me, lesson) == last[lesson]
            assert study.note(laptop.store, me, lesson) == last[lesson]
    history = other.store.db.execute("SELECT history FROM cases WHERE id = ?",
                                     [case_id]).fetchone()[0]
    assert history == last.get("draft", "")
    print(f"200 syncs with a concurrent writer: {elapsed:.1f} s")
