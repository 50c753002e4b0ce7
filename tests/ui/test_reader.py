"""The reader and the PDF view on a real profile synced from a live seeded server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import QApplication

from tutorclient import library, outbox
from tutorclient.session import Profile
from tutorclient.store.blobs import sha256_file
from tutorclient.syncstore import PRIORITY_READING
from tutorclient.ui.context import AppContext
from tutorclient.ui.operations import shutdown
from tutorclient.ui.views.library import LibraryPage
from tutorclient.ui.views.reader import DEFAULT_FONT_SIZE, ReaderView

SHOTS = Path("/tmp/shots-ui")


def _shot(page: LibraryPage, name: str) -> None:
    """Save what the trainee sees (the page at 1366×768 less the navigation) for review."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.resize(1176, 700)
    QApplication.processEvents()
    page.grab().save(str(SHOTS / f"{name}.png"))


def _lesson_with(ctx: AppContext, pattern: str) -> str:
    return ctx.store.db.execute("SELECT id FROM lessons WHERE body_md LIKE ? ORDER BY position LIMIT 1",
                                [pattern]).fetchone()[0]


def _open(qtbot, page: LibraryPage, lesson_id: str, highlight: str | None = None) -> ReaderView:
    with qtbot.waitSignal(page.reader.lesson_opened):
        page.open_lesson(lesson_id, highlight)
    return page.reader


def _priority(ctx: AppContext, sha: str) -> int:
    return ctx.store.db.execute("SELECT priority FROM blobs WHERE sha256 = ?", [sha]).fetchone()[0]


def _image_point(reader: ReaderView, sha: str) -> QPointF:
    """Where the image ``blob:sha`` is drawn, in viewport coordinates."""
    doc = reader.browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and QTextImageFormat(fmt).name() == f"blob:{sha}":
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                reader.browser.setTextCursor(cursor)
                reader.browser.ensureCursorVisible()
                rect = reader.browser.cursorRect(cursor)
                return QPointF(rect.right() + 40, rect.bottom() - 30)
            it += 1
        block = block.next()
    raise AssertionError(f"image {sha} is not in the document")


def test_opening_a_lesson_shows_text_and_images_from_the_cache(qtbot, page: LibraryPage, ctx: AppContext) -> None:
    lesson_id = _lesson_with(ctx, "%](blob:%")
    reader = _open(qtbot, page, lesson_id)
    body = ctx.store.db.execute("SELECT body_md FROM lessons WHERE id = ?", [lesson_id]).fetchone()[0]
    images = library.image_refs(body)
    assert images and reader.browser.missing == []
    assert set(reader.browser.images) == set(images)
    assert not reader.missing_bar.isVisible()
    assert "DEMO MATERIAL" in reader.browser.toPlainText()
    assert reader.title_label.text() == ctx.store.db.execute(
        "SELECT title FROM lessons WHERE id = ?", [lesson_id]).fetchone()[0]
    # A readable line: the text column stays near 80 characters even in a wide window.
    page.resize(1600, 700)
    qtbot.wait(50)
    margin = reader.browser.document().rootFrame().frameFormat().leftMargin()
    assert reader.browser.viewport().width() - 2 * margin <= reader.browser.text_width + 1


def test_missing_image_placeholder_click_raises_priority_and_sync_fetches_it(
        qtbot, page: LibraryPage, ctx: AppContext) -> None:
    lesson_id = _lesson_with(ctx, "%](blob:%")
    course_id = ctx.store.db.execute("SELECT course_id FROM lessons WHERE id = ?", [lesson_id]).fetchone()[0]
    library.remove_download(ctx.store, ctx.blobs, course_id)  # the files are gone, the text stays
    reader = _open(qtbot, page, lesson_id)
    sha = reader.browser.missing[0]
    assert not ctx.blobs.has(sha) and sha not in reader.browser.images
    assert reader.missing_bar.isVisible() and "next sync" in reader.missing_label.text()
    assert _priority(ctx, sha) > PRIORITY_READING

    point = _image_point(reader, sha).toPoint()
    qtbot.mouseClick(reader.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: _priority(ctx, sha) == PRIORITY_READING)
    assert "first at the next sync" in reader.missing_label.text()
    _shot(page, "5-reader-image-not-downloaded")

    # The course is not downloaded, but the picture asked for comes at the next sync.
    with qtbot.waitSignal(ctx.sync_finished, timeout=30_000):
        ctx.start_sync()
    assert ctx.blobs.has(sha)
    qtbot.waitUntil(lambda: sha in reader.browser.images and reader.browser.missing == [])
    assert not reader.missing_bar.isVisible()


def test_download_this_image_first_button(qtbot, page: LibraryPage, ctx: AppContext) -> None:
    lesson_id = _lesson_with(ctx, "%](blob:%")
    body = ctx.store.db.execute("SELECT body_md FROM lessons WHERE id = ?", [lesson_id]).fetchone()[0]
    sha = library.image_refs(body)[0]
    ctx.blobs.remove(sha)
    reader = _open(qtbot, page, lesson_id)
    assert reader.browser.missing == [sha]
    assert reader.download_images_button.text() == "Download this image first"
    qtbot.mouseClick(reader.download_images_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _priority(ctx, sha) == PRIORITY_READING)
    assert not reader.download_images_button.isEnabled()


def test_font_zoom_is_remembered_per_profile(qtbot, page: LibraryPage, ctx: AppContext) -> None:
    reader = _open(qtbot, page, _lesson_with(ctx, "%"))
    assert reader.font_size() == DEFAULT_FONT_SIZE
    qtbot.keyClick(reader.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(reader.larger_button, Qt.MouseButton.LeftButton)
    assert reader.font_size() == DEFAULT_FONT_SIZE + 2
    assert reader.browser.document().defaultFont().pointSize() == DEFAULT_FONT_SIZE + 2
    qtbot.waitUntil(lambda: ctx.setting("font_size") == DEFAULT_FONT_SIZE + 2)
    qtbot.keyClick(reader.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ctx.setting("font_size") == DEFAULT_FONT_SIZE + 1)

    again = ReaderView(ctx)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.font_size() == DEFAULT_FONT_SIZE + 1)


def test_next_previous_and_keyboard_navigation(qtbot, page: LibraryPage, ctx: AppContext) -> None:
    course_id = page.courses_model.status(0).id
    outline = library.course_outline(ctx.store, ctx.user_id, course_id)
    reader = _open(qtbot, page, outline[0].id)
    assert not reader.previous_button.isEnabled()
    with qtbot.waitSignal(reader.lesson_opened) as opened:
        qtbot.mouseClick(reader.next_button, Qt.MouseButton.LeftButton)
    assert opened.args == [outline[1].id] and reader.title_label.text() == outline[1].title
    assert page.outline.currentIndex().row() == page.outline_model.row_of(outline[1].id)
    with qtbot.waitSignal(reader.lesson_opened) as opened:
        qtbot.keyClick(reader.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert opened.args == [outline[2].id]
    with qtbot.waitSignal(reader.lesson_opened) as opened:
        qtbot.keyClick(reader.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert opened.args == [outline[1].id]

    bar = reader.browser.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(reader.browser, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    page.activateWindow()
    reader.next_button.setFocus()
    qtbot.waitUntil(reader.next_button.hasFocus)
    qtbot.keyClick(reader.next_button, Qt.Key.Key_Home)  # page keys work with a button focused too
    assert bar.value() == 0
    # Reaching the end of the lesson marks it read.
    with qtbot.waitSignal(reader.marked_read):
        qtbot.keyClick(reader.browser, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.waitUntil(lambda: library.is_read(ctx.store, ctx.user_id, outline[1].id))

    last = _open(qtbot, page, outline[-1].id)
    assert not last.next_button.isEnabled()


def test_bookmark_and_note_are_queued_and_the_note_survives_restart(
        qtbot, page: LibraryPage, ctx: AppContext) -> None:
    lesson_id = _lesson_with(ctx, "%glucose%")
    reader = _open(qtbot, page, lesson_id, highlight="glucose")
    with qtbot.waitSignal(reader.bookmark_added):
        qtbot.mouseClick(reader.bookmark_button, Qt.MouseButton.LeftButton)
    assert reader.notes_panel.isVisible()
    qtbot.waitUntil(lambda: reader.bookmark_list.count() == 1
                    and "glucose" in reader.bookmark_list.item(0).text().lower())

    reader.note_edit.setFocus()
    with qtbot.waitSignal(reader.note_saved, timeout=5000):
        qtbot.keyClicks(reader.note_edit, "Check glucose in every drowsy patient")
    assert reader.note_status.text() == "Saved on this computer"
    _shot(page, "6-reader-note-and-bookmark")
    kinds = {e["kind"] for e in outbox.entries(ctx.store.db)}
    assert {"bookmarks", "notes"} <= kinds

    # Reopening the page shows the note.
    again = LibraryPage(ctx)
    qtbot.addWidget(again)
    again.show()
    _open(qtbot, again, lesson_id)
    assert again.reader.note_edit.toPlainText() == "Check glucose in every drowsy patient"

    # And so does a restart: a fresh profile object on the same folder.
    assert shutdown(timeout_ms=20_000)
    restarted = Profile(ctx.profile.dir)
    try:
        found = library.reading(restarted.store, restarted.blobs, ctx.user_id, lesson_id)
        assert found.note == "Check glucose in every drowsy patient"
        assert len(found.bookmarks) == 1
    finally:
        restarted.close()


def test_pdf_link_opens_in_the_pdf_view(qtbot, page: LibraryPage, ctx: AppContext) -> None:
    sha = ctx.store.db.execute("SELECT sha256 FROM attachments WHERE role = 'pdf'").fetchone()[0]
    reader = _open(qtbot, page, _lesson_with(ctx, f"%blob:{sha}%"))
    with qtbot.waitSignal(page.pdf_view.opened):
        reader.browser.anchorClicked.emit(QUrl(f"blob:{sha}"))
    pdf = page.pdf_view
    assert page.content.currentWidget() is pdf
    assert pdf.page_count() > 0 and pdf.title_label.text() == "Triage pocket card"
    assert pdf.page_count_label.text() == f"of {pdf.page_count()}"
    qtbot.mouseClick(pdf.back_button, Qt.MouseButton.LeftButton)
    assert page.content.currentWidget() is reader


def _three_page_pdf(path: Path) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    painter = QPainter(writer)
    for n in range(3):
        if n:
            writer.newPage()
        painter.drawText(200, 400, f"Page {n + 1}")
    painter.end()
    return path


def test_pdf_page_navigation_and_zoom(qtbot, page: LibraryPage, ctx: AppContext, tmp_path: Path) -> None:
    source = _three_page_pdf(tmp_path / "three.pdf")
    sha = ctx.blobs.put_file(source, sha256_file(source))
    pdf = page.pdf_view
    with qtbot.waitSignal(pdf.opened):
        page.open_pdf(sha, "Three pages")
    assert pdf.page_count() == 3 and pdf.current_page() == 0
    assert not pdf.previous_button.isEnabled() and pdf.next_button.isEnabled()
    qtbot.mouseClick(pdf.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pdf.current_page() == 1)
    assert pdf.page_box.value() == 2 and pdf.previous_button.isEnabled()
    pdf.page_box.setValue(3)
    qtbot.waitUntil(lambda: pdf.current_page() == 2)
    assert not pdf.next_button.isEnabled()
    qtbot.mouseClick(pdf.zoom_in_button, Qt.MouseButton.LeftButton)
    zoomed = pdf.view.zoomFactor()
    qtbot.mouseClick(pdf.zoom_out_button, Qt.MouseButton.LeftButton)
    assert pdf.view.zoomFactor() < zoomed


def test_pdf_not_downloaded_says_so_and_raises_priority(qtbot, page: LibraryPage, ctx: AppContext) -> None:
    sha = ctx.store.db.execute("SELECT sha256 FROM attachments WHERE role = 'pdf'").fetchone()[0]
    ctx.blobs.remove(sha)
    with qtbot.waitSignal(page.pdf_view.missing):
        page.open_pdf(sha, "Triage pocket card")
    assert "not been downloaded" in page.pdf_view.message.text()
    assert page.pdf_view.sync_now_button.isVisible()
    assert not page.pdf_view.next_button.isEnabled()
    assert _priority(ctx, sha) == PRIORITY_READING


def test_lessons_are_rendered_off_the_ui_thread(qtbot, page: LibraryPage, ctx: AppContext, monkeypatch) -> None:
    import threading

    from tutorclient.ui.views import lesson_browser, reader as reader_module

    threads: list[bool] = []

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return lesson_browser.render_page(*args, **kwargs)

    monkeypatch.setattr(reader_module, "render_page", spy)
    reader = _open(qtbot, page, _lesson_with(ctx, "%](blob:%"))
    assert threads == [False] and "DEMO MATERIAL" in reader.browser.toPlainText()
