"""The figures view's tables: rows of already formatted cells, headers given per table.

Each table of the view (questions most missed, courses, tutors, devices, most
asked) is one :class:`FiguresModel`; the view formats the figures and calls
``set_rows()``. A number column is right-aligned and sorts by its value
(``SortRole``), and ``table()`` gives what the CSV export writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from .base import RowsTableModel

#: The raw value of a cell (a number sorts as a number).
SortRole = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class FiguresModel(RowsTableModel):
    """One table of figures: each row a list of (shown text, raw value) cells."""

    SPEAK_HEADERS = True

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.HEADERS = tuple(headers)

    def set_headers(self, headers: Sequence[str]) -> None:
        self.HEADERS = tuple(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)

    def set_rows(self, rows: list[list[tuple[str, Any]]]) -> None:
        self._replace_rows(rows)

    def display(self, row: list[tuple[str, Any]], col: int) -> Any:
        return row[col][0] if col < len(row) else ""

    def role_data(self, row: list[tuple[str, Any]], col: int, role: int) -> Any:
        if col >= len(row):
            return None
        raw = row[col][1]
        if role == SortRole:
            return raw
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(raw, (int, float)):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return row[col][0]
        return None

    def table(self) -> tuple[list[str], list[list[Any]]]:
        """Header and rows for a CSV file: raw values where there are, else the text."""
        return list(self.HEADERS), [[raw if raw is not None else text for text, raw in r]
                                    for r in self._rows]
