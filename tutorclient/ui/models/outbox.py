"""What waits to be sent: one outbox entry per row, as a trainee names it, with size and age.

Rows are :func:`tutorclient.outbox.entries` dicts (read on a lane) given to ``set_rows()``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QCoreApplication, QT_TRANSLATE_NOOP

from .base import RowsTableModel
from .sync_history import size_text

KIND_TEXT = {
    "posts": QT_TRANSLATE_NOOP("Models", "Reply or post"),
    "cases": QT_TRANSLATE_NOOP("Models", "Case"),
    "threads": QT_TRANSLATE_NOOP("Models", "Discussion"),
    "reviews": QT_TRANSLATE_NOOP("Models", "Case review"),
    "progress": QT_TRANSLATE_NOOP("Models", "Lesson progress"),
    "quiz_attempts": QT_TRANSLATE_NOOP("Models", "Quiz answers"),
    "notes": QT_TRANSLATE_NOOP("Models", "Note"),
    "bookmarks": QT_TRANSLATE_NOOP("Models", "Bookmark"),
    "attachments": QT_TRANSLATE_NOOP("Models", "Attached file"),
    "reflections": QT_TRANSLATE_NOOP("Models", "Reflection"),
    "review_thanks": QT_TRANSLATE_NOOP("Models", "Thanks to a tutor"),
}
ACTION_TEXT = {"put": "", "delete": QT_TRANSLATE_NOOP("Models", " (removed)")}
STATE_TEXT = {
    "pending": QT_TRANSLATE_NOOP("Models", "Waiting"),
    "conflict": QT_TRANSLATE_NOOP("Models", "Needs your decision"),
    "rejected": QT_TRANSLATE_NOOP("Models", "Not accepted"),
}
#: An entry the identifier check keeps on this computer (tutorclient.privacy).
HELD_TEXT = QT_TRANSLATE_NOOP("Models", "Held on this computer")
HELD_TIP = (QT_TRANSLATE_NOOP("Models", "It may identify a patient, so it is not sent. Open the case to edit it, or "
            "confirm that none of it identifies anyone."))
RowRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2


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
        return QCoreApplication.translate("Models", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("Models", "%n min", None, seconds // 60)
    if seconds < 2 * 86400:
        return QCoreApplication.translate("Models", "%n h", None, seconds // 3600)
    return QCoreApplication.translate("Models", "%n day(s)", None, seconds // 86400)


class OutboxModel(RowsTableModel):
    """Pending, conflicting and rejected outbox entries, oldest first."""

    WHAT, SIZE, AGE, STATE = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("Models", "What"), QT_TRANSLATE_NOOP("Models", "Size"), QT_TRANSLATE_NOOP("Models", "Waiting for"), QT_TRANSLATE_NOOP("Models", "State"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxModel")

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self._replace_rows(list(rows))

    def total_bytes(self) -> int:
        return sum(r.get("bytes") or 0 for r in self._rows)

    def display(self, row: dict[str, Any], col: int) -> str | None:
        if col == self.WHAT:
            kind = row["kind"]
            return QCoreApplication.translate("Models", KIND_TEXT.get(kind, kind.replace("_", " ").capitalize())) + \
                QCoreApplication.translate("Models", ACTION_TEXT.get(row["action"], ""))
        if col == self.SIZE:
            return size_text(row.get("bytes") or 0)
        if col == self.AGE:
            return age_text(row.get("created_at"))
        if col == self.STATE:
            if row.get("held"):
                return QCoreApplication.translate("Models", HELD_TEXT)
            text = QCoreApplication.translate("Models", STATE_TEXT.get(row["state"], row["state"]))
            if row["state"] == "pending" and row.get("attempts"):
                text += " " + QCoreApplication.translate("Models", "(tried %n×)", None,
                                                         row["attempts"])
            return text
        return None

    def role_data(self, row: dict[str, Any], col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.get("held"):
                return QCoreApplication.translate("Models", HELD_TIP)
            return row.get("error") or self.display(row, col)
        if role == RowRole:
            return dict(row)
        if role == StateRole:
            return row["state"]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SIZE, self.AGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


__all__ = ["OutboxModel", "RowRole", "StateRole", "age_text"]
