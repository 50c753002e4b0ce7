"""Sync passes take part in the read-your-writes order (operations.py's docstring).

A real signed-in profile syncs with the real server on loopback; reads run as
the views run them, as QueryOps on the parallel lane.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from pathlib import Path

import pytest

from tutorclient.changes import Changes
from tutorclient.store import db as store_db
from tutorclient.ui.context import AppContext
from tutorclient.ui.models.sync_history import load_history
from tutorclient.ui.operations import QueryOp, SyncOp, WriteOp


def _thread_writing() -> bool:
    """Whether some thread is inside ``Store.write`` (here: waiting for SQLite's lock)."""
    for frame in sys._current_frames().values():  # noqa: SLF001 - where each thread is
        while frame is not None:
            code = frame.f_code
            if code.co_name == "write" and Path(code.co_filename) == Path(store_db.__file__):
                return True
            frame = frame.f_back
    return False


@pytest.fixture
def other_writer(ctx: AppContext):
    """Another connection to the profile (the CLI, a backup tool) holding the write lock."""
    conn = sqlite3.connect(ctx.store.path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def test_a_read_started_after_a_sync_write_began_sees_it(qtbot, ctx: AppContext,
                                                          other_writer) -> None:
    """The Sync page re-reads its history when a pass starts: the pass's own row must be
    there, even when its write was held up (SQLite busy) at the moment of the read."""
    passes_before = len(load_history(ctx.store, limit=1000))
    finished: list[object] = []
    ctx.sync_finished.connect(finished.append)
    assert ctx.start_sync()
    # The pass's first write (its history row) waits for the other writer's lock.
    qtbot.waitUntil(_thread_writing, timeout=10_000)

    seen: list[list[dict]] = []
    QueryOp(ctx, lambda: load_history(ctx.store, limit=1000), seen.append,
            label="history").run()
    qtbot.wait(300)  # time enough for a read that does not wait to be done
    other_writer.execute("COMMIT")

    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    assert len(seen[0]) == passes_before + 1, "the read missed the sync's write"
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)


def test_a_read_during_a_syncs_network_wait_does_not_wait_for_it(qtbot, ctx: AppContext) -> None:
    """A read waits only for the writes begun before it: a trainee browsing while a
    pass waits on a 2G link sees pages at once, with what the pass already wrote."""
    answered = threading.Event()

    def exchange() -> None:
        ctx.profile.set_setting("test_pulled", "first page")  # applied before the wait
        answered.wait(20)  # the server's next answer is slow in coming
        ctx.profile.set_setting("test_pulled", "second page")

    done: list[object] = []
    SyncOp(ctx, exchange, done.append, label="slow pass").run()
    qtbot.waitUntil(lambda: ctx.store.conn.execute(
        "SELECT 1 FROM settings WHERE key = 'test_pulled'").fetchone() is not None)
    try:
        seen: list[object] = []
        started = time.monotonic()
        QueryOp(ctx, lambda: ctx.profile.setting("test_pulled"), seen.append,
                label="read").run()
        qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
        assert time.monotonic() - started < 2.0
        assert seen == ["first page"]
    finally:
        answered.set()
    qtbot.waitUntil(lambda: bool(done))
    later: list[object] = []
    QueryOp(ctx, lambda: ctx.profile.setting("test_pulled"), later.append).run()
    qtbot.waitUntil(lambda: bool(later))
    assert later == ["second page"]


def test_a_sync_started_after_a_save_sends_it(qtbot, ctx: AppContext) -> None:
    """Sync now right after a save: the pass starts once the save is in the outbox."""
    saving = threading.Event()

    def slow_save() -> Changes:
        saving.wait(5)  # a save still running when the pass is asked for
        ctx.profile.set_setting("test_saved", True)
        return Changes.of(settings=True)

    WriteOp(ctx, slow_save).run()
    seen: list[object] = []
    SyncOp(ctx, lambda: ctx.profile.setting("test_saved"), seen.append).run()
    qtbot.wait(200)
    saving.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [True]


def test_a_query_that_writes_is_reported(qtbot, ctx: AppContext, caplog) -> None:
    """QueryOp is for reads: a write from one is outside the order, and logged as a defect."""
    done: list[object] = []
    QueryOp(ctx, lambda: ctx.profile.set_setting("test_stray", 1), done.append,
            label="stray write").run()
    qtbot.waitUntil(lambda: bool(done))
    assert any("QueryOp wrote to the store: stray write" in r.getMessage()
               for r in caplog.records if r.levelname == "ERROR")
