"""What every list and table model here shares: a list of rows replaced by ``set_rows()``.

Subclasses declare their columns (``HEADERS``) and roles and answer one hook:
:meth:`RowsTableModel.display` and :meth:`RowsTableModel.role_data` for tables,
:meth:`RowsListModel.row_data` for lists. Row and column bounds are checked here once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QCoreApplication,
    QPersistentModelIndex,
    Qt,
)

__all__ = ["Index", "RowsListModel", "RowsTableModel"]

Index = QModelIndex | QPersistentModelIndex

# Looked up once: each lookup of a PySide enum member runs Python code, and a
# view asks data() thousands of times to fit its columns.
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
ACCESSIBLE_TEXT_ROLE = Qt.ItemDataRole.AccessibleTextRole
_HORIZONTAL = Qt.Orientation.Horizontal


class _Rows:
    """The row list and its bookkeeping; mixed into a Qt model class (no ``__init__`` here)."""

    _rows: list[Any]

    def _replace_rows(self, rows: list[Any], key: Callable[[Any], Hashable] | None = None) -> None:
        """Show ``rows``. With ``key``, the same keys in the same order only redraw the rows,
        so the selection and scroll position stay where the user left them."""
        if key is not None and [key(r) for r in rows] == [key(r) for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self._last_column()))  # type: ignore[attr-defined]
            return
        self.beginResetModel()  # type: ignore[attr-defined]
        self._rows = rows
        self.endResetModel()  # type: ignore[attr-defined]

    def _last_column(self) -> int:
        return 0

    def row(self, row: int) -> Any:
        """The row object at ``row``, or None outside the model."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def _find(self, matches: Callable[[Any], bool]) -> int:
        """The first row that ``matches``, or -1."""
        return next((i for i, r in enumerate(self._rows) if matches(r)), -1)

    def _row_at(self, index: Index) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)


class RowsListModel(_Rows, QAbstractListModel):
    """A list model over ``self._rows``; subclasses answer :meth:`row_data`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = []

    def row_data(self, row: Any, role: int) -> Any:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_at(index)
        return None if row is None else self.row_data(row, role)


class RowsTableModel(_Rows, QAbstractTableModel):
    """A table model over ``self._rows`` with one column per ``HEADERS`` entry.

    ``HEADERS`` is a tuple of titles or a ``{column: title}`` dict. With ``SPEAK_HEADERS``
    a screen reader hears each cell as "<header>: <text>".
    """

    HEADERS: Sequence[str] | Mapping[int, str] = ()
    SPEAK_HEADERS = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = []

    def _last_column(self) -> int:
        return len(self.HEADERS) - 1

    def header(self, section: int) -> str | None:
        if isinstance(self.HEADERS, Mapping):
            title = self.HEADERS.get(section)
        else:
            title = self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        # Titles are marked QT_TRANSLATE_NOOP("Models", ...) where each model declares them.
        return QCoreApplication.translate("Models", title) if title else title

    def display(self, row: Any, col: int) -> Any:
        """The cell's text (``DisplayRole``)."""
        raise NotImplementedError

    def role_data(self, row: Any, col: int, role: int) -> Any:
        """Any other role: tooltips, fonts, alignment and the custom roles."""
        return None

    # -- Qt overrides -----------------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == _HORIZONTAL and role == DISPLAY_ROLE:
            return self.header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_at(index)
        if row is None:
            return None
        col = index.column()
        if role == DISPLAY_ROLE:
            return self.display(row, col)
        if role == ACCESSIBLE_TEXT_ROLE and self.SPEAK_HEADERS:
            return f"{self.header(col)}: {self.display(row, col)}"
        return self.role_data(row, col, role)
