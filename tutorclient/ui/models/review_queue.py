"""The tutors' review queue: one row per case, the longest-waiting first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont

from ..i18n import arg, number
from .base import RowsTableModel
from .cases import CaseIdRole, StatusRole, field, status_label, time_key

__all__ = [
    "COL_CLAIMED", "COL_STATUS", "COL_TITLE", "COL_WAITING", "HEADERS", "MineRole", "QueueRow", "ReviewQueueModel", "waiting_text",
]

# Specialism and partnership sit under the title (two lines a row): at 1366 px a
# column each would squeeze the title to a few letters.
COL_WAITING, COL_TITLE, COL_STATUS, COL_CLAIMED = range(4)
HEADERS = {
    COL_WAITING: QT_TRANSLATE_NOOP("Models", "Waiting"),
    COL_TITLE: QT_TRANSLATE_NOOP("Models", "Case"),
    COL_STATUS: QT_TRANSLATE_NOOP("Models", "Status"),
    COL_CLAIMED: QT_TRANSLATE_NOOP("Models", "Claimed by"),
}
#: Short words for tutors; the trainee-facing labels ("Sent, waiting for a tutor") are too long here.
TUTOR_STATUS = {"submitted": QT_TRANSLATE_NOOP("Models", "Waiting"), "in_review": QT_TRANSLATE_NOOP("Models", "In review"), "revision_requested": QT_TRANSLATE_NOOP("Models", "With the trainee"),
                "reviewed": QT_TRANSLATE_NOOP("Models", "Reviewed")}
MineRole = Qt.ItemDataRole.UserRole + 21  # True when I claimed the case
WaitingRole = Qt.ItemDataRole.UserRole + 22  # the ISO time it started waiting


def _parse(iso: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(iso)
    except (ValueError, AttributeError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def waiting_text(since: str | None, now: datetime | None = None) -> str:
    """How long a case has waited, as a tutor reads it: '5 min', '3 hours', '2 days'."""
    moment = _parse(since or "")
    if moment is None:
        return ""
    seconds = max(0, int(((now or datetime.now(UTC)) - moment).total_seconds()))
    if seconds < 3600:
        return QCoreApplication.translate("Models", "%n min", None, max(1, seconds // 60))
    if seconds < 2 * 86400:
        return QCoreApplication.translate("Models", "%n hour(s)", None, seconds // 3600)
    return QCoreApplication.translate("Models", "%n day(s)", None, seconds // 86400)


@dataclass(frozen=True)
class QueueRow:
    case_id: str
    title: str
    partnership_id: str
    partnership_name: str
    specialism: str
    status: str
    author_name: str
    waiting_since: str
    claimed_by: str
    claimed_by_name: str
    mine: bool
    claim_pending: bool = False  # claimed on this computer, not yet confirmed by the server

    def where(self) -> str:
        """'Obstetrics · Somaliland teaching partnership · from Khadra Ali'."""
        parts = [self.specialism.capitalize() or QCoreApplication.translate("Models", "General"), self.partnership_name]
        if self.author_name:
            parts.append(arg(QCoreApplication.translate("Models", "from %1"), self.author_name))
        return " · ".join(p for p in parts if p)

    @classmethod
    def of(cls, item: Any) -> QueueRow:
        return cls(
            case_id=str(field(item, "case_id", "")), title=str(field(item, "title", "")),
            partnership_id=str(field(item, "partnership_id", "")),
            partnership_name=str(field(item, "partnership_name", "")),
            specialism=str(field(item, "specialism", "")), status=str(field(item, "status", "")),
            author_name=str(field(item, "author_name", "")),
            waiting_since=str(field(item, "waiting_since", "")),
            claimed_by=str(field(item, "claimed_by", "")),
            claimed_by_name=str(field(item, "claimed_by_name", "")),
            mine=bool(field(item, "mine", False)),
            claim_pending=bool(field(item, "claim_pending", False)),
        )


class ReviewQueueModel(RowsTableModel):
    """Queue items sorted by time waiting (oldest first); replace them with :meth:`set_rows`."""

    HEADERS = HEADERS
    SPEAK_HEADERS = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)
        self._skew = timedelta(0)

    def set_clock_skew(self, seconds: float) -> None:
        """This computer's clock minus the server's: waiting times are the server's
        (they start at server times), so 'now' is read on its clock too."""
        self._skew = timedelta(seconds=seconds)

    def set_rows(self, items: list[Any]) -> None:
        rows = [QueueRow.of(i) for i in items]
        # Oldest first; a row with no time sorts last rather than jumping the queue.
        # Compared as instants: the server's times carry milliseconds, older ones do not.
        rows.sort(key=lambda r: (not r.waiting_since, time_key(r.waiting_since), r.title.lower()))
        self._replace_rows(rows, key=lambda r: r.case_id)

    def item(self, row: int) -> QueueRow | None:
        return self.row(row)

    def rows(self) -> list[QueueRow]:
        return super().rows()

    def row_of(self, case_id: str) -> int:
        return self._find(lambda r: r.case_id == case_id)

    def _claimed_text(self, row: QueueRow) -> str:
        if row.mine:
            return QCoreApplication.translate("Models", "You")
        if row.claimed_by:
            return row.claimed_by_name or QCoreApplication.translate("Models", "Another tutor")
        return "—"

    def display(self, row: QueueRow, col: int) -> Any:
        return {
            COL_WAITING: waiting_text(row.waiting_since, datetime.now(UTC) - self._skew),
            COL_TITLE: f"{row.title}\n{row.where()}",
            COL_STATUS: QCoreApplication.translate("Models", TUTOR_STATUS[row.status])
            if row.status in TUTOR_STATUS else status_label(row.status),
            COL_CLAIMED: self._claimed_text(row),
        }.get(col)

    def role_data(self, row: QueueRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            return row.title + "\n" + arg(QCoreApplication.translate("Models", "From %1"),
                                          row.author_name) if row.author_name else row.title
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CLAIMED and row.claimed_by:
            return self._claimed_text(row) if row.mine else row.claimed_by_name or None
        if role == Qt.ItemDataRole.FontRole and col == COL_CLAIMED and row.mine:
            return self._bold
        if role == CaseIdRole:
            return row.case_id
        if role == StatusRole:
            return row.status
        if role == MineRole:
            return row.mine
        if role == WaitingRole:
            return row.waiting_since
        return None
