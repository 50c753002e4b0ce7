"""The Sync page: Sync now with progress, Cancel, offline, and the history, on a live server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from test_app import DEAD_SERVER, set_server

from sync.engine import Summary
from sync.errors import NetworkError, SyncInterrupted
from tutorclient.ui.context import OFFLINE, SYNCING
from tutorclient.ui.errors import OFFLINE_SYNC
from tutorclient.ui.main_window import PAGE_SYNC
from tutorclient.ui.views.sync_page import CANCELLED, SyncHistoryModel


def sync_page_of(app):
    app.window.show_page(PAGE_SYNC)
    return app.window.pages[PAGE_SYNC]


def history_cell(page, row: int, column: int) -> str:
    return page.history_model.index(row, column, QModelIndex()).data()


def test_sync_now_shows_progress_then_the_result_and_history(
        qtbot, open_app, synced_profile: Path) -> None:
    app = open_app(synced_profile)
    app.start()
    page = sync_page_of(app)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1)  # the sync done before
    assert page.last_sync_label.text().startswith("Last successful sync: today")
    assert page.pending_label.text() == "All your work has been sent."
    assert not page.cancel_button.isVisible()

    started = []
    app.ctx.sync_state_changed.connect(
        lambda state: started.append((state.connection, page.cancel_button.isVisible(),
                                      page.sync_button.isEnabled())))
    # Sync now first checks the data settings (off the UI thread), then starts.
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        page.sync_button.click()
    assert (SYNCING, True, False) in started  # progress and Cancel showed while it ran
    assert isinstance(finished.args[0], Summary)
    assert page.result_label.text().startswith("Sync finished: sent 0, received")
    assert page.sync_button.isEnabled() and not page.progress.isVisible()
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 2)
    assert history_cell(page, 0, SyncHistoryModel.RESULT) == "Finished"


def test_cancel_stops_the_sync_and_says_nothing_is_lost(
        qtbot, open_app, profile_dir: Path, netsim, sign_in) -> None:
    sign_in(profile_dir, netsim.url, sync=False)
    netsim.set_profile("2g")  # ~100 KB of demo content takes many seconds at 64 kbit/s
    app = open_app(profile_dir)
    app.start()
    page = sync_page_of(app)
    page.sync_button.click()
    qtbot.waitUntil(lambda: app.ctx.state.progress is not None)  # the engine is running
    assert page.stage_label.text()
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        page.cancel_button.click()
        assert not page.cancel_button.isEnabled()
        assert page.stage_label.text() == "Stopping at a safe point…"
    assert isinstance(finished.args[0], SyncInterrupted)
    assert page.result_label.text() == CANCELLED
    assert app.ctx.state.connection != SYNCING
    assert page.sync_button.isEnabled()
    qtbot.waitUntil(lambda: page.history_model.rowCount() >= 1
                    and history_cell(page, 0, SyncHistoryModel.RESULT) == "Cancelled")


def test_sync_while_offline_says_nothing_was_lost(qtbot, open_app, synced_profile: Path) -> None:
    set_server(synced_profile, DEAD_SERVER)
    app = open_app(synced_profile)
    app.start()
    page = sync_page_of(app)
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        page.sync_button.click()
    assert isinstance(finished.args[0], NetworkError)
    assert page.result_label.text() == OFFLINE_SYNC
    assert app.ctx.state.connection == OFFLINE
    assert "Offline" in app.window.connection_label.text()
    qtbot.waitUntil(lambda: history_cell(page, 0, SyncHistoryModel.RESULT) is not None
                    and history_cell(page, 0, SyncHistoryModel.RESULT).startswith("Did not finish"))


def test_a_pass_that_just_finished_is_never_shown_as_stopped(
        qtbot, open_app, profile_dir: Path, netsim, sign_in) -> None:
    """The history row read while the pass ran says 'running'; when the pass ends,
    until the re-read arrives, that row must not read "Stopped before finishing"."""
    sign_in(profile_dir, netsim.url, sync=False)
    netsim.set_profile("2g")  # slow enough that the page reads the history mid-pass
    app = open_app(profile_dir)
    app.start()
    page = sync_page_of(app)
    page.sync_button.click()
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1
                    and history_cell(page, 0, SyncHistoryModel.RESULT) == "In progress",
                    timeout=20_000)
    shown_at_end: list[str] = []
    # Connected after the page's own handler: runs once the page has redrawn for the end.
    app.ctx.sync_finished.connect(
        lambda _o: shown_at_end.append(history_cell(page, 0, SyncHistoryModel.RESULT)))
    netsim.set_profile("none")
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=60_000) as finished:
        pass
    assert isinstance(finished.args[0], Summary), finished.args[0]
    assert shown_at_end and shown_at_end[0] != "Stopped before finishing", shown_at_end
    qtbot.waitUntil(lambda: history_cell(page, 0, SyncHistoryModel.RESULT) == "Finished")


def test_last_successful_sync_names_the_good_pass_not_the_failed_one(
        qtbot, open_app, synced_profile: Path) -> None:
    """The label's time is the good pass's row in Recent syncs, never the failed pass's.

    A long pass that ended a moment before a failed one began used to show its end
    time, which read as the failed pass's start time in the history below it.
    """
    import sqlite3
    import time

    from tutorclient.clock import now_iso

    db = sqlite3.connect(synced_profile / "profile.db")
    with db:  # a 2G pass: started long ago, ended just now
        db.execute("UPDATE sync_history SET started_at = '2026-01-03T07:59:00Z', "
                   "finished_at = ?", [now_iso()])
    db.close()
    set_server(synced_profile, DEAD_SERVER)
    app = open_app(synced_profile)
    app.start()
    page = sync_page_of(app)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1)
    started = time.monotonic()
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        page.sync_button.click()
    assert time.monotonic() - started < 1.5  # a refused connection fails fast
    assert isinstance(finished.args[0], NetworkError)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 2)
    assert history_cell(page, 0, SyncHistoryModel.RESULT).startswith("Did not finish")
    assert history_cell(page, 1, SyncHistoryModel.RESULT) == "Finished"
    good = history_cell(page, 1, SyncHistoryModel.WHEN)
    qtbot.waitUntil(lambda: page.last_sync_label.text() == f"Last successful sync: {good}")
    assert history_cell(page, 0, SyncHistoryModel.WHEN) not in page.last_sync_label.text()
