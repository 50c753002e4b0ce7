"""The tutor's reviews in a period: one row per review, oldest first (the contribution record)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from tutorclient.contributions import GivenReview

from ..contrib_pdf import duration_text
from .base import RowsTableModel

__all__ = ["COL_CASE", "COL_DATE", "COL_REFLECTION", "COL_THANKED", "COL_TIME",
           "ContributionsModel", "ReviewIdRole"]

COL_DATE, COL_CASE, COL_TIME, COL_THANKED, COL_REFLECTION = range(5)
ReviewIdRole = Qt.ItemDataRole.UserRole + 41

_CTX = "ContributionsModel"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)  # the literals are marked where they are written


class ContributionsModel(RowsTableModel):
    """Rows are :class:`~tutorclient.contributions.GivenReview`. The tutor sees the
    case's own title here (the exports show :attr:`GivenReview.label`)."""

    HEADERS = {COL_DATE: QT_TRANSLATE_NOOP("ContributionsModel", "Date"), COL_CASE: QT_TRANSLATE_NOOP("ContributionsModel", "Case"),
               COL_TIME: QT_TRANSLATE_NOOP("ContributionsModel", "Time given"),
               COL_THANKED: QT_TRANSLATE_NOOP("ContributionsModel", "Thanks"),
               COL_REFLECTION: QT_TRANSLATE_NOOP("ContributionsModel", "Reflection")}
    SPEAK_HEADERS = True

    def header(self, section: int) -> str | None:
        text = super().header(section)
        return _t(text) if text else text

    def set_rows(self, rows: list[GivenReview]) -> None:
        self._replace_rows(list(rows), key=lambda r: r.review_id)

    def display(self, row: GivenReview, col: int) -> Any:
        if col == COL_DATE:
            return row.at[:10]
        if col == COL_CASE:
            return row.title or row.label
        if col == COL_TIME:
            return duration_text(row.active_seconds) if row.active_seconds else "–"
        if col == COL_THANKED:
            return QCoreApplication.translate("ContributionsModel", "Thanked") if row.thanked else ""
        if col == COL_REFLECTION:
            return row.reflection.replace("\n", " ")
        return None

    def role_data(self, row: GivenReview, col: int, role: int) -> Any:
        if role == ReviewIdRole:
            return row.review_id
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_CASE, COL_REFLECTION):
            return row.reflection or row.title
        return None
