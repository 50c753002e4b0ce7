"""Small builders for the widgets every view makes: each one named for tests and screen readers.

STYLE.md rule 8: every interactive widget gets an ``objectName`` and an accessible name.
Building them here keeps the sizes and the naming the same on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt, QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

__all__ = ["button", "heading", "named", "on_ctrl_enter", "row_table"]

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible: str) -> W:
    """``widget`` with its objectName and accessible name set."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


def on_ctrl_enter(area: QWidget, button: QPushButton) -> None:
    """Ctrl+Enter anywhere in ``area`` presses ``button`` (Enter alone starts a new line),
    only while the button is shown and enabled: the same checks as a click."""

    def press() -> None:
        if button.isVisibleTo(area) and button.isEnabled():
            button.click()

    for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main keyboard's Enter and the keypad's
        shortcut = QShortcut(QKeySequence(keys), area)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(press)


def button(text: str, name: str, accessible: str, tip: str | None = "", height: int = 34) -> QPushButton:
    """A push button. ``tip`` defaults to the accessible name; ``None`` leaves it without a tooltip."""
    widget = QPushButton(text, objectName=name)
    widget.setAccessibleName(accessible)
    if tip is not None:
        widget.setToolTip(tip or accessible)
    widget.setMinimumHeight(height)
    return widget


def heading(text: str, name: str, grow: float = 3, accessible: str | None = None) -> QLabel:
    """A bold, word-wrapped label ``grow`` points larger than the body text.

    Its accessible name is ``accessible``, else the text, else ``name``. Pass ``accessible=""``
    for a heading whose text changes later, so screen readers read the current text.
    """
    label = QLabel(text, objectName=name, wordWrap=True)
    label.setAccessibleName((text or name) if accessible is None else accessible)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() + grow)
    font.setBold(True)
    label.setFont(font)
    return label


def row_table(name: str, accessible: str, model: QAbstractItemModel) -> QTableView:
    """A read-only table of ``model`` where one whole row is picked at a time (no grid, no row numbers)."""
    table = QTableView(objectName=name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    return table
