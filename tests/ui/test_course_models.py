"""The library's models without widgets, and through pytest-qt's qtmodeltester."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from tutorclient.library import (
    STATE_DOWNLOADING,
    STATE_NOT_DOWNLOADED,
    STATE_OFFLINE,
    CourseStatus,
    OutlineLesson,
)
from tutorclient.ui.models.courses import (
    COL_LESSONS,
    COL_QUIZZES,
    COL_SIZE,
    COL_STATE,
    COL_TITLE,
    CourseIdRole,
    CoursesModel,
    SortRole,
    StatusRole,
    human_size,
)
from tutorclient.ui.models.outline import (
    IsModuleRole,
    LessonIdRole,
    OutlineModel,
    ReadRole,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def _course(cid: str = "c1", **fields) -> CourseStatus:
    base = {"id": cid, "title": f"Course {cid}", "summary": "About it", "state": STATE_OFFLINE,
            "files_total": 4, "files_present": 4, "bytes_total": 3 * 1024 * 1024,
            "bytes_on_disk": 3 * 1024 * 1024, "lessons_total": 6, "lessons_read": 2, "quizzes_total": 6,
            "quizzes_taken": 2, "quiz_points": 5, "quiz_max": 6}
    return CourseStatus(**(base | fields))


def _lessons() -> list[OutlineLesson]:
    return [
        OutlineLesson("l1", "ABCDE", "Primary survey", 10, read=True, quiz_id="q1", quiz_best=(2, 3)),
        OutlineLesson("l2", "Airway", "Primary survey", 12),
        OutlineLesson("l3", "Triage", "Triage in practice", 12),
    ]


def test_courses_model_columns_and_roles() -> None:
    model = CoursesModel()
    model.set_rows([_course("c1"), _course("c2", state=STATE_DOWNLOADING, files_present=1,
                                            bytes_on_disk=400 * 1024, quizzes_taken=0, quiz_points=0, quiz_max=0)])
    assert model.rowCount() == 2 and model.columnCount() == 5
    assert model.headerData(COL_SIZE, Qt.Orientation.Horizontal) == "Size on disk"
    row0 = {col: model.index(0, col).data(DISPLAY) for col in range(5)}
    assert row0 == {COL_TITLE: "Course c1", COL_STATE: "Downloaded", COL_SIZE: "3.0 MB",
                    COL_LESSONS: "2 of 6", COL_QUIZZES: "83% · 2 of 6 taken"}
    assert model.index(1, COL_STATE).data(DISPLAY) == "Downloading: 1 of 4 files"
    assert model.index(1, COL_SIZE).data(DISPLAY) == "400 KB of 3.0 MB"
    assert model.index(1, COL_QUIZZES).data(DISPLAY) == "None taken yet (6)"
    assert model.index(1, COL_TITLE).data(CourseIdRole) == "c2"
    assert model.index(1, COL_TITLE).data(StatusRole).files_present == 1
    assert model.index(0, COL_SIZE).data(SortRole) > model.index(1, COL_SIZE).data(SortRole)
    assert model.index(0, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole) == "About it"


def test_courses_model_updates_in_place_when_the_courses_are_the_same(qtbot) -> None:
    model = CoursesModel()
    model.set_rows([_course("c1"), _course("c2")])
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        model.set_rows([_course("c1", state=STATE_NOT_DOWNLOADED, bytes_on_disk=0), _course("c2")])
    assert model.index(0, COL_STATE).data(DISPLAY) == "Text only (files not downloaded)"
    assert model.index(0, COL_SIZE).data(DISPLAY) == "0 KB of 3.0 MB"
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([_course("c3")])
    assert model.row_of("c3") == 0 and model.row_of("c1") == -1


def test_courses_model_passes_modeltester(qtmodeltester) -> None:
    model = CoursesModel()
    model.set_rows([_course("c1"), _course("c2", state=STATE_NOT_DOWNLOADED)])
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_outline_model_headings_and_read_marks() -> None:
    model = OutlineModel()
    model.set_rows(_lessons())
    shown = [model.index(r).data(DISPLAY) for r in range(model.rowCount())]
    assert shown == ["Primary survey", "✓  ABCDE", "○  Airway", "Triage in practice", "○  Triage"]
    assert model.index(0).data(IsModuleRole) and not model.index(1).data(IsModuleRole)
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(1)) & Qt.ItemFlag.ItemIsSelectable
    assert model.index(1).data(LessonIdRole) == "l1" and model.index(1).data(ReadRole)
    assert "best quiz score 2 of 3" in model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2).data(Qt.ItemDataRole.AccessibleTextRole) == "Airway, not read yet"
    assert model.row_of("l3") == 4 and [x.id for x in model.lessons()] == ["l1", "l2", "l3"]


def test_outline_model_marking_read_keeps_rows(qtbot) -> None:
    model = OutlineModel()
    model.set_rows(_lessons())
    updated = _lessons()
    updated[1] = OutlineLesson("l2", "Airway", "Primary survey", 12, read=True)
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        model.set_rows(updated)
    assert model.index(2).data(DISPLAY) == "✓  Airway"


def test_outline_model_passes_modeltester(qtmodeltester) -> None:
    model = OutlineModel()
    model.set_rows(_lessons())
    qtmodeltester.check(model)
    assert model.rowCount(model.index(0)) == 0 and model.data(QModelIndex()) is None


def test_human_size() -> None:
    assert human_size(0) == "0 KB"
    assert human_size(1) == "1 KB"
    assert human_size(340 * 1024) == "340 KB"
    assert human_size(int(12.5 * 1024 * 1024)) == "12.5 MB"
