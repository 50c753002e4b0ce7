"""A trainee's cases (one row per case, with its status) and a case's attachments.

Rows come from :mod:`tutorclient.cases` (dicts or dataclasses: both are read
through :func:`field`), are normalised once in ``set_rows()`` and never
touched by widgets. Thumbnails are ``QImage``\\ s decoded on a lane thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from .base import RowsListModel, RowsTableModel
from .courses import human_size

__all__ = [
    "COL_STATUS",
    "COL_TITLE",
    "COL_UPDATED",
    "HEADERS",
    "STATUS_COLOURS",
    "AttachmentIdRole",
    "AttachmentRow",
    "AttachmentsModel",
    "CaseIdRole",
    "CaseRow",
    "CasesModel",
    "StatusRole",
    "field",
    "moment_of",
    "short_time",
    "time_key",
    "status_label",
]

COL_TITLE, COL_STATUS, COL_UPDATED = range(3)
HEADERS = {COL_TITLE: QT_TRANSLATE_NOOP("Models", "Case"), COL_STATUS: QT_TRANSLATE_NOOP("Models", "Status"), COL_UPDATED: QT_TRANSLATE_NOOP("Models", "Last change")}

CaseIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2  # the display status key ("draft", "reviewed", ...)
SortRole = Qt.ItemDataRole.UserRole + 3
AttachmentIdRole = Qt.ItemDataRole.UserRole + 11
AttachmentRole = Qt.ItemDataRole.UserRole + 12  # the AttachmentRow

# Background and text colours of each status badge: calm, and readable on a dim screen.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "draft": ("#e4e7ec", "#2f3a48"),
    "waiting_to_send": ("#fdebc8", "#6b4a00"),
    "submitted": ("#dbe8fb", "#163e73"),
    "in_review": ("#e9e0f8", "#46287a"),
    "reviewed": ("#d9f0e0", "#17542c"),
    "revision_requested": ("#fde2cf", "#7a3300"),
}
#: A case the identifier check holds on this computer (``tutorclient.cases.HELD_LABEL``).
HELD_TEXT = QT_TRANSLATE_NOOP("Models", "Held on this computer")
HELD_TIP = QT_TRANSLATE_NOOP(
    "Models", "Not sent, not even to your other devices: it may identify the patient. Open it to check.")
_FALLBACK_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Models", "Draft"), "waiting_to_send": QT_TRANSLATE_NOOP("Models", "Waiting to send"), "submitted": QT_TRANSLATE_NOOP("Models", "Waiting for a tutor"),
    "in_review": QT_TRANSLATE_NOOP("Models", "Being reviewed"), "reviewed": QT_TRANSLATE_NOOP("Models", "Reviewed"), "revision_requested": QT_TRANSLATE_NOOP("Models", "Changes requested"),
}


def field(obj: Any, name: str, default: Any = None) -> Any:
    """``obj[name]`` or ``obj.name``: the core returns dicts for records, dataclasses for summaries."""
    if obj is None:
        return default
    if isinstance(obj, dict):
        value = obj.get(name, default)
    else:
        value = getattr(obj, name, default)
    return default if value is None else value


def status_label(status: str) -> str:
    try:
        from tutorclient.cases import STATUS_LABELS
    except ImportError:  # pragma: no cover - the core module is always there in the app
        STATUS_LABELS = {}
    if status in STATUS_LABELS:
        from ..i18n import tr_core

        return tr_core(STATUS_LABELS[status])
    return QCoreApplication.translate(
        "Models", _FALLBACK_LABELS.get(status, status.replace("_", " ").capitalize()))


def moment_of(iso: str | None) -> datetime | None:
    """An ISO time (to the second or the millisecond, any zone) as an aware datetime."""
    try:
        moment = datetime.fromisoformat(str(iso or ""))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def time_key(iso: str | None) -> float:
    """A sort key for ISO times that compares instants, not text (0 when unknown)."""
    moment = moment_of(iso)
    return moment.timestamp() if moment else 0.0


def short_time(iso: str | None) -> str:
    """'today 14:05', '3 Nov 09:12' or '' (local time)."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(str(iso)).astimezone()
    except ValueError:
        return str(iso)
    from ..i18n import short_moment

    return short_moment(moment)


@dataclass(frozen=True)
class CaseRow:
    id: str
    title: str
    status: str
    specialism: str
    partnership_name: str
    updated_at: str
    new_replies: int = 0
    unsent_change: bool = False
    held: bool = False  # the identifier check keeps it on this computer

    @classmethod
    def of(cls, item: Any) -> CaseRow:
        return cls(
            id=str(field(item, "id") or field(item, "case_id", "")),
            title=str(field(item, "title", "")) or QCoreApplication.translate("Models", "(no title yet)"),
            status=str(field(item, "display_status") or field(item, "status", "draft")),
            specialism=str(field(item, "specialism", "")),
            partnership_name=str(field(item, "partnership_name", "")),
            updated_at=str(field(item, "updated_at") or field(item, "created_at", "")),
            new_replies=int(field(item, "new_replies", 0)),
            unsent_change=bool(field(item, "unsent_change", False)),
            held=bool(field(item, "held", False)),
        )


class CasesModel(RowsTableModel):
    """My cases, newest change first. Replace the rows with :meth:`set_rows`."""

    HEADERS = HEADERS
    SPEAK_HEADERS = True

    def set_rows(self, items: list[Any]) -> None:
        # Unsent changes first (the newest), then by the server's time of the last change.
        rows = sorted((CaseRow.of(i) for i in items), key=lambda r: (r.unsent_change, time_key(r.updated_at)),
                      reverse=True)
        self._replace_rows(rows, key=lambda r: r.id)  # same cases: keep the selection and scroll position

    def row(self, row: int) -> CaseRow | None:
        return super().row(row)

    def row_of(self, case_id: str) -> int:
        return self._find(lambda r: r.id == case_id)

    def display(self, case: CaseRow, col: int) -> Any:
        title = case.title
        if case.new_replies:
            title += "   · " + QCoreApplication.translate("Models", "%n new reply(s)", None,
                                                          case.new_replies)
        shown = QCoreApplication.translate("Models", HELD_TEXT) if case.held else status_label(case.status)
        return {COL_TITLE: title, COL_STATUS: shown,
                COL_UPDATED: short_time(case.updated_at)}.get(col)

    def role_data(self, case: CaseRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS and case.held:
            return QCoreApplication.translate("Models", HELD_TIP)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            return " · ".join(p for p in (case.specialism.capitalize(), case.partnership_name) if p) or None
        if role == CaseIdRole:
            return case.id
        if role == StatusRole:
            return case.status
        if role == SortRole:
            return {COL_TITLE: case.title.lower(), COL_STATUS: case.status, COL_UPDATED: case.updated_at}.get(col)
        return None


# -- attachments ---------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentRow:
    id: str
    sha256: str
    filename: str
    mime: str
    size: int
    original_size: int
    width: int
    height: int

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")

    @classmethod
    def of(cls, item: Any) -> AttachmentRow:
        size = int(field(item, "size", 0))
        return cls(
            id=str(field(item, "id", "")), sha256=str(field(item, "sha256", "")),
            filename=str(field(item, "filename", "file")), mime=str(field(item, "mime", "")),
            size=size, original_size=int(field(item, "original_size", size)),
            width=int(field(item, "width", 0)), height=int(field(item, "height", 0)),
        )

    def describe(self) -> str:
        text = human_size(self.size)
        if self.width and self.height:
            text = f"{self.width}×{self.height} px, {text}"  # units: the same in every language
        if self.original_size > self.size * 1.1:
            text += " " + QCoreApplication.translate("Models", "(was %1)").replace(
                "%1", human_size(self.original_size))
        return text


THUMB_SIDE = 96


def pdf_icon(side: int = THUMB_SIDE, label: str = "PDF") -> QImage:
    """A plain document tile for files that have no picture to show."""
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(QColor("#f4f6f9"))
    painter = QPainter(image)
    painter.setPen(QColor("#8896a8"))
    painter.drawRect(0, 0, side - 1, side - 1)
    painter.setPen(QColor("#a33a2c"))
    font = QFont()
    font.setPointSize(14)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), label)
    painter.end()
    return image


class AttachmentsModel(RowsListModel):
    """A case's pictures and PDFs, with thumbnails once they are decoded."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._thumbs: dict[str, QImage] = {}
        self._doc: QImage | None = None  # drawn on first use: painting text needs the app

    def set_rows(self, items: list[Any], thumbnails: dict[str, QImage] | None = None) -> None:
        if thumbnails is not None:
            self._thumbs = dict(thumbnails)
        self._replace_rows([AttachmentRow.of(i) for i in items])

    def rows(self) -> list[AttachmentRow]:
        return super().rows()

    def total_size(self) -> int:
        return sum(r.size for r in self._rows)

    def row_data(self, row: AttachmentRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.filename}\n{row.describe()}"
        if role == Qt.ItemDataRole.DecorationRole:
            thumb = self._thumbs.get(row.sha256)
            if thumb is None and self._doc is None:
                self._doc = pdf_icon()
            return thumb if thumb is not None else self._doc
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            kind = QCoreApplication.translate("Models", "Picture") if row.is_image else QCoreApplication.translate("Models", "File")
            return f"{kind}: {row.filename}, {row.describe()}"
        if role == AttachmentIdRole:
            return row.id
        if role == AttachmentRole:
            return row
        return None
