"""The main window: navigation, the pages, and a status bar that is always honest.

The status bar shows, at all times, the connection state (online, offline,
or syncing with progress), how many changes wait to be sent, and the time
of the last successful sync.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime

from PySide6.QtCore import QByteArray, Qt, Signal, Slot, QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)


from .context import OFFLINE, ONLINE, SYNCING, AppContext, SyncState
from .i18n import arg, short_moment, tr_core

PAGE_LIBRARY, PAGE_CASES, PAGE_REVIEW, PAGE_SYNC = "library", "cases", "review", "sync"
PAGE_CARDS = "cards"  # spaced review of missed and kept quiz questions (trainees)
PAGE_CONTRIB = "contributions"
PAGE_INSIGHT = "insight"
PAGE_TITLES = {
    PAGE_LIBRARY: QT_TRANSLATE_NOOP("MainWindow", "Library"),
    PAGE_CARDS: QT_TRANSLATE_NOOP("MainWindow", "Spaced review"),
    PAGE_CASES: QT_TRANSLATE_NOOP("MainWindow", "Cases and discussions"),
    PAGE_REVIEW: QT_TRANSLATE_NOOP("MainWindow", "Review queue"),
    PAGE_INSIGHT: QT_TRANSLATE_NOOP("MainWindow", "Figures"),
    PAGE_CONTRIB: QT_TRANSLATE_NOOP("MainWindow", "My contributions"),
    PAGE_SYNC: QT_TRANSLATE_NOOP("MainWindow", "Sync"),
}



def page_title(key: str) -> str:
    """A navigation page's title in the interface language."""
    return QCoreApplication.translate("MainWindow", PAGE_TITLES[key]) if key in PAGE_TITLES \
        else key.title()


PageFactory = Callable[[], QWidget]

# A sync stage as the narrow status bar names it (the Sync page says it at length).
# Keyed by sync.engine's STAGE_* values, spelled out: the sync stack loads with the
# first sync, not with the window.
class Pages(Mapping[str, QWidget]):
    """The navigation pages by key, in order. A page given as a factory is built
    the first time it is shown or looked up here, so start-up builds only the
    page the user sees first."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._keys: list[str] = []

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._keys:
            raise KeyError(key)
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._keys))

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys


def when(iso: str | None) -> str:
    """A timestamp as a trainee reads it: 'today 14:05', '3 Nov 09:12', 'never'."""
    if not iso:
        return QCoreApplication.translate("MainWindow", "never")
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    return short_moment(moment)


class MainWindow(QMainWindow):
    page_built = Signal(str, QWidget)  # a page made from its factory, now in the stack

    def __init__(self, ctx: AppContext, pages: Mapping[str, QWidget | PageFactory]):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(arg(QCoreApplication.translate("MainWindow", "TutorClient — %1"),
                               ctx.user.get("display_name") or ctx.user.get("username", "")))
        self.setMinimumSize(960, 600)

        self.nav = QListWidget(objectName="navigation")
        self.nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Sections"))
        self.nav.setFixedWidth(256)  # "Cases and discussions (12)" whole: the count is the point
        self.nav.setSpacing(2)
        nav_font = self.nav.font()  # a point above the body text, and following it when it changes
        nav_font.setPointSizeF(nav_font.pointSizeF() + 1)
        self.nav.setFont(nav_font)
        self.nav.setStyleSheet(
            "QListWidget#navigation { border: none; border-right: 1px solid palette(mid);"
            " background: palette(base); padding-top: 6px; }"
            "QListWidget#navigation::item { padding: 8px 12px; }")
        self.stack = QStackedWidget(objectName="pages")
        self.pages = Pages(self)
        self._built: dict[str, QWidget] = {}
        self._factories: dict[str, PageFactory] = {}
        for key, widget in pages.items():
            self.add_page(key, widget)
        self.nav.currentRowChanged.connect(self._row_changed)

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

    def add_page(self, key: str, widget: QWidget | PageFactory) -> None:
        """Add a navigation page: a widget, or a factory called when first needed."""
        item = QListWidgetItem(page_title(key))
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        if isinstance(widget, QWidget):
            self._built[key] = widget
        else:
            self._factories[key] = widget
            widget = QWidget(objectName=f"{key}PagePending")  # stands in until first shown
        self.stack.insertWidget(len(self.pages), widget)  # before the pages outside the navigation
        self.pages._keys.append(key)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it was given as a factory."""
        if key in self._built:
            return self._built[key]
        factory = self._factories.pop(key)
        index = list(self.pages).index(key)
        placeholder = self.stack.widget(index)
        page = factory()
        self._built[key] = page
        self.stack.insertWidget(index, page)
        if self.stack.currentWidget() is placeholder:
            self.stack.setCurrentWidget(page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.page_built.emit(key, page)
        return page

    def built_pages(self) -> dict[str, QWidget]:
        """The pages built so far, without building the others."""
        return {key: self._built[key] for key in self.pages if key in self._built}

    @Slot(int)
    def _row_changed(self, row: int) -> None:
        keys = list(self.pages)
        if 0 <= row < len(keys):
            self.page(keys[row])
        self.stack.setCurrentIndex(row)

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
        self.connection_label.setAccessibleName(QCoreApplication.translate("MainWindow", "Connection"))
        self.sync_bar = QProgressBar(objectName="syncProgress", maximumWidth=160, textVisible=False)
        self.sync_bar.setAccessibleName(QCoreApplication.translate("MainWindow", "Sync progress"))
        self.sync_bar.hide()
        self.pending_label = QLabel(objectName="pendingCount")
        self.pending_label.setAccessibleName(QCoreApplication.translate("MainWindow", "Changes waiting to be sent"))
        self.last_sync_label = QLabel(objectName="lastSync")
        self.last_sync_label.setAccessibleName(QCoreApplication.translate("MainWindow", "Last successful sync"))
        bar.addWidget(self.connection_label)
        bar.addWidget(self.sync_bar)
        bar.addPermanentWidget(self.pending_label)
        bar.addPermanentWidget(self.last_sync_label)

    @Slot(object)
    def show_sync_state(self, state: SyncState) -> None:
        if state.connection == SYNCING:
            p = state.progress
            text = QCoreApplication.translate("MainWindow", "Syncing…")
            if p is not None:
                from tutorclient.connectivity import STAGE_SHORT  # loaded: a sync is running

                text = arg(QCoreApplication.translate("MainWindow", "Syncing: %1"),
                           tr_core(STAGE_SHORT.get(p.stage, p.stage)))
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
            text = {ONLINE: QCoreApplication.translate("MainWindow", "● Online"), OFFLINE: QCoreApplication.translate("MainWindow", "○ Offline — your work is saved")}.get(
                state.connection, QCoreApplication.translate("MainWindow", "○ Not connected yet — your work is saved"))
        self.connection_label.setText(text)
        self.connection_label.setToolTip(state.error or "")
        waiting = state.pending
        self.pending_label.setText(
            QCoreApplication.translate("MainWindow", "All changes sent") if waiting == 0 else
            QCoreApplication.translate("MainWindow", "%n change(s) waiting to send", None, waiting)
        )
        if state.conflicts:
            self.pending_label.setText(self.pending_label.text() + " · " + QCoreApplication.translate(
                "MainWindow", "%n to resolve", None, state.conflicts))
        self.last_sync_label.setText(arg(QCoreApplication.translate("MainWindow", "Last sync: %1"),
                                         when(state.last_sync)))

    def _build_actions(self) -> None:
        sync_now = QAction(QCoreApplication.translate("MainWindow", "Sync now"), self, objectName="syncNowAction")
        sync_now.setShortcut(QKeySequence("F5"))
        sync_now.triggered.connect(lambda: self.ctx.start_sync())
        self.addAction(sync_now)
        for n, key in enumerate(self.pages):
            act = QAction(page_title(key), self)
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


__all__ = ["MainWindow", "PAGE_CARDS", "PAGE_CONTRIB", "PAGE_INSIGHT", "PAGE_LIBRARY", "PAGE_CASES",
           "PAGE_REVIEW", "PAGE_SYNC", "OFFLINE", "when"]
