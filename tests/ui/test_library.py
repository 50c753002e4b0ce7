"""The Library page against a live seeded server and a real synced profile.

Downloading and removing courses, sizes and progress, the outline's read
marks, ``open_lesson(..., highlight)``, and screenshots at 1366×768.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tutorclient import library, outbox, study
from tutorclient.ui.context import AppContext
from tutorclient.ui.main_window import PAGE_LIBRARY, MainWindow
from tutorclient.ui.models.courses import COL_LESSONS, COL_SIZE, COL_STATE
from tutorclient.ui.models.outline import ReadRole
from tutorclient.ui.views.library import LibraryPage

SHOTS = Path("/tmp/shots-ui")


def _course_files(ctx: AppContext, course_id: str) -> list[str]:
    return [r[0] for r in ctx.store.db.execute(
        "SELECT DISTINCT sha256 FROM attachments WHERE course_id = ?", [course_id])]


def _select(page: LibraryPage, row: int) -> str:
    page.table.selectRow(row)
    return page.courses_model.status(row).id


def test_lists_courses_with_download_state_size_and_progress(page: LibraryPage, ctx: AppContext) -> None:
    model = page.courses_model
    for row in range(2):
        status = model.status(row)
        on_disk = ctx.blobs.size_on_disk(_course_files(ctx, status.id))
        assert on_disk > 0 and status.bytes_on_disk == on_disk
        assert model.index(row, COL_STATE).data() == "Downloaded"
        assert model.index(row, COL_LESSONS).data() == "0 of 6"
    assert page.table.isVisible() and not page.empty_label.isVisible()
    assert "every picture and PDF" in page.detail_state.text()
    assert not page.download_button.isEnabled() and page.remove_button.isEnabled()


def test_every_interactive_widget_is_named(page: LibraryPage) -> None:
    page.open_course(page.courses_model.status(0).id)
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QLineEdit, QTextEdit, QPlainTextEdit)
    unnamed = [w for w in page.findChildren(QWidget)
               if isinstance(w, kinds) and (w.objectName() == "" or w.accessibleName() == "")]
    # A spin box's inner line edit and a table's corner button are parts of their owner.
    unnamed = [w for w in unnamed if not isinstance(w.parent(), QAbstractSpinBox | QAbstractItemView)]
    assert [(type(w).__name__, w.objectName(), type(w.parent()).__name__) for w in unnamed] == []


def test_remove_frees_space_then_download_brings_it_back(qtbot, page: LibraryPage, ctx: AppContext) -> None:
    (SHOTS / "7-library-downloading.png").unlink(missing_ok=True)
    course_id = _select(page, 0)
    files = _course_files(ctx, course_id)
    before = ctx.blobs.size_on_disk(files)
    lesson_id = library.course_outline(ctx.store, ctx.user_id, course_id)[0].id
    study.save_note(ctx.store, ctx.user_id, lesson_id, "unsent note")
    pending = outbox.entries(ctx.store.db)

    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.confirm_box is not None and page.confirm_box.isVisible()
    confirm = page.confirm_box.findChild(QAbstractButton, "confirmRemoveButton")
    with qtbot.waitSignal(page.course_removed) as removed:
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert removed.args[0].freed_bytes == before
    assert not any(ctx.blobs.has(sha) for sha in files)
    qtbot.waitUntil(lambda: page.courses_model.status(0).bytes_on_disk == 0)
    assert page.courses_model.index(0, COL_SIZE).data().startswith("0 KB of")
    assert "Text only" in page.courses_model.index(0, COL_STATE).data()
    assert "Freed" in page.message_label.text()
    assert outbox.entries(ctx.store.db) == pending  # the unsent note is untouched
    assert study.note(ctx.store, ctx.user_id, lesson_id) == "unsent note"
    assert page.download_button.isEnabled()

    seen: list[tuple[bool, str]] = []

    def record(_state: object) -> None:
        seen.append((page.download_bar.isVisibleTo(page), page.download_label.text()))
        if seen[-1][1].startswith("Downloading files") and not (SHOTS / "7-library-downloading.png").exists():
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.grab().save(str(SHOTS / "7-library-downloading.png"))

    ctx.sync_state_changed.connect(record)
    with qtbot.waitSignal(ctx.sync_finished, timeout=30_000) as finished:
        qtbot.mouseClick(page.download_button, Qt.MouseButton.LeftButton)
    assert not isinstance(finished.args[0], BaseException)
    assert all(ctx.blobs.has(sha) for sha in files)
    qtbot.waitUntil(lambda: page.courses_model.status(0).bytes_on_disk == before)
    assert page.courses_model.index(0, COL_STATE).data() == "Downloaded"
    assert any(visible and text.startswith("Downloading files") for visible, text in seen)
    assert not page.download_bar.isVisible()
    assert study.note(ctx.store, ctx.user_id, lesson_id) == "unsent note"


def test_open_lesson_with_highlight_selects_the_hit(qtbot, page: LibraryPage, ctx: AppContext) -> None:
    lesson_id = ctx.store.db.execute(
        "SELECT id FROM lessons WHERE body_md LIKE '%uterotonic%' ORDER BY position LIMIT 1").fetchone()[0]
    with qtbot.waitSignal(page.reader.lesson_opened):
        page.open_lesson(lesson_id, highlight="Uterotonic")
    assert page.screens.currentIndex() == page.SCREEN_COURSE
    assert page.content.currentWidget() is page.reader
    cursor = page.reader.browser.textCursor()
    assert cursor.selectedText().lower() == "uterotonic"
    assert page.outline.currentIndex().row() == page.outline_model.row_of(lesson_id)
    bar = page.reader.browser.verticalScrollBar()
    top = page.reader.browser.cursorRect(cursor).top()
    assert 0 <= top < page.reader.browser.viewport().height(), (top, bar.value())


def test_read_marks_update_after_mark_read(qtbot, page: LibraryPage, ctx: AppContext) -> None:
    course_id = _select(page, 0)
    with qtbot.waitSignal(page.reader.lesson_opened):
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    lesson_id = page.reader.lesson_id
    row = page.outline_model.row_of(lesson_id)
    assert page.outline_model.index(row).data(ReadRole) is False
    with qtbot.waitSignal(page.reader.marked_read):
        qtbot.mouseClick(page.reader.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outline_model.index(row).data(ReadRole))
    assert page.outline_model.index(row).data().startswith("✓")
    qtbot.waitUntil(lambda: page.courses_model.index(page.courses_model.row_of(course_id), COL_LESSONS).data()
                    == "1 of 6")
    assert page.course_progress.text().startswith("1 of 6 lessons read")
    assert any(e["kind"] == "progress" for e in outbox.entries(ctx.store.db))
    assert not page.reader.read_button.isEnabled()


def test_all_courses_button_returns_to_the_list(qtbot, page: LibraryPage) -> None:
    with qtbot.waitSignal(page.reader.lesson_opened):
        page.open_course(page.courses_model.status(1).id)
    assert page.course_title.text() == page.courses_model.status(1).title
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.screens.currentIndex() == page.SCREEN_COURSES


def test_screenshots_at_1366x768(qtbot, ctx: AppContext) -> None:
    """Render the page as a trainee sees it, for a human to look at (/tmp/shots-ui)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = LibraryPage(ctx)
    window = MainWindow(ctx, {PAGE_LIBRARY: page})
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: page.courses_model.rowCount() == 2 and page.files_checked)
    window.grab().save(str(SHOTS / "1-library.png"))

    with qtbot.waitSignal(page.reader.lesson_opened):
        page.open_course(page.courses_model.status(0).id)
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "2-outline-reader-image.png"))

    pdf = ctx.store.db.execute("SELECT sha256, filename FROM attachments WHERE role = 'pdf'").fetchone()
    with qtbot.waitSignal(page.pdf_view.opened):
        page.open_pdf(pdf[0], pdf[1])
    qtbot.wait(200)
    window.grab().save(str(SHOTS / "3-pdf.png"))

    page.show_reader()
    quiz_id = page.reader.current.entry.quiz_id
    with qtbot.waitSignal(page.quiz_view.loaded):
        page.open_quiz(quiz_id)
    quiz = page.quiz_view
    for number, q in enumerate(quiz.questions, start=1):
        quiz.answer(number, q.question["correct"] if number == 1 else [len(q.question["options"]) - 1])
    with qtbot.waitSignal(quiz.submitted):
        quiz.submit()
    qtbot.wait(150)  # let the layouts settle, as a person would see it
    window.grab().save(str(SHOTS / "4-quiz-result.png"))
    for name in ("1-library", "2-outline-reader-image", "3-pdf", "4-quiz-result"):
        assert (SHOTS / f"{name}.png").stat().st_size > 10_000


def test_the_list_comes_first_even_while_the_window_holds_queries(qtbot, ctx: AppContext) -> None:
    """While the app builds its window it holds reads back; the list of courses (one
    quick query) still comes, and each course's files are checked after."""
    from tutorclient.ui.models.courses import CHECKING

    ctx.hold_queries()  # as TutorApp does until its window is up
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.listed)
    model = page.courses_model
    assert model.rowCount() == 2 and not page.files_checked
    assert [model.index(r, COL_STATE).data() for r in range(2)] == [CHECKING, CHECKING]
    assert [model.index(r, COL_LESSONS).data() for r in range(2)] == ["0 of 6", "0 of 6"]
    assert "Checking which" in page.detail_state.text()
    assert page.open_button.isEnabled()
    assert not page.download_button.isEnabled() and not page.remove_button.isEnabled()

    ctx.release_queries()
    qtbot.waitUntil(lambda: page.files_checked)
    assert [model.index(r, COL_STATE).data() for r in range(2)] == ["Downloaded", "Downloaded"]
    assert page.remove_button.isEnabled()
