"""The library's course list: one row per course, what is on this computer, how far along."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QCoreApplication, QT_TRANSLATE_NOOP

from tutorclient.library import (
    STATE_DOWNLOADING,
    STATE_NOT_DOWNLOADED,
    STATE_OFFLINE,
    CourseStatus,
)

from ..i18n import arg, number
from .base import RowsTableModel

COL_TITLE, COL_STATE, COL_SIZE, COL_LESSONS, COL_QUIZZES = range(5)
HEADERS = {
    COL_TITLE: QT_TRANSLATE_NOOP("Models", "Course"),
    COL_STATE: QT_TRANSLATE_NOOP("Models", "On this computer"),
    COL_SIZE: QT_TRANSLATE_NOOP("Models", "Size on disk"),
    COL_LESSONS: QT_TRANSLATE_NOOP("Models", "Lessons read"),
    COL_QUIZZES: QT_TRANSLATE_NOOP("Models", "Quiz scores"),
}

CourseIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2  # the CourseStatus
SortRole = Qt.ItemDataRole.UserRole + 3
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole  # looked up once (see models.base)


def human_size(size: int) -> str:
    """Bytes as a trainee reads them: '0 KB', '340 KB', '12.5 MB'."""
    if size < 1024 * 1024:
        return f"{number((size + 1023) // 1024)} KB"
    if size < 1024 ** 3:
        return f"{number(size / 1024 ** 2, 1)} MB"
    return f"{number(size / 1024 ** 3, 2)} GB"


CHECKING = QT_TRANSLATE_NOOP("Models", "Checking files…")  # listed before its files were looked at (library.course_list)


def state_text(status: CourseStatus) -> str:
    if not status.files_checked and status.state != STATE_NOT_DOWNLOADED:
        return QCoreApplication.translate("Models", CHECKING)
    if status.state == STATE_OFFLINE:
        return QCoreApplication.translate("Models", "Downloaded") if status.files_total else QCoreApplication.translate("Models", "Downloaded (text only)")
    if status.state == STATE_DOWNLOADING:
        return arg(QCoreApplication.translate("Models", "Downloading: %1 of %2 files"),
                   status.files_present, status.files_total)
    return QCoreApplication.translate("Models", "Text only (files not downloaded)")


def size_text(status: CourseStatus) -> str:
    if not status.files_checked:
        return "…"
    if status.state == STATE_OFFLINE or not status.bytes_total:
        return human_size(status.bytes_on_disk)
    return arg(QCoreApplication.translate("Models", "%1 of %2"), human_size(status.bytes_on_disk),
               human_size(status.bytes_total))


def lessons_text(status: CourseStatus) -> str:
    return arg(QCoreApplication.translate("Models", "%1 of %2"), status.lessons_read,
               status.lessons_total)


def quizzes_text(status: CourseStatus) -> str:
    if not status.quizzes_total:
        return QCoreApplication.translate("Models", "No quizzes")
    if not status.quizzes_taken:
        return arg(QCoreApplication.translate("Models", "None taken yet (%1)"), status.quizzes_total)
    return arg(QCoreApplication.translate("Models", "%1% · %2 of %3 taken"), status.quiz_percent,
               status.quizzes_taken, status.quizzes_total)


_CELL_TEXT: dict[int, Callable[[CourseStatus], str]] = {
    COL_TITLE: lambda status: status.title,
    COL_STATE: state_text,
    COL_SIZE: size_text,
    COL_LESSONS: lessons_text,
    COL_QUIZZES: quizzes_text,
}


class CoursesModel(RowsTableModel):
    """Rows are :class:`tutorclient.library.CourseStatus`; replace them with :meth:`set_rows`."""

    HEADERS = HEADERS
    SPEAK_HEADERS = True

    def set_rows(self, rows: list[CourseStatus]) -> None:
        # Same courses: update in place so the selection and scroll stay put.
        self._replace_rows(list(rows), key=lambda r: r.id)

    def rows(self) -> list[CourseStatus]:
        return super().rows()

    def status(self, row: int) -> CourseStatus | None:
        return self.row(row)

    def row_of(self, course_id: str) -> int:
        return self._find(lambda r: r.id == course_id)

    def cell_text(self, row: int, col: int) -> str | None:
        """The text shown in a cell (its ``DisplayRole``), read without going through Qt."""
        status = self.row(row)
        return None if status is None else self.display(status, col)

    def display(self, status: CourseStatus, col: int) -> Any:
        # Only the cell asked for: the view asks thousands of times to fit its columns.
        text = _CELL_TEXT.get(col)
        return text(status) if text is not None else None

    def role_data(self, status: CourseStatus, col: int, role: int) -> Any:
        if role == TOOLTIP_ROLE and col == COL_TITLE:
            return status.summary or None
        if role == CourseIdRole:
            return status.id
        if role == StatusRole:
            return status
        if role == SortRole:
            return {
                COL_TITLE: status.title.lower(),
                COL_STATE: [STATE_OFFLINE, STATE_DOWNLOADING, STATE_NOT_DOWNLOADED].index(status.state),
                COL_SIZE: status.bytes_on_disk,
                COL_LESSONS: status.lessons_read,
                COL_QUIZZES: status.quiz_percent or -1,
            }.get(col)
        return None
