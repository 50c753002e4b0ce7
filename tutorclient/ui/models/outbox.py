"""What waits to be sent: one outbox entry per row, as a trainee names it, with size and age.

Rows are :func:`tutorclient.outbox.entries` dicts (read on a lane) given to ``set_rows()``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from .sync_history import size_text

KIND_TEXT = {
    "posts": "Reply or post",
    "cases": "Case",
    "threads": "Discussion",
    "reviews": "Case review",
    "progress": "Lesson progress",
    "quiz_attempts": "Quiz answers",
    "notes": "Note",
    "bookmarks": "Bookmark",
    "attachments": "Attached file",
}
ACTION_TEXT = {"put": "", "delete": " (removed)"}
STATE_TEXT = {
    "pending": "Waiting",
    "conflict": "Needs your decision",
    "rejected": "Not accepted",
}
RowRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def age_text(created_at: str | None, now: datetime | None = None) -> str:
    """'just now', '5 min', '3 h', '2 days'."""
    if not created_at:
        return ""
    try:
        then = datetime.fromisoformat(created_at)
    except ValueError:
        return created_at
    seconds = max(0, int(((now or datetime.now(UTC)) - then).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"


class OutboxModel(QAbstractTableModel):
    """Pending, conflicting and rejected outbox entries, oldest first."""

    WHAT, SIZE, AGE, STATE = range(4)
    HEADERS = ("What", "Size", "Waiting for", "State")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxModel")
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def total_bytes(self) -> int:
        return sum(r.get("bytes") or 0 for r in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def _display(self, row: dict[str, Any], col: int) -> str | None:
        if col == self.WHAT:
            kind = row["kind"]
            return KIND_TEXT.get(kind, kind.replace("_", " ").capitalize()) + \
                ACTION_TEXT.get(row["action"], "")
        if col == self.SIZE:
            return size_text(row.get("bytes") or 0)
        if col == self.AGE:
            return age_text(row.get("created_at"))
        if col == self.STATE:
            text = STATE_TEXT.get(row["state"], row["state"])
            if row["state"] == "pending" and row.get("attempts"):
                text += f" (tried {row['attempts']}×)"
            return text
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.get("error") or self._display(row, col)
        if role == RowRole:
            return dict(row)
        if role == StateRole:
            return row["state"]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SIZE, self.AGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


__all__ = ["OutboxModel", "RowRole", "StateRole", "age_text"]
