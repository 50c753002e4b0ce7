"""Fit a table's columns to their widest cell by asking about a few cells, not all of them.

Qt's ``QHeaderView.ResizeToContents`` sizes a column by asking the delegate for
every row's size hint, and the delegate asks the model eight roles per cell.
It does that on each layout pass: showing the library's 100 courses at start-up
took four passes of 3,200 Python ``data()`` calls each, 30 ms a pass on a
two-core laptop, between the window appearing and its courses being listed.

:class:`ColumnFitter` gives the same widths for a fraction of that. The model
already holds every cell's text in Python; the font measures each in C++, and
only the few widest cells of a column go through the delegate, so the width
is the delegate's own (margins, style) exactly as ``ResizeToContents`` would
compute it, floored by the header's label and the minimum section size. The
columns are then ``Fixed`` (like ``ResizeToContents``, not resizable by hand),
and refitted when the rows, the font or the style change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

__all__ = ["ColumnFitter"]

CANDIDATES = 3  # cells per column sized by the delegate: text width and hint agree in order
_REFIT_EVENTS = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish})


class ColumnFitter(QObject):
    """Keeps ``columns`` of ``table`` as wide as their widest cell.

    ``cell_text(row, column)`` is the text the model shows there (its
    ``DisplayRole``), read without going through Qt.
    """

    def __init__(self, table: QTableView, columns: Sequence[int],
                 cell_text: Callable[[int, int], str | None]) -> None:
        super().__init__(table)
        self.setObjectName(f"{table.objectName()}ColumnFitter")
        self.table = table
        self.columns = tuple(columns)
        self.cell_text = cell_text
        header = table.horizontalHeader()
        for col in self.columns:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        model = table.model()
        model.modelReset.connect(self.fit)
        model.dataChanged.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        model.rowsRemoved.connect(self.fit)
        table.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # getattr: Qt may still filter the table's last events while Python tears this down.
        if watched is getattr(self, "table", None) and event.type() in _REFIT_EVENTS:
            self.fit()
        return False

    def widths(self) -> dict[int, int]:
        """The width each column needs now, as ``ResizeToContents`` would make it."""
        table, header = self.table, self.table.horizontalHeader()
        model = table.model()
        rows = model.rowCount()
        metrics = QFontMetrics(table.font())
        out: dict[int, int] = {}
        for col in self.columns:
            measured = sorted(((metrics.horizontalAdvance(text), row) for row in range(rows)
                               if (text := self.cell_text(row, col))), reverse=True)
            widest = max((table.sizeHintForIndex(model.index(row, col)).width()
                          for _, row in measured[:CANDIDATES]), default=0)
            if table.showGrid():
                widest += 1  # as QTableView.sizeHintForColumn counts the grid line
            size = max(widest, header.sectionSizeHint(col))
            out[col] = min(max(size, header.minimumSectionSize()), header.maximumSectionSize())
        return out

    def fit(self, *_args: object) -> None:
        header = self.table.horizontalHeader()
        for col, width in self.widths().items():
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)
