"""The Sync panel on a live server through the network simulator: per-stage progress,
cancel, failures explained with what to do, outbox, conflicts, data use, diagnostics."""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from test_app import DEAD_SERVER

from sync.engine import STAGE_BLOBS, STAGE_EXCHANGE, STAGES, Summary
from sync.errors import AuthError, NetworkError, ProtocolVersionError, SyncInterrupted
from tutorclient import discussions
from tutorclient.changes import Changes
from tutorclient.connectivity import DataSettings
from tutorclient.outbox import now_iso
from tutorclient.session import Credentials
from tutorclient.ui.autosync import AutoSync, Timing
from tutorclient.ui.main_window import PAGE_SYNC
from tutorclient.ui.models.outbox import OutboxModel
from tutorclient.ui.views.data_settings import DataSettingsDialog
from tutorclient.ui.views.sync_page import (
    ADVICE_AUTH,
    ADVICE_OFFLINE,
    ADVICE_VERSION,
    CANCELLED,
    StageProgress,
    SyncPage,
)


def open_page(app) -> SyncPage:
    app.start()
    app.window.show_page(PAGE_SYNC)
    page = app.window.pages[PAGE_SYNC]
    assert isinstance(page, SyncPage)
    return page


def test_stages_show_items_and_bytes_mid_sync_and_cancel_keeps_what_arrived(
        qtbot, open_app, profile_dir: Path, netsim, sign_in) -> None:
    sign_in(profile_dir, netsim.url, sync=False)
    netsim.set_profile("2g")
    app = open_app(profile_dir)
    page = open_page(app)
    page.sync_button.click()
    qtbot.waitUntil(lambda: page.stages.states[STAGE_BLOBS] == StageProgress.RUNNING
                    and page.stages.bars[STAGE_BLOBS].value() > 0, timeout=60_000)
    assert page.stages.isVisible() and page.progress.isVisible() and page.cancel_button.isVisible()
    exchange = page.stages.details[STAGE_EXCHANGE].text()
    assert page.stages.states[STAGE_EXCHANGE] == StageProgress.DONE
    assert re.fullmatch(r"Done · \d+ items · \d+ KB", exchange), exchange
    blobs = page.stages.details[STAGE_BLOBS].text()
    assert re.fullmatch(r"\d+ of \d+ · \d+ (bytes|KB) of \d+ KB", blobs), blobs
    assert page.usage_cells["sync"][1].text() == "…"
    # Plain words on the page and in the status bar, never the engine's "blobs".
    assert page.stages.findChild(QLabel, f"stageName_{STAGE_BLOBS}").text() \
        == "Downloading images and files"
    status = app.window.connection_label.text()
    assert "images and files" in status and "blobs" not in status, status

    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        page.cancel_button.click()
    assert isinstance(finished.args[0], SyncInterrupted)
    assert page.result_label.text() == CANCELLED and page.advice_label.isHidden()
    assert page.stages.states[STAGE_BLOBS] == StageProgress.STOPPED
    assert page.stages.details[STAGE_BLOBS].text().startswith("Cancelled · ")
    assert page.usage_cells["sync"][2].text().endswith("KB")  # what this pass received


def _expire(app, _netsim) -> None:
    app.profile.save_credentials(Credentials("expired-token", None))


def _offline(app, _netsim) -> None:
    app.profile.set_setting("server", DEAD_SERVER)


def _old_client(_app, sim) -> None:
    sim.fail_next(1, status=426, body=b'{"error": {"code": "upgrade_required", '
                  b'"message": "This server needs TutorClient 2.0 or later."}}')


@pytest.mark.parametrize(("breakage", "error", "advice", "stopped_in"), [
    (_offline, NetworkError, ADVICE_OFFLINE, STAGE_EXCHANGE),
    (_expire, AuthError, ADVICE_AUTH, None),  # refused before any stage began
    (_old_client, ProtocolVersionError, ADVICE_VERSION, STAGE_EXCHANGE),
], ids=["offline", "auth", "version"])
def test_a_failed_sync_says_what_to_do(qtbot, open_app, profile_dir: Path, netsim,
                                       breakage, error, advice, stopped_in, sign_in) -> None:
    sign_in(profile_dir, netsim.url)
    app = open_app(profile_dir)
    page = open_page(app)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1)
    breakage(app, netsim)
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=60_000) as finished:
        page.sync_button.click()
    assert isinstance(finished.args[0], error)
    assert page.advice_label.isVisible() and page.advice_label.text() == advice
    assert page.result_label.text()  # the plain-language headline
    if stopped_in is None:
        assert page.stages.isHidden()
    else:
        assert page.stages.isVisible()
        assert page.stages.states[stopped_in] == StageProgress.STOPPED
        assert page.stages.details[stopped_in].text() == "Stopped here"
        # The rows read as the pass went: done above the stop, not reached below it.
        here = STAGES.index(stopped_in)
        for stage in STAGES[:here]:
            assert page.stages.states[stage] == StageProgress.DONE, stage
        for stage in STAGES[here + 1:]:
            assert page.stages.states[stage] == StageProgress.SKIPPED, stage
            assert page.stages.details[stage].text() == "Not reached"
    # A reload during the sync may show the row still running; wait for its final result.
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 2 and page.history_model.index(
        0, page.history_model.RESULT).data().startswith("Did not finish"))


def test_outbox_conflicts_and_data_use_are_listed(qtbot, open_app, profile_dir: Path, netsim, sign_in) -> None:
    sign_in(profile_dir, netsim.url)
    app = open_app(profile_dir)
    page = open_page(app)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1)
    assert page.usage_cells["sync"][0].text() == "Last sync"
    today_down = page.usage_cells["today"][2].text()
    assert today_down.endswith("KB") and today_down != "0 bytes"

    store = app.profile.store
    thread_id = store.db.execute("SELECT id FROM threads LIMIT 1").fetchone()[0]

    def write() -> Changes:
        discussions.reply(store, app.ctx.user_id, thread_id, "A reply written offline")
        return Changes.of("posts", outbox=True)

    with qtbot.waitSignal(page.panel_loaded):
        app.ctx.write(page, write)
    assert page.outbox_model.rowCount() == 1
    cell = page.outbox_model.index(0, OutboxModel.WHAT).data()
    assert cell == "Reply or post"
    assert page.outbox_model.index(0, OutboxModel.AGE).data() == "just now"
    assert page.tabs.tabText(1).startswith("Waiting to be sent (1, ")

    with store.write() as db:  # a conflict as the engine records one
        db.execute("INSERT INTO conflicts (outbox_uuid, kind, record_id, local_payload, "
                   "server_record, created_at) VALUES ('u-1', 'notes', 'n-1', '{}', NULL, ?)",
                   [now_iso()])
    app.ctx.hub.notify(Changes(outbox=True))
    qtbot.waitUntil(lambda: page.conflicts_button.isVisible())
    assert page.conflicts_button.text() == "Resolve 1 conflict…"
    with qtbot.waitSignal(page.conflicts_requested):
        page.conflicts_button.click()
    assert page.findChild(QWidget, "conflictDialog") is not None


def test_sync_now_past_the_cap_asks_first(qtbot, open_app, profile_dir: Path, netsim, sign_in) -> None:
    sign_in(profile_dir, netsim.url)
    app = open_app(profile_dir)
    auto = AutoSync(app.ctx, app, timing=Timing(periodic_s=600), use_network_information=False)
    page = open_page(app)
    assert page.autosync is auto
    with qtbot.waitSignal(auto.auto_sync_skipped, timeout=15_000):
        auto.save_settings(DataSettings(daily_cap_mb=0.001))
        auto.start()
    qtbot.waitUntil(lambda: "today's data limit" in page.auto_label.text())
    qtbot.waitUntil(lambda: page.limits_label.text().startswith("Limits: 1 KB a day."))
    with qtbot.waitSignal(page.sync_confirmation_shown) as asked:
        page.sync_button.click()
    box = asked.args[0]
    assert "Today's data limit of 1 KB is used up" in box.text()
    assert not app.ctx.syncing
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        box.findChild(QAbstractButton, "dataLimitSyncAnyway").click()
    assert isinstance(finished.args[0], Summary)
    auto.stop()


def test_export_diagnostics_holds_history_and_versions_and_no_token(
        qtbot, open_app, profile_dir: Path, netsim, tmp_path: Path, sign_in) -> None:
    sign_in(profile_dir, netsim.url)
    app = open_app(profile_dir)
    auto = AutoSync(app.ctx, app, timing=Timing(periodic_s=600), use_network_information=False)
    auto.start()  # collects the recent log lines
    page = open_page(app)
    token = app.profile.credentials().token
    logging.getLogger("tutorclient.test").warning("retry POST /v1/sync Authorization: Bearer %s",
                                                  token)
    page.diagnostics_dir = tmp_path / "support"
    with qtbot.waitSignal(page.diagnostics_exported, timeout=15_000) as exported:
        page.export_button.click()
        assert not page.export_button.isEnabled()  # working, and the window stays usable
    path = exported.args[0]
    assert path.parent == tmp_path / "support" and path.suffix == ".zip"
    assert str(path) in page.diagnostics_label.text()
    opened: list[QUrl] = []

    class Catch(QObject):
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            opened.append(url)

    catch = Catch()
    QDesktopServices.setUrlHandler("file", catch, "open")
    try:
        assert page.diagnostics_note.open_button.isVisible()
        page.diagnostics_note.open_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path / "support"]
    with zipfile.ZipFile(path) as zf:
        texts = {name: zf.read(name).decode() for name in zf.namelist()}
    assert "tutorclient:" in texts["environment.txt"] and "pyside6:" in texts["environment.txt"]
    assert ",ok," in texts["sync_history.csv"]
    assert "retry POST /v1/sync Authorization: [scrubbed]" in texts["log.txt"]
    everything = "\n".join(texts.values())
    assert token not in everything and "Bearer" not in everything
    auto.stop()


def test_every_interactive_widget_of_the_panel_is_named(
        qtbot, open_app, profile_dir: Path, server: str, sign_in) -> None:
    sign_in(profile_dir, server)
    app = open_app(profile_dir)
    page = open_page(app)
    page.edit_settings()
    dialog = page.findChild(DataSettingsDialog)
    assert dialog is not None
    missing = []
    for widget in [page, *page.findChildren(QWidget)]:
        if isinstance(widget, QAbstractButton | QLineEdit | QAbstractItemView | QAbstractSpinBox):
            if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QAbstractSpinBox):
                continue
            if not widget.objectName() or not widget.accessibleName():
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert missing == [], missing
    dialog.daily.setValue(3)
    dialog.findChild(QAbstractButton, "dataSettingsSave").click()
    qtbot.waitUntil(lambda: page.data.settings.daily_cap_mb == 3)
    assert app.profile.setting("data_settings")["daily_cap_mb"] == 3
    assert page.limits_label.text().startswith("Limits: 3.0 MB a day.")


def test_the_panel_models_hold_their_contract(qtmodeltester) -> None:
    from tutorclient.ui.models.sync_history import SyncHistoryModel

    history = SyncHistoryModel()
    history.set_rows([
        {"started_at": "2025-03-01T10:00:00Z", "finished_at": "2025-03-01T10:02:05Z",
         "result": "failed", "pushed": 2, "pulled": 0, "bytes_up": 1500, "bytes_down": 200,
         "conflicts": 0, "blobs": 0, "error": "No connection.", "via": "network"},
        {"started_at": "2025-03-01T11:00:00Z", "finished_at": None, "result": "running",
         "pushed": 0, "pulled": 0, "bytes_up": 0, "bytes_down": 0, "conflicts": 0, "blobs": 0,
         "error": None, "via": "network"},
    ])
    qtmodeltester.check(history)
    assert history.index(0, SyncHistoryModel.DURATION).data() == "2 min 05 s"
    assert history.index(0, SyncHistoryModel.DATA).data() == "2 KB / 200 bytes"
    assert history.index(1, SyncHistoryModel.DATA).data() == ""
    assert history.index(1, SyncHistoryModel.RESULT).data() == "Stopped before finishing"

    outbox = OutboxModel()
    outbox.set_rows([{"seq": 1, "uuid": "u", "kind": "quiz_attempts", "record_id": "r",
                      "action": "put", "state": "pending", "bytes": 2400, "attempts": 2,
                      "error": None, "created_at": "2020-01-01T00:00:00Z"}])
    qtmodeltester.check(outbox)
    assert [outbox.index(0, c).data() for c in range(4)] == [
        "Quiz answers", "2 KB", f"{outbox.index(0, OutboxModel.AGE).data()}", "Waiting (tried 2×)"]
    assert outbox.index(0, OutboxModel.AGE).data().endswith("days")


def test_diagnostics_go_to_documents_and_the_page_says_where(
        qtbot, open_app, profile_dir: Path, server: str, sign_in, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Not into the profile (the demo's is deleted on exit): Documents, named on the page."""
    docs = tmp_path / "user" / "Documents"
    docs.mkdir(parents=True)
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(docs))
    sign_in(profile_dir, server)
    app = open_app(profile_dir)
    page = open_page(app)
    with qtbot.waitSignal(page.diagnostics_exported, timeout=15_000) as exported:
        page.export_button.click()
    path = exported.args[0]
    assert path.parent == docs and path.is_file()
    assert str(path) in page.diagnostics_note.text()
    assert page.diagnostics_note.open_button.isVisible()


def test_the_idle_lock_time_is_a_setting_that_applies_at_once(
        qtbot, open_app, profile_dir: Path, server: str, sign_in) -> None:
    from tutorclient.locking import LOCK_AFTER_SETTING
    from tutorclient.session import Profile

    sign_in(profile_dir, server)
    profile = Profile(profile_dir)
    profile.set_local_password("a shared laptop")  # kept at sign-in in the app
    profile.close()
    app = open_app(profile_dir)
    page = open_page(app)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1)  # the panel's data is in
    watcher = app.profile_lock.window_lock.watcher
    assert watcher.timeout_s == 600  # the default: 10 minutes
    page.edit_settings()
    dialog = page.findChild(DataSettingsDialog)
    assert dialog.lock_minutes.isVisible() and dialog.lock_minutes.value() == 10
    dialog.lock_minutes.setValue(3)
    dialog.accept()
    qtbot.waitUntil(lambda: watcher.timeout_s == 180)  # the running window's lock, now
    qtbot.waitUntil(lambda: app.profile.setting(LOCK_AFTER_SETTING) == 180)
    qtbot.waitUntil(lambda: page.data.lock_after_s == 180)  # re-read from the store
    qtbot.waitUntil(lambda: page.findChild(DataSettingsDialog) is None)  # deleted on close
    page.edit_settings()
    assert page.findChild(DataSettingsDialog).lock_minutes.value() == 3
