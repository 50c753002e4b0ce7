"""The toolbar's search box, apart from the results page.

The box is in the window from the first paint; the results page behind it
(``search.py``: rich-text snippets, the thread view) loads a moment later, so
start-up does not wait for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget


class SearchBox(QLineEdit):
    """The toolbar box: Down moves into the results, Enter opens the first, Esc closes."""

    down_pressed = Signal()
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setAccessibleName(self.tr("Search lessons and discussions"))
        self.setPlaceholderText(self.tr("Search lessons and discussions (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        for button in self.findChildren(QToolButton):  # Qt's clear button
            button.setObjectName("clearSearchButton")
            button.setAccessibleName(self.tr("Clear search"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
        else:
            super().keyPressEvent(event)


__all__ = ["SearchBox"]
