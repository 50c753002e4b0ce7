"""The Sync panel: what syncing is doing, what it costs, what waits, and what went wrong.

* Sync now / Cancel, and a progress bar **per stage** (files up, exchange, updates,
  files down) with items and bytes.
* Data used up and down for this sync, today and this month, against the profile's
  limits (Data settings…), and what automatic sync (``AutoSync``) is about to do.
* The outbox (what waits to be sent: what, how big, how old), open conflicts with
  a button to resolve them, large files that wait for a go-ahead.
* The last result in plain language with **what to do about it**, and the history.
* Export diagnostics: a scrubbed zip for support, written on a lane.
* USB bundles: Import from USB… and Export to USB… (views/bundles_panel.py).

Everything redraws from ``ctx.sync_state_changed``, ``AutoSync.status_changed`` and
change notices; the panel's data is read on the parallel lane.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sync.engine import STAGES, Options, Progress, Summary
from sync.errors import (
    AuthError,
    BadDataError,
    NetworkError,
    ProtocolVersionError,
    StorageError,
    SyncInterrupted,
    TutorClientError,
)
from tutorclient import connectivity, diagnostics, locking
from tutorclient.changes import Changes
from tutorclient.connectivity import DataSettings, Plan, Usage, mb_text
from tutorclient.outbox import entries as outbox_entries
from tutorclient.outbox import large_uploads, waiting_files
from tutorclient.paths import start_folder

from ..autosync import autosync_for
from ..context import SYNCING, AppContext, SyncState
from ..errors import describe
from ..main_window import when
from ..models.outbox import OutboxModel
from ..models.sync_history import SyncHistoryModel, load_history, size_text
from ..widgets import named
from .bundles_panel import BundleButtons
from .data_settings import DataSettingsDialog
from .file_note import FileNote
from .plurals import clock_text, english_plural, ltr, num_text
from .sync_stages import STAGE_TEXT, StageProgress, attachments_text, label, progress_text

# English source texts (marked for lupdate); shown through tr() in the user's language.
CANCELLED = QT_TRANSLATE_NOOP(
    "SyncPage", "Sync cancelled. Everything received so far is kept; the next sync continues "
    "where this one stopped.")
ADVICE_OFFLINE = QT_TRANSLATE_NOOP(
    "SyncPage", "What to do: check that the clinic's internet works: is the modem switched on, "
    "and does it have airtime or data credit left? Then press Sync now, or wait: TutorClient "
    "tries again by itself. Your work is saved on this computer.")
PORTAL = QT_TRANSLATE_NOOP(
    "SyncPage", "The connection leads to a Wi-Fi sign-in page, not to the server: open a web "
    "browser, sign in to the Wi-Fi there, then press Check now.")
SERVER_TROUBLE = QT_TRANSLATE_NOOP(
    "SyncPage", "The server answers but has a problem. TutorClient tries again later; if it lasts "
    "more than a day, tell your coordinator.")
ADVICE_AUTH = QT_TRANSLATE_NOOP(
    "SyncPage", "What to do: sign in again; your session has ended. Your work is kept.")
ADVICE_VERSION = QT_TRANSLATE_NOOP(
    "SyncPage", "What to do: the server needs a newer TutorClient. Ask your coordinator for the "
    "update file and install it; your work is kept.")
ADVICE_STORAGE = QT_TRANSLATE_NOOP(
    "SyncPage", "What to do: free some space on this computer's disk, then press Sync now.")
ADVICE_DATA = QT_TRANSLATE_NOOP(
    "SyncPage", "What to do: nothing now; damaged data is fetched again at the next sync. If this "
    "keeps happening, press Export diagnostics and send the file to your coordinator.")
ADVICE_DROPPED = QT_TRANSLATE_NOOP(
    "SyncPage", "What to do: press Sync now to continue where it stopped; nothing was lost.")
ADVICE_SERVER = QT_TRANSLATE_NOOP(
    "SyncPage", "What to do: the server had a problem. Try again later; if it lasts more than a "
    "day, press Export diagnostics and send the file to your coordinator.")
ADVICE_OTHER = QT_TRANSLATE_NOOP(
    "SyncPage", "What to do: press Export diagnostics and send the file to your coordinator. "
    "Your work is saved on this computer.")


def sync_advice(exc: BaseException) -> str:
    """What a trainee or coordinator can do about a failed sync, in the user's language."""
    return QCoreApplication.translate("SyncPage", _advice(exc))


def _advice(exc: BaseException) -> str:
    if isinstance(exc, AuthError):
        return ADVICE_AUTH
    if isinstance(exc, ProtocolVersionError):
        return ADVICE_VERSION
    if isinstance(exc, SyncInterrupted):
        return ADVICE_DROPPED
    if isinstance(exc, NetworkError | ConnectionError | TimeoutError):
        return ADVICE_OFFLINE
    if isinstance(exc, StorageError):
        return ADVICE_STORAGE
    if isinstance(exc, BadDataError):
        return ADVICE_DATA
    if isinstance(exc, TutorClientError) and getattr(exc, "status", 0) >= 500:
        return ADVICE_SERVER
    return ADVICE_OTHER


@dataclass
class PanelData:
    """Everything the panel reads from the store, in one lane trip."""

    history: list[dict[str, Any]] = field(default_factory=list)
    outbox: list[dict[str, Any]] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    settings: DataSettings = field(default_factory=DataSettings)
    large: list[tuple[str, int]] = field(default_factory=list)
    uploads: tuple[int, int] = (0, 0)  # attachments not uploaded yet: count, bytes
    large_up: list[tuple[str, int]] = field(default_factory=list)  # of those, over ask_over
    lock_after_s: int = locking.DEFAULT_LOCK_AFTER_S  # idle seconds before the screen locks


def load_panel(ctx: AppContext) -> PanelData:
    """Runs on a lane."""
    store, blobs = ctx.store, ctx.blobs
    settings = connectivity.load_data_settings(store)
    large = connectivity.large_wanted_blobs(store, blobs, settings.ask_over) \
        if settings.ask_over else []
    large_up = large_uploads(store.db, settings.ask_over) if settings.ask_over else []
    return PanelData(load_history(store), outbox_entries(store.db), connectivity.usage(store),
                     settings, large, waiting_files(store.db), large_up,
                     locking.lock_after_seconds(ctx.profile))


# -- the panel ---------------------------------------------------------------------------


def _table(object_name: str, accessible: str, model: Any, stretch: int) -> QTableView:
    table = named(QTableView(), object_name, accessible)
    table.setModel(model)
    table.verticalHeader().hide()
    named(table.verticalHeader(), f"{object_name}RowHeader", QCoreApplication.translate("SyncPage", "Rows"))
    named(table.horizontalHeader(), f"{object_name}Header", QCoreApplication.translate("SyncPage", "Columns"))
    table.setSelectionMode(QTableView.SelectionMode.NoSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class SyncPage(QWidget):
    """Sync now and Cancel, per-stage progress, data use, outbox, conflicts, results, history."""

    history_loaded = Signal(int)  # rows shown
    panel_loaded = Signal()
    conflicts_requested = Signal()  # the conflict dialog was opened from here
    diagnostics_exported = Signal(object)  # Path of the zip
    sync_confirmation_shown = Signal(object)  # the QMessageBox asking before a pass over a cap

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        named(self, "syncPage", self.tr("Sync"))
        self.autosync: Any = None
        self.diagnostics_dir: Path | None = None  # None: the user's Documents folder
        self.data = PanelData()
        self._cancel_requested = False
        self._was_syncing = False
        self._saw_progress = False
        self._last_outcome: Summary | None = None
        self._ran_this_session = False
        self._allow_large_next = False
        self._build()
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel)
        self.check_button.clicked.connect(self.check_now)
        self.settings_button.clicked.connect(self.edit_settings)
        self.conflicts_button.clicked.connect(self.resolve_conflicts)
        self.large_button.clicked.connect(self.download_large)
        self.export_button.clicked.connect(lambda: self.export_diagnostics())
        self.export_to_button.clicked.connect(self.export_diagnostics_to)
        ctx.sync_state_changed.connect(self.show_state)
        ctx.sync_finished.connect(self._finished)
        ctx.hub.changed.connect(self._changed)
        self.show_state(ctx.state)
        found = autosync_for(ctx)
        if found is not None:
            self.attach_autosync(found)
        self.refresh()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        title = label("syncTitle", self.tr("Sync"), self.tr("Sync"), wrap=False)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.export_button = named(QPushButton(self.tr("Export diagnostics")), "exportDiagnosticsButton",
                                    self.tr("Export diagnostics"))
        self.export_button.setToolTip(self.tr("Save a file for support: logs, versions, settings and "
                                      "sync history. It contains no passwords or sign-in tokens."))
        self.export_to_button = named(QPushButton(self.tr("Save to…")), "exportDiagnosticsToButton",
                                       self.tr("Export diagnostics to a folder"))
        self.bundles = BundleButtons(self.ctx)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.bundles)
        top.addSpacing(12)
        top.addWidget(self.export_button)
        top.addWidget(self.export_to_button)

        self.last_sync_label = label("syncLastSync", self.tr("Last successful sync"))
        self.pending_label = label("syncPending", self.tr("Waiting to be sent"))
        self.uploads_label = label("syncUploadsWaiting", self.tr("Attachments waiting to be sent"))
        self.uploads_label.hide()
        self.auto_label = label("autoSyncState", self.tr("Automatic sync"))
        self.auto_label.setTextFormat(Qt.TextFormat.PlainText)
        self.check_button = named(QPushButton(self.tr("Check now")), "checkConnectionButton",
                                   self.tr("Check the connection now"))
        self.check_button.hide()
        auto_row = QHBoxLayout()
        auto_row.addWidget(self.auto_label, 1)
        auto_row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)

        self.sync_button = named(QPushButton(self.tr("Sync now")), "syncNowButton", self.tr("Sync now"))
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelSyncButton", self.tr("Cancel sync"))
        self.text_only = named(QCheckBox(self.tr("Text only this time (skip images and files)")),
                                "textOnlyCheck", self.tr("Text only this time"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.text_only)
        buttons.addStretch(1)

        self.progress = named(QProgressBar(textVisible=False), "syncPageProgress", self.tr("Sync progress"))
        self.progress.setFixedHeight(6)
        self.stages = StageProgress()
        self.stages.hide()
        self.stage_label = label("syncStage", self.tr("Sync progress"))
        self.result_label = label("syncResult", self.tr("Last sync result"))
        self.result_label.setStyleSheet("font-weight: bold;")
        self.advice_label = label("syncAdvice", self.tr("What to do"))
        self.conflicts_button = named(QPushButton(), "resolveConflictsButton", self.tr("Resolve conflicts"))
        self.large_button = named(QPushButton(), "downloadLargeButton", self.tr("Download large files"))
        actions = QHBoxLayout()
        actions.addWidget(self.conflicts_button)
        actions.addWidget(self.large_button)
        actions.addStretch(1)

        left = QVBoxLayout()
        left.setSpacing(6)
        for widget in (self.last_sync_label, self.pending_label, self.uploads_label):
            left.addWidget(widget)
        left.addLayout(auto_row)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.stages)
        left.addWidget(self.stage_label)
        left.addWidget(self.result_label)
        left.addWidget(self.advice_label)
        left.addLayout(actions)
        left.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 3)
        columns.addWidget(self._build_usage(), 2, Qt.AlignmentFlag.AlignTop)

        self.outbox_model = OutboxModel(self)
        self.outbox_table = _table("outboxTable", self.tr("Waiting to be sent"), self.outbox_model,
                                   OutboxModel.WHAT)
        self.history_model = SyncHistoryModel(self)
        self.history = _table("syncHistory", self.tr("Recent syncs"), self.history_model,
                              SyncHistoryModel.RESULT)
        self.tabs = named(QTabWidget(), "syncTabs", self.tr("Outbox and history"))
        named(self.tabs.tabBar(), "syncTabBar", self.tr("Outbox and history"))
        self.tabs.addTab(self.history, self.tr("Recent syncs"))
        self.tabs.addTab(self.outbox_table, self.tr("Waiting to be sent"))
        self.diagnostics_note = FileNote("diagnosticsResult", self.tr("Diagnostics file"))
        self.diagnostics_label = self.diagnostics_note.label

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.diagnostics_note)
        layout.addLayout(columns)
        layout.addWidget(self.tabs, 1)
        self.result_label.hide()
        self.advice_label.hide()
        self.conflicts_button.hide()
        self.large_button.hide()

    def _build_usage(self) -> QFrame:
        box = named(QFrame(), "dataUse", self.tr("Data used"))
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setVerticalSpacing(3)
        head = label("dataUseTitle", self.tr("Data used"), self.tr("<b>Data used</b>"), wrap=False)
        grid.addWidget(head, 0, 0)
        for col, text in ((1, self.tr("Sent ↑")), (2, self.tr("Received ↓"))):
            grid.addWidget(label(f"dataUseHead{col}", text, text, wrap=False), 0, col,
                           Qt.AlignmentFlag.AlignTrailing)
        self.usage_cells: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, (key, text) in enumerate((("sync", self.tr("This sync")), ("today", self.tr("Today")),
                                           ("month", self.tr("This month"))), start=1):
            name = label(f"usage_{key}", text, text, wrap=False)
            up = label(f"usage_{key}_up", self.tr("{period}: sent").format(period=text), "–", wrap=False)
            down = label(f"usage_{key}_down", self.tr("{period}: received").format(period=text), "–",
                         wrap=False)
            grid.addWidget(name, row, 0)
            grid.addWidget(up, row, 1, Qt.AlignmentFlag.AlignTrailing)
            grid.addWidget(down, row, 2, Qt.AlignmentFlag.AlignTrailing)
            self.usage_cells[key] = (name, up, down)
        self.limits_label = label("dataLimits", self.tr("Data limits"))
        grid.addWidget(self.limits_label, 4, 0, 1, 3)
        self.settings_button = named(QPushButton(self.tr("Data settings…")), "dataSettingsButton",
                                      self.tr("Data settings"))
        grid.addWidget(self.settings_button, 5, 0, 1, 3, Qt.AlignmentFlag.AlignLeading)
        box.setMaximumWidth(460)
        return box

    # -- automatic sync ---------------------------------------------------------------------

    def attach_autosync(self, autosync: Any) -> None:
        """Show what ``autosync`` does, and plan Sync now with its data rules."""
        self.autosync = autosync
        autosync.status_changed.connect(self._auto_status)
        self._auto_status(autosync.status)

    @Slot(object)
    def _auto_status(self, status: Any) -> None:
        lines: list[str] = []
        offline = status.reachable is False
        if status.paused:
            lines.append(status.paused)
        elif not status.running:
            lines.append(self.tr("Automatic sync is not running."))
        elif offline:
            text = self.tr({connectivity.NOT_OUR_SERVER: PORTAL,
                            connectivity.SERVER_TROUBLE: SERVER_TROUBLE}.get(
                status.probe_reason, QT_TRANSLATE_NOOP("SyncPage", "Offline: the server cannot be reached.")))
            if status.next_probe_at is not None:
                text += " " + self.tr("TutorClient checks again at {time}.").format(
                    time=self._clock(status.next_probe_at))
            lines.append(text)
        elif status.reachable:
            text = self.tr("Online.")
            if status.next_sync_at is not None:
                text += " " + self.tr("Next automatic sync at {time}.").format(
                    time=self._clock(status.next_sync_at))
            lines.append(text)
        else:
            lines.append(self.tr("Checking the connection…"))
        if status.metered or status.settings.always_metered:
            lines.append(self.tr("Metered connection: images and files are allowed.")
                         if status.settings.files_on_metered
                         else self.tr("Metered connection: text only."))
        lines.extend(n for n in status.notes if not n.startswith("Text only"))
        self.auto_label.setText(" ".join(lines))
        self.check_button.setVisible(status.running and offline and not self.ctx.syncing)
        self._show_usage()

    @staticmethod
    def _clock(monotonic_at: float) -> str:
        moment = datetime.now() + timedelta(seconds=max(0.0, monotonic_at - time.monotonic()))
        return clock_text(moment)

    @Slot()
    def check_now(self) -> None:
        if self.autosync is not None:
            self.auto_label.setText(self.tr("Checking the connection…"))
            self.autosync.check_now()

    # -- actions ----------------------------------------------------------------------------

    @Slot()
    def sync_now(self) -> None:
        self._cancel_requested = False
        if self.autosync is None:
            self._start(Options(text_only=self.text_only.isChecked()))
            return
        allow_large, self._allow_large_next = self._allow_large_next, False
        self.sync_button.setEnabled(False)  # until the plan is back
        self.autosync.plan_manual(self._manual_planned, allow_large=allow_large)

    def _manual_planned(self, plan: Plan) -> None:
        self.sync_button.setEnabled(not self.ctx.syncing)
        options = plan.options or Options()
        if self.text_only.isChecked():
            options = replace(options, text_only=True)
        if not plan.over_cap:
            self._start(options)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Data limit reached"),
                          self.tr("{reason} Sync anyway? This sync uses more paid data.")
                          .format(reason=plan.reason),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        named(box, "dataLimitDialog", self.tr("Data limit reached"))
        named(box.button(QMessageBox.StandardButton.Yes), "dataLimitSyncAnyway", self.tr("Sync anyway"))
        named(box.button(QMessageBox.StandardButton.No), "dataLimitNotNow", self.tr("Not now"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._start(options))
        box.open()
        self.sync_confirmation_shown.emit(box)

    def _start(self, options: Options) -> None:
        self.result_label.hide()
        self.advice_label.hide()
        self.ctx.start_sync(options)

    @Slot()
    def cancel(self) -> None:
        self._cancel_requested = True
        self.cancel_button.setEnabled(False)
        self.stage_label.setText(self.tr("Stopping at a safe point…"))
        self.ctx.cancel_sync()

    @Slot()
    def resolve_conflicts(self) -> None:
        """Open the conflict dialog (one at a time); ``conflicts_requested`` tells the app."""
        self.conflicts_requested.emit()
        from .conflict_dialog import ConflictDialog

        dialog = self.findChild(ConflictDialog)
        if dialog is None or not dialog.isVisible():
            dialog = ConflictDialog(self.ctx, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.raise_()

    @Slot()
    def download_large(self) -> None:
        files = self.data.large + self.data.large_up
        n, total = len(files), sum(size for _sha, size in files)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Download large files"),
                          self.tr("{what} now? On a paid connection this costs data.").format(
                              what=self._large_text(n, total)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        named(box, "largeFilesDialog", self.tr("Download large files"))
        named(box.button(QMessageBox.StandardButton.Yes), "largeFilesYes", self.tr("Download"))
        named(box.button(QMessageBox.StandardButton.No), "largeFilesNo", self.tr("Not now"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def go() -> None:
            self._allow_large_next = True
            self.sync_now()

        box.accepted.connect(go)
        box.open()

    def _large_text(self, n: int, size: int) -> str:
        """"Download 2 large files (31.0 MB)"; "Send …" or "Send and download …" for uploads."""
        if self.data.large_up and self.data.large:
            text = self.tr("Send and download %n large file(s) ({size})", "", n)
        elif self.data.large_up:
            text = self.tr("Send %n large file(s) ({size})", "", n)
        else:
            text = self.tr("Download %n large file(s) ({size})", "", n)
        return english_plural(text, n).format(size=ltr(mb_text(size)))

    @Slot()
    def edit_settings(self) -> None:
        dialog = DataSettingsDialog(self.data.settings, self, lock_after_s=self.data.lock_after_s)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._save_settings)
        # Written on the lane; the profile's lock applies a new time at once (profile_lock.py).
        dialog.lock_saved.connect(lambda s: self.ctx.set_setting(locking.LOCK_AFTER_SETTING, s))
        dialog.open()

    def _save_settings(self, settings: DataSettings) -> None:
        if self.autosync is not None:
            self.autosync.save_settings(settings)
            return
        store = self.ctx.store

        def work() -> Changes:
            connectivity.save_data_settings(store, settings)
            return Changes.of(settings=True)

        self.ctx.write(self, work, context="settings")

    # -- diagnostics ------------------------------------------------------------------------

    def export_diagnostics(self, folder: Path | str | None = None) -> None:
        """Write the support zip on the lane; the label then says where it is."""
        profile = self.ctx.profile
        dest = Path(folder) if folder else self.diagnostics_dir
        status = getattr(self.autosync, "status", None)
        extra = {"connectivity.txt": f"{self.auto_label.text()}\n{status!r}\n"
                                     f"state: {self.ctx.state!r}\n"}
        self.export_button.setEnabled(False)
        self.diagnostics_note.say(self.tr("Saving the diagnostics file…"))

        def work() -> Path:
            return diagnostics.export_diagnostics(profile, dest or diagnostics.default_dir(),
                                                  extra=extra)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.diagnostics_note.say(self.tr("The diagnostics file could not be saved. {why}")
                                      .format(why=describe(exc, 'diagnostics')), error=True)

        self.ctx.query(self, work, self._exported, context="diagnostics").failure(failed)

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.diagnostics_note.saved(path, self.tr("Diagnostics saved as {path}. Send this file to "
                                                  "your coordinator; it contains no passwords.")
                                    .format(path=ltr(path)))
        self.diagnostics_exported.emit(path)

    @Slot()
    def export_diagnostics_to(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the diagnostics file in"))
        named(dialog, "diagnosticsFolderDialog", self.tr("Choose a folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setDirectory(str(start_folder("documents")))  # not the working folder
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.export_diagnostics)
        dialog.open()

    # -- redraw -----------------------------------------------------------------------------

    @Slot(object)
    def show_state(self, state: SyncState) -> None:
        syncing = state.connection == SYNCING
        self.history_model.syncing = syncing
        if syncing and not self._was_syncing:
            self._pass_started()
        self._was_syncing = syncing
        self.sync_button.setEnabled(not syncing)
        self.cancel_button.setVisible(syncing)
        self.cancel_button.setEnabled(syncing and not self._cancel_requested)
        self.text_only.setEnabled(not syncing)
        self.progress.setVisible(syncing)
        self.stage_label.setVisible(syncing)
        if syncing:
            if state.progress is not None and not self._saw_progress:
                self._saw_progress = True
                self.refresh()  # the pass's history row exists by now: show it "In progress"
            self._show_progress(state.progress)
        self.last_sync_label.setText(self.tr("Last successful sync: {when}").format(
            when=when(state.last_sync)))
        waiting = state.pending
        text = (self.tr("All your work has been sent.") if waiting == 0 else english_plural(
            self.tr("%n change(s) waiting to be sent at the next sync.", "", waiting), waiting))
        if state.conflicts:
            text += " " + self.tr("%n to resolve.", "", state.conflicts)
        self.pending_label.setText(text)
        self.conflicts_button.setText(english_plural(
            self.tr("Resolve %n conflict(s)…", "", state.conflicts), state.conflicts))
        self.conflicts_button.setVisible(state.conflicts > 0)

    def _pass_started(self) -> None:
        self._ran_this_session = True
        self._saw_progress = False
        self.stages.reset()
        self.stages.show()
        self.usage_cells["sync"][0].setText(self.tr("This sync"))
        for cell in self.usage_cells["sync"][1:]:
            cell.setText("…")
        self.refresh()  # the new pass shows as "In progress"

    def _show_progress(self, p: Progress | None) -> None:
        if p is not None:
            self.stages.show_progress(p)
        index = STAGES.index(p.stage) if p is not None and p.stage in STAGES else 0
        fraction = 0.0
        if p is not None and p.bytes_total:
            fraction = p.bytes_done / p.bytes_total
        elif p is not None and p.items_total:
            fraction = p.items_done / p.items_total
        self.progress.setRange(0, 100 * len(STAGES))
        self.progress.setValue(int(100 * index + 100 * min(1.0, fraction)))
        if not self._cancel_requested:
            self.stage_label.setText(progress_text(p))

    @Slot(object)
    def _finished(self, outcome: Summary | BaseException) -> None:
        advice = ""
        text_only = self.text_only.isChecked()
        if isinstance(outcome, Summary):
            self._last_outcome = outcome
            text = english_plural(self.tr(
                "Sync finished: sent {sent}, received {received}, %n file(s) downloaded.", "",
                outcome.blobs_down), outcome.blobs_down).format(sent=num_text(outcome.pushed),
                                                                received=num_text(outcome.pulled))
            if outcome.blobs_skipped:
                text += " " + english_plural(self.tr("%n file(s) wait for a sync with images.", "",
                                                     outcome.blobs_skipped), outcome.blobs_skipped)
            text += "".join(f"\n{line}" for line in outcome.errors)
            self.stages.finish(outcome, text_only or outcome.blobs_skipped > 0)
            self._show_sync_bytes(outcome.bytes_up, outcome.bytes_down)
        elif isinstance(outcome, SyncInterrupted) and self._cancel_requested:
            text = self.tr(CANCELLED)
            self.stages.finish(None, text_only, failed=self.tr("Cancelled"))
        else:
            text = describe(outcome, "sync")
            advice = sync_advice(outcome)
            stage = getattr(getattr(outcome, "summary", None), "stage", None)
            self.stages.finish(None, text_only, failed=self.tr("Stopped here"), at=stage)
            if all(state == StageProgress.WAITING for state in self.stages.states.values()):
                self.stages.hide()  # it stopped before any stage began: rows would mislead
        partial = getattr(outcome, "summary", None)
        if isinstance(partial, Summary):
            self._show_sync_bytes(partial.bytes_up, partial.bytes_down)
        # Until the re-read comes, the pass's row (read mid-pass) says how it ended.
        self.history_model.pass_ended(_history_result(outcome))
        self._cancel_requested = False
        self.result_label.setText(text)
        self.result_label.setStyleSheet("font-weight: bold;" + (" color: #a4262c;" if advice else ""))
        self.result_label.show()
        self.advice_label.setText(advice)
        self.advice_label.setVisible(bool(advice))
        self.show_state(self.ctx.state)

    def _show_sync_bytes(self, up: int, down: int) -> None:
        _name, up_cell, down_cell = self.usage_cells["sync"]
        up_cell.setText(size_text(up))
        down_cell.setText(size_text(down))

    def _show_usage(self) -> None:
        u, s = self.data.usage, self.data.settings
        if self.autosync is not None:
            s = self.autosync.status.settings  # AutoSync applies a saved change at once
            if self.autosync.status.usage.month >= u.month:
                u = self.autosync.status.usage  # the newer of the two reads
        for key, up, down in (("today", u.today_up, u.today_down),
                              ("month", u.month_up, u.month_down)):
            self.usage_cells[key][1].setText(size_text(up))
            self.usage_cells[key][2].setText(size_text(down))
        parts = [self.tr("{size} a day").format(size=ltr(mb_text(s.daily_cap))) if s.daily_cap else "",
                 self.tr("{size} a month").format(size=ltr(mb_text(s.monthly_cap))) if s.monthly_cap else ""]
        limits = self.tr(" and ").join(p for p in parts if p) or self.tr("no data limit")
        text = self.tr("Limits: {limits}.").format(limits=limits)
        if s.ask_over:
            text += " " + self.tr("Files over {size} wait for your go-ahead.").format(
                size=ltr(mb_text(s.ask_over)))
        if not s.auto_sync:
            text += " " + self.tr("Automatic sync is off.")
        self.limits_label.setText(text)

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if changes.sync_status or changes.outbox or changes.settings:
            self.refresh()

    def refresh(self) -> None:
        """Re-read history, outbox, usage and settings on the lane."""
        ctx = self.ctx
        self.ctx.query(self, lambda: load_panel(ctx), self._panel_arrived, context="sync",
                       latest="panel")

    # kept for callers of the old page
    refresh_history = refresh

    def _panel_arrived(self, data: PanelData) -> None:
        self.data = data
        self.history_model.set_rows(data.history)
        self.outbox_model.set_rows(data.outbox)
        n = len(data.outbox)
        self.tabs.setTabText(1, self.tr("Waiting to be sent ({count}, {size})").format(
            count=num_text(n), size=ltr(size_text(self.outbox_model.total_bytes()))) if n else self.tr("Waiting to be sent"))
        if not self._ran_this_session:
            last = next((r for r in data.history if r["result"] != "running"), None)
            self.usage_cells["sync"][0].setText(self.tr("Last sync"))
            if last is not None:
                self._show_sync_bytes(last["bytes_up"] or 0, last["bytes_down"] or 0)
        files, file_bytes = data.uploads
        self.uploads_label.setText(self.tr("{attachments} waiting to be sent.").format(
            attachments=attachments_text(files, file_bytes)))
        self.uploads_label.setVisible(files > 0)
        files = data.large + data.large_up
        large = len(files)
        self.large_button.setText(self._large_text(large, sum(s for _h, s in files)) + "…")
        self.large_button.setVisible(large > 0 and not self.ctx.syncing)
        self._show_usage()
        self.history_loaded.emit(len(data.history))
        self.panel_loaded.emit()


def _history_result(outcome: Summary | BaseException) -> str:
    """The ``sync_history.result`` Profile.sync records for ``outcome``."""
    if isinstance(outcome, Summary):
        return outcome.result
    partial = getattr(outcome, "summary", None)
    return "cancelled" if isinstance(partial, Summary) and partial.result == "cancelled" \
        else "failed"


__all__ = ["CANCELLED", "STAGE_TEXT", "PanelData", "StageProgress", "SyncHistoryModel",
           "SyncPage", "load_history", "progress_text", "size_text", "sync_advice"]
