"""Past sync passes, one per row: when, how long, result, items, data up and down.

Rows come from :func:`load_history` (run on a lane) and go in with ``set_rows()``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QCoreApplication, QT_TRANSLATE_NOOP

from tutorclient import connectivity
from tutorclient.store import Store

from ..main_window import when
from ..i18n import arg, number
from .base import RowsTableModel

HISTORY_ROWS = 50
RESULT_TEXT = {
    "ok": QT_TRANSLATE_NOOP("Models", "Finished"),
    "partial": QT_TRANSLATE_NOOP("Models", "Finished: some items need a look"),
    "failed": QT_TRANSLATE_NOOP("Models", "Did not finish"),
    "cancelled": QT_TRANSLATE_NOOP("Models", "Cancelled"),
    "running": QT_TRANSLATE_NOOP("Models", "In progress"),
}
RowRole = Qt.ItemDataRole.UserRole + 1  # the row's dict
ResultRole = Qt.ItemDataRole.UserRole + 2  # 'ok', 'failed', ...
BytesRole = Qt.ItemDataRole.UserRole + 3  # bytes up + down, an int


def size_text(n: int) -> str:
    if n < 1000:
        return QCoreApplication.translate("Models", "%n byte(s)", None, n)
    if n < 1_000_000:
        return f"{number(round(n / 1000))} KB"
    return f"{number(n / 1_000_000, 1)} MB"


def duration_text(started: str | None, finished: str | None) -> str:
    if not started or not finished:
        return ""
    try:
        seconds = (datetime.fromisoformat(finished)
                   - datetime.fromisoformat(started)).total_seconds()
    except ValueError:
        return ""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return QCoreApplication.translate("Models", "%n s", None, seconds)
    if seconds < 3600:
        return arg(QCoreApplication.translate("Models", "%1 min %2 s"), seconds // 60,
                   f"{seconds % 60:02d}")
    return arg(QCoreApplication.translate("Models", "%1 h %2 min"), seconds // 3600,
               f"{seconds % 3600 // 60:02d}")


def load_history(store: Store, limit: int = HISTORY_ROWS) -> list[dict[str, Any]]:
    """The newest sync passes, newest first. Runs on a lane."""
    return connectivity.recent_passes(store, limit)


class SyncHistoryModel(RowsTableModel):
    """Recent sync passes, one per row."""

    WHEN, DURATION, RESULT, SENT, RECEIVED, DATA = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("Models", "When"), QT_TRANSLATE_NOOP("Models", "Took"), QT_TRANSLATE_NOOP("Models", "Result"), QT_TRANSLATE_NOOP("Models", "Sent"), QT_TRANSLATE_NOOP("Models", "Received"), QT_TRANSLATE_NOOP("Models", "Data ↑ / ↓"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncHistoryModel")
        self.syncing = False  # a 'running' row is only 'in progress' while we sync
        # The pass that just ended, until the re-read of the history arrives:
        # (its row as read mid-pass, how it ended). That row still says 'running'.
        self._ended: tuple[dict[str, Any], str] | None = None

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self._ended = None
        self._replace_rows(list(rows))

    def pass_ended(self, result: str) -> None:
        """The running pass ended with ``result`` ('ok', 'failed', ...): show that at
        once on its row, not "Stopped before finishing", until fresh rows come."""
        first = self._rows[0] if self._rows else None
        if first is None or first["result"] != "running":
            return
        self._ended = (first, result)
        self.dataChanged.emit(self.index(0, self.RESULT), self.index(0, self.RESULT))

    def result_text(self, row: dict[str, Any]) -> str:
        result = row["result"]
        if result == "running" and self._ended is not None and row is self._ended[0]:
            result = self._ended[1]
        elif result == "running" and not self.syncing:
            return QCoreApplication.translate("Models", "Stopped before finishing")
        text = QCoreApplication.translate("Models", RESULT_TEXT.get(result, result))
        if row["via"] == "bundle":
            text += QCoreApplication.translate("Models", " (USB)")
        if result == "failed" and row["error"]:
            text += f": {row['error']}"
        return text

    def display(self, row: dict[str, Any], col: int) -> str | None:
        if col == self.WHEN:
            return when(row["started_at"])
        if col == self.DURATION:
            return duration_text(row["started_at"], row["finished_at"])
        if col == self.RESULT:
            return self.result_text(row)
        if row["result"] == "running":
            return ""  # counts arrive when the pass ends
        if col == self.SENT:
            return number(row["pushed"])
        if col == self.RECEIVED:
            files = row["blobs"] or 0
            return number(row["pulled"]) + (" + " + QCoreApplication.translate(
                "Models", "%n file(s)", None, files) if files else "")
        if col == self.DATA:
            return f"{size_text(row['bytes_up'] or 0)} / {size_text(row['bytes_down'] or 0)}"
        return None

    def role_data(self, row: dict[str, Any], col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(row, col)
        if role == RowRole:
            return dict(row)
        if role == ResultRole:
            return row["result"]
        if role == BytesRole:
            return (row["bytes_up"] or 0) + (row["bytes_down"] or 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SENT, self.RECEIVED, self.DATA):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


__all__ = ["BytesRole", "ResultRole", "RowRole", "SyncHistoryModel", "duration_text",
           "load_history", "size_text"]
