"""The library's course list: one row per course, what is on this computer, how far along."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from tutorclient.library import (
    STATE_DOWNLOADING,
    STATE_NOT_DOWNLOADED,
    STATE_OFFLINE,
    CourseStatus,
)

from .base import RowsTableModel

COL_TITLE, COL_STATE, COL_SIZE, COL_LESSONS, COL_QUIZZES = range(5)
HEADERS = {
    COL_TITLE: "Course",
    COL_STATE: "On this computer",
    COL_SIZE: "Size on disk",
    COL_LESSONS: "Lessons read",
    COL_QUIZZES: "Quiz scores",
}

CourseIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2  # the CourseStatus
SortRole = Qt.ItemDataRole.UserRole + 3
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole  # looked up once (see models.base)


def human_size(size: int) -> str:
    """Bytes as a trainee reads them: '0 KB', '340 KB', '12.5 MB'."""
    if size < 1024 * 1024:
        return f"{(size + 1023) // 1024} KB"
    if size < 1024 ** 3:
        return f"{size / 1024 ** 2:.1f} MB"
    return f"{size / 1024 ** 3:.2f} GB"


CHECKING = "Checking files…"  # listed before its files were looked at (library.course_list)


def state_text(status: CourseStatus) -> str:
    if not status.files_checked and status.state != STATE_NOT_DOWNLOADED:
        return CHECKING
    if status.state == STATE_OFFLINE:
        return "Downloaded" if status.files_total else "Downloaded (text only)"
    if status.state == STATE_DOWNLOADING:
        return f"Downloading: {status.files_present} of {status.files_total} files"
    return "Text only (files not downloaded)"


def size_text(status: CourseStatus) -> str:
    if not status.files_checked:
        return "…"
    if status.state == STATE_OFFLINE or not status.bytes_total:
        return human_size(status.bytes_on_disk)
    return f"{human_size(status.bytes_on_disk)} of {human_size(status.bytes_total)}"


def lessons_text(status: CourseStatus) -> str:
    return f"{status.lessons_read} of {status.lessons_total}"


def quizzes_text(status: CourseStatus) -> str:
    if not status.quizzes_total:
        return "No quizzes"
    if not status.quizzes_taken:
        return f"None taken yet ({status.quizzes_total})"
    return f"{status.quiz_percent}% · {status.quizzes_taken} of {status.quizzes_total} taken"


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
