"""The Sync page: when TutorClient last synced, what waits to be sent, Sync now / Cancel,
and the recent sync history.

Everything here redraws from ``ctx.sync_state_changed`` and from change
notices (``sync_status``); the history is read on the parallel lane.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sync.engine import (
    STAGE_BLOBS,
    STAGE_EXCHANGE,
    STAGE_PAGES,
    STAGE_UPLOAD,
    Options,
    Progress,
    Summary,
)
from sync.errors import SyncInterrupted
from tutorclient.changes import Changes
from tutorclient.store import Store

from ..context import SYNCING, AppContext, SyncState
from ..errors import describe
from ..main_window import when

HISTORY_ROWS = 20
STAGE_TEXT = {
    STAGE_UPLOAD: "Sending your files",
    STAGE_EXCHANGE: "Sending your work and receiving updates",
    STAGE_PAGES: "Receiving updates",
    STAGE_BLOBS: "Downloading images and files",
}
RESULT_TEXT = {
    "ok": "Finished",
    "partial": "Finished: some items need a look",
    "failed": "Did not finish",
    "cancelled": "Cancelled",
    "running": "In progress",
}
CANCELLED = ("Sync cancelled. Everything received so far is kept; the next sync "
             "continues where this one stopped.")

Index = QModelIndex | QPersistentModelIndex


def size_text(n: int) -> str:
    if n < 1000:
        return f"{n} bytes"
    if n < 1_000_000:
        return f"{n / 1000:.0f} KB"
    return f"{n / 1_000_000:.1f} MB"


def progress_text(p: Progress | None) -> str:
    if p is None:
        return "Starting…"
    text = STAGE_TEXT.get(p.stage, p.stage.capitalize())
    if p.items_total:
        text += f": {p.items_done} of {p.items_total}"
    elif p.items_done:
        text += f": {p.items_done} received"
    if p.bytes_done:
        text += f" ({size_text(p.bytes_done)}"
        text += f" of {size_text(p.bytes_total)})" if p.bytes_total else ")"
    return text


def load_history(store: Store, limit: int = HISTORY_ROWS) -> list[dict[str, Any]]:
    """The newest sync passes, newest first. Runs on a lane."""
    cur = store.db.execute(
        "SELECT started_at, finished_at, result, pushed, pulled, bytes_up + bytes_down, "
        "conflicts, error, via FROM sync_history ORDER BY id DESC LIMIT ?", [limit])
    keys = ("started_at", "finished_at", "result", "pushed", "pulled", "bytes", "conflicts",
            "error", "via")
    return [dict(zip(keys, row)) for row in cur.fetchall()]


class SyncHistoryModel(QAbstractTableModel):
    """Recent sync passes, one per row."""

    WHEN, RESULT, SENT, RECEIVED, DATA = range(5)
    HEADERS = ("When", "Result", "Sent", "Received", "Data")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncHistoryModel")
        self._rows: list[dict[str, Any]] = []
        self.syncing = False  # a 'running' row is only 'in progress' while we sync

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def result_text(self, row: dict[str, Any]) -> str:
        result = row["result"]
        if result == "running" and not self.syncing:
            return "Stopped before finishing"
        text = RESULT_TEXT.get(result, result)
        if row["via"] == "bundle":
            text += " (USB)"
        if result == "failed" and row["error"]:
            text += f": {row['error']}"
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.WHEN:
                return when(row["started_at"])
            if col == self.RESULT:
                return self.result_text(row)
            if col == self.SENT:
                return str(row["pushed"])
            if col == self.RECEIVED:
                return str(row["pulled"])
            if col == self.DATA:
                return size_text(row["bytes"] or 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SENT, self.RECEIVED, self.DATA):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SyncPage(QWidget):
    """Sync status, Sync now with progress and Cancel, and the recent history."""

    history_loaded = Signal(int)  # rows shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("syncPage")
        self.setAccessibleName("Sync")
        self._cancel_requested = False
        self._was_syncing = False

        title = QLabel("Sync", objectName="syncTitle")
        title.setAccessibleName("Sync")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        explain = QLabel(
            "Sync sends the work you did on this computer and receives new lessons, "
            "cases and discussions. You can keep studying while it runs.",
            objectName="syncExplain", wordWrap=True)
        explain.setAccessibleName("About sync")
        self.last_sync_label = self._label("syncLastSync", "Last successful sync")
        self.pending_label = self._label("syncPending", "Waiting to be sent")
        self.stage_label = self._label("syncStage", "Sync progress")
        self.result_label = self._label("syncResult", "Last sync result")
        self.progress = QProgressBar(objectName="syncPageProgress", textVisible=False)
        self.progress.setAccessibleName("Sync progress")
        self.progress.setMaximumWidth(520)
        self.sync_button = QPushButton("Sync now", objectName="syncNowButton")
        self.sync_button.setAccessibleName("Sync now")
        self.cancel_button = QPushButton("Cancel", objectName="cancelSyncButton")
        self.cancel_button.setAccessibleName("Cancel sync")
        self.text_only = QCheckBox("Text only this time (skip images and files, saves data)",
                                   objectName="textOnlyCheck")
        self.text_only.setAccessibleName("Text only this time")
        self.history_model = SyncHistoryModel(self)
        self.history = QTableView(objectName="syncHistory")
        self.history.setAccessibleName("Recent syncs")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setObjectName("syncHistoryRowHeader")
        self.history.verticalHeader().setAccessibleName("Rows")
        self.history.horizontalHeader().setObjectName("syncHistoryHeader")
        self.history.horizontalHeader().setAccessibleName("Columns")
        self.history.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.history.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SyncHistoryModel.RESULT, QHeaderView.ResizeMode.Stretch)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.text_only)
        buttons.addStretch(1)
        recent = QLabel("<b>Recent syncs</b>", objectName="syncHistoryTitle")
        recent.setAccessibleName("Recent syncs")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        for widget in (title, explain, self.last_sync_label, self.pending_label):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.result_label)
        layout.addSpacing(6)
        layout.addWidget(recent)
        layout.addWidget(self.history, 1)

        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel)
        ctx.sync_state_changed.connect(self.show_state)
        ctx.sync_finished.connect(self._finished)
        ctx.hub.changed.connect(self._changed)
        self.show_state(ctx.state)
        self.result_label.hide()
        self.refresh_history()

    @staticmethod
    def _label(object_name: str, accessible: str) -> QLabel:
        label = QLabel(objectName=object_name, wordWrap=True)
        label.setAccessibleName(accessible)
        return label

    # -- actions -----------------------------------------------------------------

    @Slot()
    def sync_now(self) -> None:
        self._cancel_requested = False
        self.result_label.hide()
        self.ctx.start_sync(Options(text_only=self.text_only.isChecked()))

    @Slot()
    def cancel(self) -> None:
        self._cancel_requested = True
        self.cancel_button.setEnabled(False)
        self.stage_label.setText("Stopping at a safe point…")
        self.ctx.cancel_sync()

    # -- redraw ---------------------------------------------------------------------

    @Slot(object)
    def show_state(self, state: SyncState) -> None:
        syncing = state.connection == SYNCING
        self.history_model.syncing = syncing
        if syncing and not self._was_syncing:
            self.refresh_history()  # the new pass shows as "In progress"
        self._was_syncing = syncing
        self.sync_button.setEnabled(not syncing)
        self.cancel_button.setVisible(syncing)
        self.cancel_button.setEnabled(syncing and not self._cancel_requested)
        self.text_only.setEnabled(not syncing)
        self.progress.setVisible(syncing)
        self.stage_label.setVisible(syncing)
        if syncing:
            p = state.progress
            if p is not None and p.items_total:
                self.progress.setRange(0, p.items_total)
                self.progress.setValue(p.items_done)
            elif p is not None and p.bytes_total:
                self.progress.setRange(0, 1000)
                self.progress.setValue(int(1000 * p.bytes_done / p.bytes_total))
            else:
                self.progress.setRange(0, 0)  # busy: the total is not known yet
            if not self._cancel_requested:
                self.stage_label.setText(progress_text(p))
        self.last_sync_label.setText(f"Last successful sync: {when(state.last_sync)}")
        waiting = state.pending
        text = ("All your work has been sent." if waiting == 0 else
                f"{waiting} change{'s' * (waiting != 1)} waiting to be sent at the next sync.")
        if state.conflicts:
            text += f" {state.conflicts} to resolve."
        self.pending_label.setText(text)

    @Slot(object)
    def _finished(self, outcome: Summary | BaseException) -> None:
        if isinstance(outcome, Summary):
            text = (f"Sync finished: sent {outcome.pushed}, received {outcome.pulled}, "
                    f"{outcome.blobs_down} file{'s' * (outcome.blobs_down != 1)} downloaded.")
            if outcome.blobs_skipped:
                text += f" {outcome.blobs_skipped} files wait for a sync with images."
            text += "".join(f"\n{line}" for line in outcome.errors)
        elif isinstance(outcome, SyncInterrupted) and self._cancel_requested:
            text = CANCELLED
        else:
            text = describe(outcome, "sync")
        self._cancel_requested = False
        self.result_label.setText(text)
        self.result_label.show()
        self.show_state(self.ctx.state)

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if changes.sync_status:
            self.refresh_history()

    def refresh_history(self) -> None:
        store = self.ctx.store
        self.ctx.query(self, lambda: load_history(store), self._history_arrived, context="sync")

    def _history_arrived(self, rows: list[dict[str, Any]]) -> None:
        self.history_model.set_rows(rows)
        self.history_loaded.emit(len(rows))


__all__ = ["SyncHistoryModel", "SyncPage", "load_history", "progress_text", "size_text"]
