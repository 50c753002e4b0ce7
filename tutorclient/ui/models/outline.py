"""A course outline as one flat list: a heading row per module, then its lessons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from tutorclient.library import OutlineLesson

LessonIdRole = Qt.ItemDataRole.UserRole + 1
IsModuleRole = Qt.ItemDataRole.UserRole + 2
ReadRole = Qt.ItemDataRole.UserRole + 3
LessonRole = Qt.ItemDataRole.UserRole + 4  # the OutlineLesson

READ_MARK, UNREAD_MARK = "✓", "○"

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    module: str
    lesson: OutlineLesson | None = None  # None: the module's heading


class OutlineModel(QAbstractListModel):
    """Module headings (not selectable) and lessons with a read/unread mark."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
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
        if [(r.module, r.lesson and r.lesson.id) for r in rows] == \
                [(r.module, r.lesson and r.lesson.id) for r in self._rows]:
            self._rows = rows  # same lessons: only marks changed, keep the selection
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def lessons(self) -> list[OutlineLesson]:
        return [r.lesson for r in self._rows if r.lesson is not None]

    def row_of(self, lesson_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.lesson and r.lesson.id == lesson_id), -1)

    # -- Qt overrides -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].lesson is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        lesson = row.lesson
        if role == Qt.ItemDataRole.DisplayRole:
            if lesson is None:
                return row.module
            return f"{READ_MARK if lesson.read else UNREAD_MARK}  {lesson.title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if lesson is None:
                return f"Module: {row.module}"
            return f"{lesson.title}, {'read' if lesson.read else 'not read yet'}"
        if role == Qt.ItemDataRole.ToolTipRole and lesson is not None:
            parts = ["Read" if lesson.read else "Not read yet"]
            if lesson.minutes:
                parts.append(f"about {lesson.minutes} minutes")
            if lesson.quiz_best:
                parts.append(f"best quiz score {lesson.quiz_best[0]} of {lesson.quiz_best[1]}")
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
