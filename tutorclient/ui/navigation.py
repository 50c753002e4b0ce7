"""Moving between pages: the navigation list, the toolbar search and its results page.

:class:`Navigation` belongs to one main window. The search box sits in the
toolbar from the start; the results page behind it is built a moment after
the window is up, or at the first letter typed if that comes sooner, and
lives in the window's stack beside the navigation pages without a row of its
own. Leaving the results (Escape, or clicking the navigation's current row)
goes back to the page the user came from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Slot, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

from .context import AppContext
from .main_window import PAGE_CARDS, PAGE_LIBRARY, MainWindow
from .views.search_box import SearchBox

if TYPE_CHECKING:
    from .views.search import SearchPage

SEARCH_PAGE_DELAY_MS = 300


class Navigation(QObject):
    """The window's pages, its toolbar search and the search results page."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("navigation")
        self.ctx = ctx
        self.window = window
        self.search_page: SearchPage | None = None  # built on demand: see results_page()
        self.search_box = SearchBox()
        self.search_box.textChanged.connect(self._first_search_text)
        self._page_before_search = PAGE_LIBRARY
        window.nav.itemClicked.connect(self._nav_clicked)
        window.page_built.connect(self._page_built)
        for key, page in window.built_pages().items():
            self._page_built(key, page)
        window.nav.setSpacing(2)  # room to aim at on a worn touchpad
        window.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        window.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._build_toolbar()

    def build_results_later(self) -> None:
        """Build the results page once the window is up (the first letter typed may come sooner).

        In two turns of the event loop, its module and then the page: each piece
        is short, so a sync starting with the window (sign-in, the demo) never
        sees the UI thread stall for the whole of it."""
        QTimer.singleShot(SEARCH_PAGE_DELAY_MS, self._load_results_module)

    @Slot()
    def _load_results_module(self) -> None:
        if self.search_page is None and shiboken6.isValid(self.window):
            from .views import search  # noqa: F401 (its Qt classes load now, the page next turn)

            QTimer.singleShot(0, self._build_results_page)

    def _build_toolbar(self) -> None:
        window = self.window
        bar = QToolBar(QCoreApplication.translate("Navigation", "Search"), objectName="mainToolbar")
        bar.setAccessibleName(QCoreApplication.translate("Navigation", "Toolbar"))
        bar.setMovable(False)
        bar.setFloatable(False)
        self.search_box.setMinimumWidth(320)
        self.search_box.setMaximumWidth(560)
        bar.addWidget(self.search_box)
        spacer = QWidget(objectName="toolbarSpacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        sync_now = window.findChild(QAction, "syncNowAction")
        if sync_now is not None:
            bar.addAction(sync_now)
            button = bar.widgetForAction(sync_now)
            button.setObjectName("toolbarSyncButton")
            button.setAccessibleName(QCoreApplication.translate("Navigation", "Sync now"))
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    # -- the search results page ---------------------------------------------------------

    def results_page(self) -> SearchPage:
        """The search results page, built now if it is not yet."""
        if self.search_page is None:
            from .views.search import SearchPage

            page = SearchPage(self.ctx, search_box=self.search_box)
            self.search_page = page
            self.window.stack.addWidget(page)  # reached from the toolbar, not the navigation
            page.activated.connect(self._show_search)
            page.dismissed.connect(self._hide_search)
            page.lesson_opened.connect(self.open_lesson)
        return self.search_page

    @Slot()
    def _build_results_page(self) -> None:
        if shiboken6.isValid(self.window):
            self.results_page()

    @Slot(str)
    def _first_search_text(self, text: str) -> None:
        """The box's first letters, typed before its page was built: build it, pass them on."""
        self.search_box.textChanged.disconnect(self._first_search_text)
        if self.search_page is None:
            self.results_page()._text_changed(text)

    def _showing_search(self) -> bool:
        return self.search_page is not None and self.window.stack.currentWidget() is self.search_page

    @Slot()
    def _show_search(self) -> None:
        if self.search_page is None or self._showing_search():
            return
        self._page_before_search = self.window.current_page()
        # The navigation keeps its row (so focus moving to it changes nothing)
        # but shows no selection; clicking that row again leaves the search.
        self.window.nav.clearSelection()
        self.window.stack.setCurrentWidget(self.search_page)

    def _nav_clicked(self) -> None:
        if self._showing_search():
            self.go_to(self.window.current_page())

    @Slot()
    def _hide_search(self) -> None:
        if self._showing_search():
            self.go_to(self._page_before_search)

    # -- pages ---------------------------------------------------------------------------

    @Slot(str, QWidget)
    def _page_built(self, _key: str, page: QWidget) -> None:
        if hasattr(page, "review_requested"):  # the library's "Review now"
            page.review_requested.connect(lambda: self.go_to(PAGE_CARDS))

    def go_to(self, key: str) -> None:
        """Show a navigation page, also when its row is current under the search results."""
        window = self.window
        if key not in window.pages:
            return
        window.show_page(key)
        window.stack.setCurrentWidget(window.pages[key])  # same row: no signal to do it
        item = window.nav.currentItem()
        if item is not None:
            item.setSelected(True)

    @Slot(str, str)
    def open_lesson(self, lesson_id: str, highlight: str = "") -> None:
        self.go_to(PAGE_LIBRARY)
        library = self.window.pages.get(PAGE_LIBRARY)
        if library is not None and hasattr(library, "open_lesson"):
            library.open_lesson(lesson_id, highlight=highlight or None)


__all__ = ["SEARCH_PAGE_DELAY_MS", "Navigation"]
