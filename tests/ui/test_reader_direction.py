"""Issue 14: an Arabic course's lessons lay out right to left in the real reader.

The demo course is switched to ``language = "ar"`` with an Arabic lesson body in the
synced store; the reader renders it, and the QTextDocument is checked block by block:
direction, which side each line sits on, the list's numbers and the table's edge.
"""

from __future__ import annotations

from PySide6.QtGui import QTextTable
from PySide6.QtCore import Qt

from tutorclient.ui.context import AppContext
from tutorclient.ui.views.library import LibraryPage

BODY = """Amlodipine هو حاصر لقنوات الكالسيوم يُستخدم في ارتفاع ضغط الدم.

1. يبدأ العلاج بجرعة منخفضة.
2. Amlodipine 5 mg
3. تُراقب الوذمة حول الكاحل.

| الدواء | الجرعة |
|---|---|
| Amlodipine | 5 mg |
"""


def _arabic_lesson(ctx: AppContext, language: str) -> str:
    db = ctx.store.db
    lesson_id, course_id = db.execute(
        "SELECT id, course_id FROM lessons ORDER BY position LIMIT 1").fetchone()
    with ctx.store.write() as w:
        w.execute("UPDATE courses SET language = ? WHERE id = ?", [language, course_id])
        w.execute("UPDATE lessons SET body_md = ? WHERE id = ?", [BODY, lesson_id])
    return lesson_id


def _blocks(reader):  # type: ignore[no-untyped-def]
    doc = reader.browser.document()
    block = doc.begin()
    while block.isValid():
        if block.text().strip():
            yield block
        block = block.next()


def _open(qtbot, page: LibraryPage, lesson_id: str):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.reader.lesson_opened):
        page.open_lesson(lesson_id)
    qtbot.waitUntil(lambda: "Amlodipine" in page.reader.browser.toPlainText())
    return page.reader


def test_arabic_course_lesson_is_right_to_left_and_right_aligned(
        qtbot, page: LibraryPage, ctx: AppContext) -> None:
    reader = _open(qtbot, page, _arabic_lesson(ctx, "ar"))
    blocks = list(_blocks(reader))
    first = blocks[0]
    assert first.text().startswith("Amlodipine هو")
    assert first.textDirection() == Qt.LayoutDirection.RightToLeft
    line = first.layout().lineAt(0)
    # Right-aligned: the short line ends at the column's right edge, with room on its left.
    rect, right_edge = line.naturalTextRect(), line.x() + line.width()
    assert abs(rect.right() - right_edge) < 2 and rect.left() > line.x() + 40, (rect, line.x(), right_edge)
    items = [b for b in blocks if b.textList() is not None]
    assert len(items) == 3
    assert all(b.textDirection() == Qt.LayoutDirection.RightToLeft for b in items)  # numbers on one side
    tables = [f for f in reader.browser.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert tables and tables[0].format().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert tables[0].format().alignment() & Qt.AlignmentFlag.AlignRight


def test_the_same_lesson_in_an_english_course_is_left_to_right(
        qtbot, page: LibraryPage, ctx: AppContext) -> None:
    reader = _open(qtbot, page, _arabic_lesson(ctx, "en"))
    first = next(_blocks(reader))
    assert first.textDirection() == Qt.LayoutDirection.LeftToRight
    line = first.layout().lineAt(0)
    assert abs(line.naturalTextRect().left() - line.x()) < 2
