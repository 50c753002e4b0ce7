"""ColumnFitter gives the widths Qt's ResizeToContents gives, for a fraction of the model calls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from tests.ui.test_course_models import _course
from tutorclient.library import STATE_DOWNLOADING, STATE_NOT_DOWNLOADED
from tutorclient.ui.column_fit import ColumnFitter
from tutorclient.ui.models.courses import COL_TITLE, HEADERS, CoursesModel

FITTED = [col for col in HEADERS if col != COL_TITLE]


class CountingModel(CoursesModel):
    calls = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        CountingModel.calls += 1
        return super().data(index, role)


def _rows(n: int) -> list:
    rows = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            rows.append(_course(f"c{i}"))
        elif kind == 1:
            rows.append(_course(f"c{i}", state=STATE_DOWNLOADING, files_present=i, files_total=10 * i,
                                bytes_on_disk=i * 1024 * 300, bytes_total=i * 1024 * 1024 * 7))
        elif kind == 2:
            rows.append(_course(f"c{i}", state=STATE_NOT_DOWNLOADED, quizzes_taken=0, quiz_points=0))
        else:
            rows.append(_course(f"c{i}", files_checked=False, lessons_total=100 + i, lessons_read=i))
    return rows


def _table(qtbot, model: CoursesModel) -> QTableView:
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setShowGrid(False)
    table.horizontalHeader().setMinimumSectionSize(60)
    table.resize(1200, 300)
    return table


def _qt_widths(qtbot, rows: list, point_size: float) -> dict[int, int]:
    table = _table(qtbot, CoursesModel())
    font = table.font()
    font.setPointSizeF(point_size)
    table.setFont(font)
    header = table.horizontalHeader()
    header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    for col in FITTED:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    table.model().set_rows(rows)
    table.show()
    qtbot.waitExposed(table)
    header.resizeSections()
    return {col: header.sectionSize(col) for col in FITTED}


def test_widths_match_resize_to_contents_in_fewer_model_calls(qtbot) -> None:
    rows = _rows(100)
    expected = _qt_widths(qtbot, rows, 10)
    assert len(set(expected.values())) > 1  # the columns really differ (not all at the minimum)

    model = CountingModel()
    table = _table(qtbot, model)
    font = table.font()
    font.setPointSizeF(10)
    table.setFont(font)
    table.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    fitter = ColumnFitter(table, FITTED, model.cell_text)
    table.show()
    qtbot.waitExposed(table)
    CountingModel.calls = 0
    model.set_rows(rows)
    header = table.horizontalHeader()
    assert {col: header.sectionSize(col) for col in FITTED} == expected
    # A few cells per column through the delegate, not 100 rows × 8 roles per pass.
    assert CountingModel.calls < 400, CountingModel.calls
    assert all(header.sectionResizeMode(col) == QHeaderView.ResizeMode.Fixed for col in FITTED)
    assert fitter.widths() == expected


def test_refits_when_the_text_grows_and_when_the_font_changes(qtbot) -> None:
    model = CoursesModel()
    table = _table(qtbot, model)
    table.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    ColumnFitter(table, FITTED, model.cell_text)
    table.show()
    qtbot.waitExposed(table)
    model.set_rows(_rows(3))
    header = table.horizontalHeader()
    before = {col: header.sectionSize(col) for col in FITTED}
    model.set_rows(_rows(8))  # a longer "Downloading: 5 of 50 files" arrives
    grown = {col: header.sectionSize(col) for col in FITTED}
    assert grown == _qt_widths(qtbot, _rows(8), table.font().pointSizeF())
    assert grown != before

    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)  # "Larger text" (Ctrl+=) applies live
    table.setFont(font)
    larger = {col: header.sectionSize(col) for col in FITTED}
    assert larger == _qt_widths(qtbot, _rows(8), font.pointSizeF())
    assert all(larger[col] >= grown[col] for col in FITTED) and larger != grown
