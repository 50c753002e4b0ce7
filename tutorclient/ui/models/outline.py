"""A course outline as one flat list: a heading row per module, then its lessons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QCoreApplication
from PySide6.QtGui import QFont

from tutorclient.library import OutlineLesson

from ..i18n import arg
from .base import Index, RowsListModel

LessonIdRole = Qt.ItemDataRole.UserRole + 1
IsModuleRole = Qt.ItemDataRole.UserRole + 2
ReadRole = Qt.ItemDataRole.UserRole + 3
LessonRole = Qt.ItemDataRole.UserRole + 4  # the OutlineLesson

READ_MARK, UNREAD_MARK = "✓", "○"


@dataclass(frozen=True)
class _Row:
    module: str
    lesson: OutlineLesson | None = None  # None: the module's heading


class OutlineModel(RowsListModel):
    """Module headings (not selectable) and lessons with a read/unread mark."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._heading_font = QFont()
        self._heading_font.setBold(True)

    def set_rows(self, lessons: list[OutlineLesson]) -> None:
        rows: list[_Row] = []
        module = None
        for lesson in lessons:
            if lesson.module_title != module:
                module = lesson.module_title
                rows.append(_Row(module))
            rows.append(_Row(module, lesson))
        # Same lessons: only marks changed, keep the selection.
        self._replace_rows(rows, key=lambda r: (r.module, r.lesson and r.lesson.id))

    def lessons(self) -> list[OutlineLesson]:
        return [r.lesson for r in self._rows if r.lesson is not None]

    def row_of(self, lesson_id: str) -> int:
        return self._find(lambda r: r.lesson and r.lesson.id == lesson_id)

    # -- Qt overrides -----------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].lesson is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def row_data(self, row: _Row, role: int) -> Any:
        lesson = row.lesson
        if role == Qt.ItemDataRole.DisplayRole:
            if lesson is None:
                return row.module
            return f"{READ_MARK if lesson.read else UNREAD_MARK}  {lesson.title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if lesson is None:
                return arg(QCoreApplication.translate("Models", "Module: %1"), row.module)
            return arg(QCoreApplication.translate("Models", "%1, read") if lesson.read else
                       QCoreApplication.translate("Models", "%1, not read yet"), lesson.title)
        if role == Qt.ItemDataRole.ToolTipRole and lesson is not None:
            parts = [QCoreApplication.translate("Models", "Read") if lesson.read else QCoreApplication.translate("Models", "Not read yet")]
            if lesson.minutes:
                parts.append(QCoreApplication.translate("Models", "about %n minute(s)", None,
                                                        lesson.minutes))
            if lesson.quiz_best:
                parts.append(arg(QCoreApplication.translate("Models", "best quiz score %1 of %2"),
                                 *lesson.quiz_best[:2]))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.FontRole and lesson is None:
            return self._heading_font
        if role == LessonIdRole:
            return lesson.id if lesson else None
        if role == IsModuleRole:
            return lesson is None
        if role == ReadRole:
            return bool(lesson and lesson.read)
        if role == LessonRole:
            return lesson
        return None
