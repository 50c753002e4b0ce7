"""Operations against a real store: results on the UI thread, serial writes, change notices."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sync.errors import NetworkError, StorageError
from tutorclient.changes import Changes
from tutorclient.store import Store
from tutorclient.ui.errors import DB_BUSY
from tutorclient.ui.operations import (
    ChangeHub,
    QueryOp,
    WriteOp,
    change_hub,
    parallel_pool,
    serial_pool,
    set_change_hub,
    shutdown,
)


@pytest.fixture
def store(profile_dir: Path):
    store = Store.open(profile_dir)
    yield store
    assert shutdown(store, timeout_ms=10_000), "a lane was still busy at teardown"


@pytest.fixture
def hub(qapp):
    hub = ChangeHub()
    set_change_hub(hub)
    yield hub
    set_change_hub(None)


@pytest.fixture
def view(qtbot) -> QWidget:
    widget = QWidget(objectName="testView")
    widget.setAccessibleName("Test view")
    qtbot.addWidget(widget)
    return widget


def _on_ui_thread() -> bool:
    return QThread.currentThread() == QCoreApplication.instance().thread()


def _add_post(store: Store, body: str) -> Changes:
    with store.write() as db:
        db.execute(
            "INSERT INTO posts (id, local_state, thread_id, author_id, body_md, created_at) "
            "VALUES (?, 'pending', 't1', 'u1', ?, '2024-01-01T00:00:00Z')",
            [str(uuid.uuid4()), body],
        )
    return Changes.of("posts", outbox=True)


def _error_dialogs() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible()
    ]


# -- Changes (core, no Qt) ----------------------------------------------------


def test_changes_merge_touch_and_truth() -> None:
    posts = Changes.of("posts", outbox=True)
    cases = Changes(frozenset({"cases"}), sync_status=True)
    both = posts.merge(cases)
    assert both == Changes.of("posts", "cases", outbox=True, sync_status=True)
    assert posts | cases == both
    assert both.touches("cases") and both.touches("reviews", "posts")
    assert not posts.touches("cases", "reviews")
    assert not Changes.none() and Changes.none() == Changes()
    assert Changes(settings=True) and Changes.of("notes")
    assert Changes.merge_all([posts, Changes.none(), cases]) == both
    with pytest.raises(TypeError):
        Changes("posts")  # would otherwise mean {"p", "o", "s", "t"}
    with pytest.raises(AttributeError):
        posts.outbox = False  # type: ignore[misc]


# -- QueryOp ------------------------------------------------------------------


def test_query_result_arrives_on_ui_thread(qtbot, store, hub, view) -> None:
    store.db.execute("INSERT INTO settings (key, value) VALUES ('theme', 'light')")
    seen: dict[str, object] = {}

    def work() -> str:
        seen["work_thread"] = threading.get_ident()
        seen["work_on_ui"] = _on_ui_thread()
        return store.db.execute("SELECT value FROM settings WHERE key = 'theme'").fetchone()[0]

    def done(value: str) -> None:
        seen["value"] = value
        seen["callback_on_ui"] = _on_ui_thread()
        seen["callback_thread"] = threading.get_ident()

    with qtbot.waitSignal(hub.operation_finished):
        QueryOp(view, work, done).run()
    assert seen["value"] == "light"
    assert seen["callback_on_ui"] is True and seen["callback_thread"] == threading.get_ident()
    assert seen["work_on_ui"] is False and seen["work_thread"] != threading.get_ident()


def test_failing_query_delivers_exception_to_failure(qtbot, store, hub, view) -> None:
    succeeded: list[object] = []
    failed: list[tuple[BaseException, bool]] = []

    def work() -> None:
        raise NetworkError("connect timeout to tutor.example")

    op = QueryOp(view, work, succeeded.append).failure(lambda exc: failed.append((exc, _on_ui_thread())))
    with qtbot.waitSignal(hub.operation_finished):
        op.run()
    assert succeeded == []
    assert len(failed) == 1
    exc, on_ui = failed[0]
    assert isinstance(exc, NetworkError) and on_ui
    assert _error_dialogs() == []  # the caller handled it


def test_unhandled_failure_shows_plain_language(qtbot, store, hub, view) -> None:
    def work() -> None:
        raise sqlite3.OperationalError("database is locked")

    with qtbot.waitSignal(hub.operation_finished):
        QueryOp(view, work, lambda _: None).run()
    qtbot.waitUntil(lambda: len(_error_dialogs()) == 1)
    box = _error_dialogs()[0]
    assert box.text() == DB_BUSY and "sqlite" not in box.text().lower()
    box.close()


def test_operation_runs_only_once(qtbot, store, hub, view) -> None:
    op = QueryOp(view, lambda: 1, lambda _: None)
    with qtbot.waitSignal(hub.operation_finished):
        op.run()
    with pytest.raises(RuntimeError):
        op.run()


def test_parallel_lane_overlaps_but_serial_lane_has_one_thread(qtbot, store, hub, view) -> None:
    # The control for the serial test below: the same probe sees overlap here.
    assert serial_pool().maxThreadCount() == 1 and parallel_pool().maxThreadCount() > 1
    lock = threading.Lock()
    state = {"active": 0, "max": 0, "done": 0}

    def work() -> None:
        with lock:
            state["active"] += 1
            state["max"] = max(state["max"], state["active"])
        time.sleep(0.3)
        with lock:
            state["active"] -= 1

    for _ in range(3):
        QueryOp(view, work, lambda _: state.__setitem__("done", state["done"] + 1)).run()
    qtbot.waitUntil(lambda: state["done"] == 3)
    assert state["max"] >= 2


# -- WriteOp ------------------------------------------------------------------


def test_writes_are_serialised_in_order(qtbot, store, hub, view) -> None:
    store.db.execute("INSERT INTO settings (key, value) VALUES ('counter', '0')")
    lock = threading.Lock()
    state = {"active": 0, "max": 0}
    order: list[int] = []
    finished: list[Changes] = []

    def increment(i: int) -> Changes:
        with lock:
            state["active"] += 1
            state["max"] = max(state["max"], state["active"])
        try:
            with store.write() as db:
                value = int(db.execute("SELECT value FROM settings WHERE key = 'counter'").fetchone()[0])
                time.sleep(0.01)
                db.execute("UPDATE settings SET value = ? WHERE key = 'counter'", [str(value + 1)])
            order.append(i)
            return Changes(settings=True)
        finally:
            with lock:
                state["active"] -= 1

    for i in range(20):
        WriteOp(view, lambda i=i: increment(i), finished.append).run()
    qtbot.waitUntil(lambda: len(finished) == 20)
    assert store.db.execute("SELECT value FROM settings WHERE key = 'counter'").fetchone()[0] == "20"
    assert state["max"] == 1
    assert order == list(range(20))
    assert hub.running == 0


def test_write_announces_its_changes_and_views_choose_to_redraw(qtbot, store, hub, view) -> None:
    redraws = {"posts": 0, "settings": 0}

    def posts_view(changes: Changes) -> None:
        if changes.touches("posts"):
            redraws["posts"] += 1

    def settings_view(changes: Changes) -> None:
        if changes.settings:
            redraws["settings"] += 1

    hub.changed.connect(posts_view)
    hub.changed.connect(settings_view)
    order: list[str] = []
    hub.changed.connect(lambda _: order.append("notice"))

    with qtbot.waitSignal(hub.changed) as blocker:
        WriteOp(view, lambda: _add_post(store, "BP 90/60, what next?"), lambda _: order.append("success")).run()
    assert blocker.args == [Changes.of("posts", outbox=True)]
    qtbot.waitUntil(lambda: order == ["notice", "success"])
    assert redraws == {"posts": 1, "settings": 0}
    assert store.db.execute("SELECT body_md FROM posts").fetchone()[0] == "BP 90/60, what next?"


def test_write_without_changes_sends_no_notice(qtbot, store, hub, view) -> None:
    notices: list[Changes] = []
    hub.changed.connect(notices.append)
    results: list[Changes] = []
    with qtbot.waitSignal(hub.operation_finished):
        WriteOp(view, Changes.none, results.append).run()
    assert results == [Changes.none()] and notices == []


def test_failed_write_rolls_back_and_sends_no_notice(qtbot, store, hub, view) -> None:
    notices: list[Changes] = []
    hub.changed.connect(notices.append)
    failures: list[BaseException] = []

    def work() -> Changes:
        _add_post(store, "half-written")  # commits on its own ...
        with store.write() as db:  # ... this one fails and rolls back
            db.execute("INSERT INTO settings (key, value) VALUES ('draft', 'x')")
            raise StorageError("disk full")

    with qtbot.waitSignal(hub.operation_finished):
        WriteOp(view, work).failure(failures.append).run()
    assert [type(f) for f in failures] == [StorageError]
    assert notices == []
    assert store.db.execute("SELECT count(*) FROM settings WHERE key = 'draft'").fetchone()[0] == 0


def test_write_work_must_return_changes(qtbot, store, hub, view) -> None:
    failures: list[BaseException] = []
    with qtbot.waitSignal(hub.operation_finished):
        WriteOp(view, lambda: None).failure(failures.append).run()  # type: ignore[arg-type,return-value]
    assert len(failures) == 1 and isinstance(failures[0], TypeError)


# -- closed windows, responsiveness, shutdown -----------------------------------


def test_late_result_after_parent_deleted_does_not_crash(qtbot, store, hub) -> None:
    parent = QWidget(objectName="closingWindow")
    parent.setAccessibleName("Closing window")
    gate = threading.Event()
    called: list[str] = []
    notices: list[Changes] = []
    hub.changed.connect(notices.append)

    def slow_write() -> Changes:
        gate.wait(5)
        return _add_post(store, "sent after the window closed")

    def slow_fail() -> None:
        gate.wait(5)
        raise NetworkError("link lost")

    QueryOp(parent, lambda: gate.wait(5), lambda _: called.append("query")).run()
    QueryOp(parent, slow_fail, lambda _: called.append("fail-success")).run()  # default: a dialog
    WriteOp(parent, slow_write, lambda _: called.append("write")).run()
    shiboken6.delete(parent)
    assert not shiboken6.isValid(parent)
    gate.set()
    qtbot.waitUntil(lambda: hub.running == 0)
    assert called == []
    assert _error_dialogs() == []
    # The write still happened, so the other views are still told.
    assert notices == [Changes.of("posts", outbox=True)]


@pytest.mark.parametrize("op_class", [QueryOp, WriteOp])
def test_ui_thread_keeps_ticking_during_a_slow_operation(qtbot, store, hub, view, op_class) -> None:
    ticks: list[float] = []
    timer = QTimer(view, interval=20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))

    def slow() -> Changes:
        time.sleep(1.0)
        return Changes.none()

    finished = []
    timer.start()
    start = time.monotonic()
    op_class(view, slow, finished.append).run()
    ticks.append(time.monotonic())  # run() itself must return at once
    assert ticks[-1] - start < 0.1
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) >= 20
    assert max(gaps) < 0.1, f"UI thread stalled for {max(gaps):.3f}s"


def test_shutdown_waits_for_running_write_then_closes_store(qtbot, profile_dir, hub, view) -> None:
    store = Store.open(profile_dir)

    def slow_write() -> Changes:
        time.sleep(0.3)
        return _add_post(store, "saved before exit")

    WriteOp(view, slow_write).run()
    assert shutdown(store) is True
    with pytest.raises(StorageError):
        store.db  # noqa: B018 - closed
    with Store.open(profile_dir) as reopened:
        assert reopened.db.execute("SELECT count(*) FROM posts").fetchone()[0] == 1
    qtbot.waitUntil(lambda: hub.running == 0)  # the late result is delivered harmlessly


def test_change_hub_accessor_can_be_reset(qapp) -> None:
    set_change_hub(None)
    try:
        default = change_hub()
        assert change_hub() is default
        mine = ChangeHub()
        set_change_hub(mine)
        assert change_hub() is mine
    finally:
        set_change_hub(None)


def test_a_read_asked_after_a_write_sees_it(qtbot, store, hub, view) -> None:
    """Read-your-writes: a view that saves and reads again at once (close a thread,
    reopen it) must not read the store before its own write has landed."""

    def slow_write() -> Changes:
        time.sleep(0.3)  # a write still running when the read is asked for
        return _add_post(store, "saved just now")

    def count() -> int:
        return store.db.execute("SELECT count(*) FROM posts WHERE body_md = 'saved just now'"
                                ).fetchone()[0]

    WriteOp(view, slow_write).run()
    before = time.monotonic()
    with qtbot.waitSignal(hub.operation_finished, check_params_cb=lambda label: label == "count"):
        seen: list[int] = []
        QueryOp(view, count, seen.append, label="count").run()
        assert time.monotonic() - before < 0.1  # the UI thread did not wait
    assert seen == [1]
