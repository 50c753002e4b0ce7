"""The main window: navigation, the pages, and a status bar that is always honest.

The status bar shows, at all times, the connection state (online, offline,
or syncing with progress), how many changes wait to be sent, and the time
of the last successful sync.
"""

from __future__ import annotations

import base64
from datetime import datetime

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QProgressBar, QStackedWidget,
    QWidget,
)

from .context import OFFLINE, ONLINE, SYNCING, AppContext, SyncState

PAGE_LIBRARY, PAGE_CASES, PAGE_REVIEW, PAGE_SYNC = "library", "cases", "review", "sync"
PAGE_TITLES = {
    PAGE_LIBRARY: "Library",
    PAGE_CASES: "Cases and discussions",
    PAGE_REVIEW: "Review queue",
    PAGE_SYNC: "Sync",
}


def when(iso: str | None) -> str:
    """A timestamp as a trainee reads it: 'today 14:05', '3 Nov 09:12', 'never'."""
    if not iso:
        return "never"
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    today = datetime.now().astimezone().date()
    if moment.date() == today:
        return f"today {moment:%H:%M}"
    return f"{moment.day} {moment:%b %H:%M}"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, pages: dict[str, QWidget]):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"TutorClient — {ctx.user.get('display_name') or ctx.user.get('username', '')}")
        self.setMinimumSize(960, 600)

        self.nav = QListWidget(objectName="navigation")
        self.nav.setAccessibleName("Sections")
        self.nav.setFixedWidth(214)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#navigation { border: none; border-right: 1px solid palette(mid);"
            " background: palette(base); font-size: 11pt; padding-top: 6px; }"
            "QListWidget#navigation::item { padding: 8px 12px; }")
        self.stack = QStackedWidget(objectName="pages")
        self.pages: dict[str, QWidget] = {}
        for key, widget in pages.items():
            self.add_page(key, widget)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget(objectName="mainArea")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self._build_actions()
        ctx.sync_state_changed.connect(self.show_sync_state)
        self.show_sync_state(ctx.state)
        ctx.refresh_counts()
        self._restore()

    # -- pages --------------------------------------------------------------------

    def add_page(self, key: str, widget: QWidget) -> None:
        item = QListWidgetItem(PAGE_TITLES.get(key, key.title()))
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self.stack.addWidget(widget)
        self.pages[key] = widget

    def show_page(self, key: str) -> None:
        keys = list(self.pages)
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def current_page(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else PAGE_LIBRARY

    # -- status bar ------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.connection_label = QLabel(objectName="connectionState")
        self.connection_label.setAccessibleName("Connection")
        self.sync_bar = QProgressBar(objectName="syncProgress", maximumWidth=160, textVisible=False)
        self.sync_bar.setAccessibleName("Sync progress")
        self.sync_bar.hide()
        self.pending_label = QLabel(objectName="pendingCount")
        self.pending_label.setAccessibleName("Changes waiting to be sent")
        self.last_sync_label = QLabel(objectName="lastSync")
        self.last_sync_label.setAccessibleName("Last successful sync")
        bar.addWidget(self.connection_label)
        bar.addWidget(self.sync_bar)
        bar.addPermanentWidget(self.pending_label)
        bar.addPermanentWidget(self.last_sync_label)

    @Slot(object)
    def show_sync_state(self, state: SyncState) -> None:
        if state.connection == SYNCING:
            p = state.progress
            text = "Syncing…"
            if p is not None:
                text = f"Syncing: {p.stage}"
                if p.bytes_total:
                    self.sync_bar.setRange(0, 100)
                    self.sync_bar.setValue(int(100 * p.bytes_done / max(1, p.bytes_total)))
                else:
                    self.sync_bar.setRange(0, 0)  # busy
            else:
                self.sync_bar.setRange(0, 0)
            self.sync_bar.show()
        else:
            self.sync_bar.hide()
            text = {ONLINE: "● Online", OFFLINE: "○ Offline — your work is saved"}.get(
                state.connection, "○ Not connected yet — your work is saved")
        self.connection_label.setText(text)
        self.connection_label.setToolTip(state.error or "")
        waiting = state.pending
        self.pending_label.setText(
            "All changes sent" if waiting == 0 else f"{waiting} change{'s' * (waiting != 1)} waiting to send"
        )
        if state.conflicts:
            self.pending_label.setText(self.pending_label.text() + f" · {state.conflicts} to resolve")
        self.last_sync_label.setText(f"Last sync: {when(state.last_sync)}")

    def _build_actions(self) -> None:
        sync_now = QAction("Sync now", self, objectName="syncNowAction")
        sync_now.setShortcut(QKeySequence("F5"))
        sync_now.triggered.connect(lambda: self.ctx.start_sync())
        self.addAction(sync_now)
        for n, key in enumerate(self.pages):
            act = QAction(PAGE_TITLES.get(key, key), self)
            act.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            act.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.addAction(act)

    # -- remembered per profile ----------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.ctx.setting("window_geometry")
        restored = False
        if geometry:
            restored = self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
        if not restored:
            self.resize(1280, 720)
        self.show_page(self.ctx.setting("last_view", PAGE_LIBRARY))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.ctx.set_setting("window_geometry", base64.b64encode(bytes(self.saveGeometry())).decode())
        self.ctx.set_setting("last_view", self.current_page())
        super().closeEvent(event)


__all__ = ["MainWindow", "PAGE_LIBRARY", "PAGE_CASES", "PAGE_REVIEW", "PAGE_SYNC", "OFFLINE", "when"]
