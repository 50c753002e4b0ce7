"""The lesson reader: Markdown in a QTextBrowser, images only from the local blob cache.

Nothing here ever loads a remote resource. Images are read (and verified)
from the blob cache on the parallel lane before the lesson is shown; one that
is not downloaded yet shows a placeholder, and asking for it raises its
download priority. Progress, bookmarks and the private note go through
:mod:`tutorclient.study` on the write lane, so they are queued for the server.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QImage,
    QKeySequence,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tutorclient import study
from tutorclient.changes import Changes
from tutorclient.library import Reading, reading
from tutorclient.syncstore import ProfileSyncStore

from .. import widgets
from ..context import AppContext
from .direction import back, forward
from .lesson_browser import LessonBrowser, load_images, placeholder_image, render_page
from .picture_viewer import FullResolution
from .plurals import english_plural, num_text

_button = partial(widgets.button, height=32)

DEFAULT_FONT_SIZE, MIN_FONT_SIZE, MAX_FONT_SIZE = 12, 9, 24
LINE_CHARS = 80  # a readable line: at most about 80 characters
NOTE_SAVE_DELAY_MS = 800

__all__ = ["LessonBrowser", "ReaderView", "placeholder_image"]


def _document_title(filename: str) -> str:
    """'triage-pocket-card.pdf' -> 'Triage pocket card': what a trainee calls it."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename)
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else QCoreApplication.translate("ReaderView", "Document")


class ReaderView(QWidget):
    """One lesson at a time, with next/previous, zoom, read marks, bookmarks and a note."""

    lesson_opened = Signal(str)  # lesson id, once it is on screen
    marked_read = Signal(str)  # lesson id
    quiz_requested = Signal(str, str)  # quiz id, lesson id
    pdf_requested = Signal(str, str)  # sha256, title
    note_saved = Signal(str)  # lesson id
    bookmark_added = Signal(str)  # lesson id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("readerView")
        self.setAccessibleName(self.tr("Lesson reader"))
        self.current: Reading | None = None
        self._pending_highlight: str | None = None
        self._note_lesson: str | None = None  # the lesson the editor's text belongs to
        self._note_dirty = False
        self._font_size = DEFAULT_FONT_SIZE
        self._load_serial = 0
        self._build()
        self._apply_font()
        ctx.query(self, lambda: ctx.setting("font_size", DEFAULT_FONT_SIZE), self._font_loaded)
        ctx.hub.changed.connect(self._on_changes)

    # -- building -----------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel(objectName="lessonTitle", wordWrap=True)
        self.title_label.setAccessibleName(self.tr("Lesson title"))
        title_font = self.title_label.font()
        title_font.setPointSize(title_font.pointSize() + 3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.where_label = QLabel(objectName="lessonWhere", wordWrap=True)
        self.where_label.setAccessibleName(self.tr("Where this lesson is in the course"))
        self.smaller_button = _button(self.tr("A−"), "smallerTextButton", self.tr("Smaller text"),
                                      self.tr("Smaller text (Ctrl+−)"))
        self.larger_button = _button(self.tr("A+"), "largerTextButton", self.tr("Larger text"),
                                     self.tr("Larger text (Ctrl+=)"))
        self.bookmark_button = _button(self.tr("Bookmark this place"), "bookmarkButton",
                                       self.tr("Bookmark this place"))
        self.notes_button = _button(self.tr("My note"), "notesToggle", self.tr("Show my note and bookmarks"))
        self.notes_button.setCheckable(True)
        for b in (self.smaller_button, self.larger_button):
            b.setFixedWidth(48)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.where_label)
        head.addLayout(titles, 1)
        for w in (self.smaller_button, self.larger_button, self.bookmark_button, self.notes_button):
            head.addWidget(w, 0, Qt.AlignmentFlag.AlignTop)

        self.missing_label = QLabel(objectName="missingImagesMessage", wordWrap=True)
        self.missing_label.setAccessibleName(self.tr("Pictures not downloaded yet"))
        self.download_images_button = _button(self.tr("Download this image first"), "downloadImagesButton",
                                              self.tr("Download this image first"))
        self.sync_now_button = _button(self.tr("Sync now"), "readerSyncNowButton", self.tr("Sync now"))
        self.missing_bar = QWidget(objectName="missingImagesBar")
        self.missing_bar.setStyleSheet("#missingImagesBar { background: #fff6dd; border-radius: 4px; }")
        bar = QHBoxLayout(self.missing_bar)
        bar.setContentsMargins(10, 6, 10, 6)
        bar.addWidget(self.missing_label, 1)
        bar.addWidget(self.download_images_button)
        bar.addWidget(self.sync_now_button)
        self.missing_bar.hide()

        self.full_resolution_label = QLabel(objectName="fullResolutionStatus", wordWrap=True)
        self.full_resolution_label.setAccessibleName(self.tr("Full-resolution picture"))
        self.full_resolution_label.hide()
        self.full_resolution = FullResolution(self.ctx, self)

        self.browser = LessonBrowser()
        self.browser.runner = lambda work, done: self.ctx.query(self, work, done, context="lesson")
        self.note_edit = QPlainTextEdit(objectName="noteEditor")
        self.note_edit.setAccessibleName(self.tr("My private note for this lesson"))
        self.note_edit.setPlaceholderText(self.tr("Write a private note for this lesson. It is saved as you type."))
        self.note_status = QLabel(objectName="noteStatus")
        self.note_status.setAccessibleName(self.tr("Note saving status"))
        self.bookmark_list = QListWidget(objectName="bookmarkList")
        self.bookmark_list.setAccessibleName(self.tr("Bookmarks in this lesson"))
        side = QWidget(objectName="notesPanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("<b>My private note</b>")))
        side_layout.addWidget(self.note_edit, 3)
        side_layout.addWidget(self.note_status)
        side_layout.addWidget(QLabel(self.tr("<b>Bookmarks</b>")))
        side_layout.addWidget(self.bookmark_list, 2)
        side.setMinimumWidth(240)
        side.hide()
        self.notes_panel = side
        self.split = QSplitter(objectName="readerSplit")
        self.split.addWidget(self.browser)
        self.split.addWidget(side)
        self.split.setStretchFactor(0, 1)
        self.split.setChildrenCollapsible(False)

        self.previous_button = _button(back(self.tr("Previous lesson")), "previousLessonButton",
                                       self.tr("Previous lesson"),
                                       self.tr("Previous lesson (Alt+Left)"))
        self.next_button = _button(forward(self.tr("Next lesson")), "nextLessonButton",
                                   self.tr("Next lesson"), self.tr("Next lesson (Alt+Right)"))
        self.read_button = _button(self.tr("Mark as read"), "markReadButton", self.tr("Mark as read"))
        self.quiz_button = _button(self.tr("Take the quiz"), "takeQuizButton",
                                   self.tr("Take the quiz for this lesson"))
        foot = QHBoxLayout()
        foot.addWidget(self.previous_button)
        foot.addStretch(1)
        foot.addWidget(self.read_button)
        foot.addWidget(self.quiz_button)
        foot.addStretch(1)
        foot.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.missing_bar)
        layout.addWidget(self.full_resolution_label)
        layout.addWidget(self.split, 1)
        layout.addLayout(foot)

        self.smaller_button.clicked.connect(self.zoom_out)
        self.larger_button.clicked.connect(self.zoom_in)
        self.bookmark_button.clicked.connect(self.add_bookmark)
        self.notes_button.toggled.connect(self._toggle_notes)
        self.previous_button.clicked.connect(self.previous_lesson)
        self.next_button.clicked.connect(self.next_lesson)
        self.read_button.clicked.connect(self.mark_read)
        self.quiz_button.clicked.connect(self._quiz_clicked)
        self.download_images_button.clicked.connect(self.request_missing_images)
        self.sync_now_button.clicked.connect(lambda: self.ctx.start_sync())
        self.browser.image_requested.connect(self.request_image)
        self.browser.full_resolution_requested.connect(self.show_full_resolution)
        self.full_resolution.status_changed.connect(self._full_resolution_status)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.bookmark_list.itemActivated.connect(self._bookmark_opened)
        self.bookmark_list.itemClicked.connect(self._bookmark_opened)
        self.note_edit.textChanged.connect(self._note_edited)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)

        shortcuts = {
            "Ctrl+=": self.zoom_in, "Ctrl++": self.zoom_in, "Ctrl+-": self.zoom_out,
            "Alt+Left": self.previous_lesson, "Alt+Right": self.next_lesson,
        }
        for keys, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # Page keys scroll the text even when a button has the focus (but not in the note).
        for keys, action in (("PgDown", "page_down"), ("PgUp", "page_up"), ("Home", "home"), ("End", "end")):
            for owner in (self.previous_button, self.next_button, self.read_button, self.quiz_button):
                shortcut = QShortcut(QKeySequence(keys), owner, context=Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda a=action: self.scroll(a))
        self._set_lesson_controls(False)

    # -- opening a lesson ------------------------------------------------------------

    @Slot(str)
    def open_lesson(self, lesson_id: str, highlight: str | None = None) -> None:
        """Show ``lesson_id``; with ``highlight``, select and scroll to its first occurrence."""
        self.flush_note()
        self._pending_highlight = highlight
        self._load(lesson_id, keep_place=False)

    def _load(self, lesson_id: str, *, keep_place: bool) -> None:
        ctx = self.ctx
        self._load_serial += 1
        serial = self._load_serial

        width = self.browser.render_width()

        def work() -> tuple[Reading | None, dict[str, QImage], str]:
            # Reading, decoding pictures and rendering the Markdown all happen here, off the
            # UI thread: a long lesson takes tens of milliseconds to render.
            found = reading(ctx.store, ctx.blobs, ctx.user_id, lesson_id)
            if found is None:
                return None, {}, ""
            images = load_images(ctx, found.lesson["body_md"])
            return found, images, render_page(found.lesson["body_md"], images, width,
                                              found.course_language)

        ctx.query(self, work, lambda result: self._show(serial, result, width, keep_place), context="lesson")

    def _show(self, serial: int, result: tuple[Reading | None, dict[str, QImage], str], width: int,
              keep_place: bool) -> None:
        if serial != self._load_serial:
            return  # the user has already moved on to another lesson
        found, images, html = result
        if found is None:
            self.title_label.setText(self.tr("This lesson is not on this computer yet"))
            self.where_label.setText(self.tr("It arrives at the next sync."))
            self.browser.clear()
            self._set_lesson_controls(False)
            return
        previous = self.current
        same = previous is not None and previous.lesson["id"] == found.lesson["id"]
        scroll = self.browser.verticalScrollBar().value() if keep_place and same else 0
        self.current = found
        body_changed = not (same and keep_place and previous.lesson["body_md"] == found.lesson["body_md"]
                            and set(images) == set(self.browser.images))
        self.browser.originals = {sha for sha, a in found.attachments.items() if a.original_sha256}
        if body_changed:
            if not same:
                self.browser.requested = set()
            self.browser.language = found.course_language
            self.browser.show_page(found.lesson["body_md"], html, images, width)
            self.browser.verticalScrollBar().setValue(scroll)
            if width != self.browser.render_width():
                self.browser.set_text_width(self.browser.text_width)  # resized meanwhile: render again
        self._show_details(found)
        if not (same and keep_place and self._note_dirty):
            self._set_note_text(found.lesson["id"], found.note)
        if self._pending_highlight:
            self.highlight(self._pending_highlight)
            self._pending_highlight = None
        if not same or not keep_place:
            self.browser.setFocus()
            self.lesson_opened.emit(found.lesson["id"])

    def _show_details(self, found: Reading) -> None:
        entry = found.entry
        self.title_label.setText(found.lesson["title"])
        position = self.tr("Lesson {number} of {count}").format(number=num_text(found.index + 1),
                                                                count=num_text(len(found.outline)))
        n = found.lesson.get("minutes")
        minutes = " · " + english_plural(self.tr("about %n minute(s)", "", int(n)), int(n)) if n else ""
        # The course's name is already above the outline; say where in it we are.
        self.where_label.setText(f"{(entry.module_title + ' · ') if entry else ''}{position}{minutes}")
        self._set_lesson_controls(True)
        self.previous_button.setEnabled(found.previous_id is not None)
        self.next_button.setEnabled(found.next_id is not None)
        read = bool(entry and entry.read)
        self.read_button.setText("✓  " + self.tr("Read") if read else self.tr("Mark as read"))
        self.read_button.setEnabled(not read)
        self.read_button.setAccessibleName(self.tr("Lesson read") if read else self.tr("Mark as read"))
        has_quiz = bool(entry and entry.quiz_id)
        self.quiz_button.setVisible(has_quiz)
        if entry and entry.quiz_best:
            self.quiz_button.setText(self.tr("Quiz (best {score} of {max})").format(
                score=num_text(entry.quiz_best[0]), max=num_text(entry.quiz_best[1])))
        else:
            self.quiz_button.setText(self.tr("Take the quiz"))
        self.bookmark_list.clear()
        for mark in found.bookmarks:
            item = QListWidgetItem(mark.get("label") or self.tr("Bookmark"))
            item.setData(Qt.ItemDataRole.UserRole, mark.get("anchor") or "")
            self.bookmark_list.addItem(item)
        if not found.bookmarks:
            self.bookmark_list.addItem(self.tr("No bookmarks in this lesson yet."))
        self._show_missing()

    def _show_missing(self) -> None:
        missing = self.browser.missing
        waiting = [sha for sha in missing if sha not in self.browser.requested]
        self.missing_bar.setVisible(bool(missing))
        if not missing:
            return
        n = len(missing)
        if waiting:
            self.missing_label.setText(english_plural(self.tr(
                "%n picture(s) in this lesson (is|are) not downloaded yet. (It downloads|They "
                "download) at the next sync.", "", n), n))
        else:
            self.missing_label.setText(english_plural(self.tr(
                "(This picture downloads|These pictures download) first at the next sync.", "", n), n))
        self.download_images_button.setText(english_plural(self.tr(
            "Download (this image|these images) first", "", n), n))
        self.download_images_button.setEnabled(bool(waiting))

    def _set_lesson_controls(self, enabled: bool) -> None:
        for w in (self.previous_button, self.next_button, self.read_button, self.bookmark_button,
                  self.note_edit, self.quiz_button):
            w.setEnabled(enabled)
        if not enabled:
            self.quiz_button.hide()

    @property
    def lesson_id(self) -> str | None:
        return self.current.lesson["id"] if self.current else None

    def highlight(self, text: str) -> bool:
        """Select and scroll to the first occurrence of ``text`` (or of its first word)."""
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        words = [w for w in re.split(r"\W+", text) if len(w) > 1]
        for candidate in [text.strip()] + words[:1]:
            if candidate and self.browser.find(candidate):
                self.browser.ensureCursorVisible()
                return True
        return False

    # -- navigation ------------------------------------------------------------------------

    @Slot()
    def next_lesson(self) -> None:
        if self.current and self.current.next_id:
            self.open_lesson(self.current.next_id)

    @Slot()
    def previous_lesson(self) -> None:
        if self.current and self.current.previous_id:
            self.open_lesson(self.current.previous_id)

    def scroll(self, action: str) -> None:
        bar = self.browser.verticalScrollBar()
        if action == "page_down":
            bar.setValue(bar.value() + bar.pageStep())
        elif action == "page_up":
            bar.setValue(bar.value() - bar.pageStep())
        elif action == "home":
            bar.setValue(bar.minimum())
        elif action == "end":
            bar.setValue(bar.maximum())

    @Slot(QUrl)
    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "blob" and self.current:
            sha = url.path()
            attachment = self.current.attachments.get(sha)
            title = _document_title(attachment.filename) if attachment else self.tr("Document")
            if attachment is None or attachment.role == "pdf" or (attachment.mime or "").endswith("pdf"):
                self.pdf_requested.emit(sha, title)
        elif url.scheme() == "lesson" and url.path():
            self.open_lesson(url.path())  # a [[wiki-link]] to another lesson of the course
        elif url.scheme() in ("http", "https"):
            # The user chose to leave the app; the reader itself never fetches it.
            QDesktopServices.openUrl(url)

    @Slot(str)
    def show_full_resolution(self, sha: str) -> None:
        """Open the picture ``sha``'s original, downloading it first if need be."""
        attachment = self.current.attachments.get(sha) if self.current else None
        if attachment is not None and attachment.original_sha256:
            self.full_resolution.request(attachment, _document_title(attachment.filename))

    @Slot(str)
    def _full_resolution_status(self, text: str) -> None:
        self.full_resolution_label.setText(text)
        self.full_resolution_label.setVisible(bool(text))

    @Slot()
    def _quiz_clicked(self) -> None:
        entry = self.current.entry if self.current else None
        if entry and entry.quiz_id:
            self.quiz_requested.emit(entry.quiz_id, entry.id)

    # -- images not downloaded yet ----------------------------------------------------------

    @Slot(str)
    def request_image(self, sha: str) -> None:
        """The user wants this picture: fetch it first at the next sync."""
        self._prioritise([sha])

    @Slot()
    def request_missing_images(self) -> None:
        self._prioritise(list(self.browser.missing))

    def _prioritise(self, hashes: list[str]) -> None:
        hashes = [h for h in hashes if h not in self.browser.requested]
        if not hashes:
            return
        ctx = self.ctx

        def work() -> Changes:
            sync_store = ProfileSyncStore(ctx.store, ctx.blobs)
            for sha in hashes:
                sync_store.prioritise(sha)
            return Changes.of("blobs")

        self.browser.requested.update(hashes)
        ctx.write(self, work, lambda _c: self._refresh_placeholders(), context="download")
        self._show_missing()

    def _refresh_placeholders(self) -> None:
        if self.current is None:
            return
        value = self.browser.verticalScrollBar().value()
        self.browser.reshow()
        self.browser.verticalScrollBar().setValue(value)
        self._show_missing()

    # -- reading progress ------------------------------------------------------------------------

    @Slot(int)
    def _scrolled(self, value: int) -> None:
        bar = self.browser.verticalScrollBar()
        entry = self.current.entry if self.current else None
        if entry and not entry.read and bar.maximum() > 0 and value >= bar.maximum() - 4 \
                and self.read_button.isEnabled():
            self.mark_read()

    @Slot()
    def mark_read(self) -> None:
        if self.current is None:
            return
        ctx, lesson_id = self.ctx, self.current.lesson["id"]
        self.read_button.setEnabled(False)
        self.read_button.setText(self.tr("✓  Read"))

        def work() -> Changes:
            study.mark_read(ctx.store, ctx.user_id, lesson_id)
            return Changes.of("progress", outbox=True)

        ctx.write(self, work, lambda _c: self.marked_read.emit(lesson_id), context="progress")

    @Slot()
    def add_bookmark(self) -> None:
        if self.current is None:
            return
        ctx, lesson_id = self.ctx, self.current.lesson["id"]
        anchor = self._visible_text()
        label = f"{self.current.lesson['title']}: {anchor[:60]}" if anchor else self.current.lesson["title"]

        def work() -> Changes:
            study.add_bookmark(ctx.store, ctx.user_id, lesson_id, label=label, anchor=anchor)
            return Changes.of("bookmarks", outbox=True)

        ctx.write(self, work, lambda _c: self.bookmark_added.emit(lesson_id), context="bookmark")
        self.notes_button.setChecked(True)

    def _visible_text(self) -> str:
        selected = self.browser.textCursor().selectedText().strip()
        if selected:
            return selected[:200]
        cursor = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft())
        block = cursor.block()
        while block.isValid() and not block.text().strip():
            block = block.next()
        return block.text().strip()[:200] if block.isValid() else ""

    @Slot(QListWidgetItem)
    def _bookmark_opened(self, item: QListWidgetItem) -> None:
        anchor = item.data(Qt.ItemDataRole.UserRole)
        if anchor:
            self.highlight(anchor)

    # -- the private note -------------------------------------------------------------------------

    def _set_note_text(self, lesson_id: str, text: str) -> None:
        self._note_lesson = lesson_id
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(text)
        self.note_edit.blockSignals(False)
        self._note_dirty = False
        self.note_status.setText(self.tr("Saved on this computer") if text else "")
        self.notes_button.setText(self.tr("My note") + " ✎" if text else self.tr("My note"))

    @Slot()
    def _note_edited(self) -> None:
        self._note_dirty = True
        self.note_status.setText(self.tr("Saving…"))
        self._note_timer.start()

    @Slot()
    def flush_note(self) -> None:
        """Save the note now if it has unsaved changes (also called on lesson switch)."""
        self._note_timer.stop()
        if not self._note_dirty or not self._note_lesson:
            return
        ctx, lesson_id, body = self.ctx, self._note_lesson, self.note_edit.toPlainText()
        self._note_dirty = False

        def work() -> Changes:
            study.save_note(ctx.store, ctx.user_id, lesson_id, body)
            return Changes.of("notes", outbox=True)

        def saved(_changes: Changes) -> None:
            if shiboken6.isValid(self.note_status) and not self._note_dirty:
                self.note_status.setText(self.tr("Saved on this computer"))
            self.note_saved.emit(lesson_id)

        ctx.write(self, work, saved, context="note")

    def hideEvent(self, event: QHideEvent) -> None:
        # Closing the window or leaving the page must not lose the last keystrokes.
        self.flush_note()
        super().hideEvent(event)

    @Slot(bool)
    def _toggle_notes(self, shown: bool) -> None:
        self.notes_panel.setVisible(shown)
        if shown:
            self.split.setSizes([max(300, self.split.width() - 300), 300])

    # -- font size ----------------------------------------------------------------------------------

    def font_size(self) -> int:
        return self._font_size

    def _font_loaded(self, size: Any) -> None:
        try:
            self._font_size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, int(size)))
        except (TypeError, ValueError):
            self._font_size = DEFAULT_FONT_SIZE
        self._apply_font()

    @Slot()
    def zoom_in(self) -> None:
        self.set_font_size(self._font_size + 1)

    @Slot()
    def zoom_out(self) -> None:
        self.set_font_size(self._font_size - 1)

    def set_font_size(self, size: int) -> None:
        size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        if size == self._font_size:
            return
        self._font_size = size
        self._apply_font()
        self.ctx.set_setting("font_size", size)  # written on the serial lane

    def _apply_font(self) -> None:
        font = QFont(self.browser.font())
        font.setPointSize(self._font_size)
        self.browser.document().setDefaultFont(font)
        self.browser.set_text_width(int(QFontMetricsF(font).averageCharWidth() * LINE_CHARS))
        self.smaller_button.setEnabled(self._font_size > MIN_FONT_SIZE)
        self.larger_button.setEnabled(self._font_size < MAX_FONT_SIZE)

    # -- change notices -------------------------------------------------------------------------------

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if self.current is None:
            return
        if changes.touches("lessons", "modules", "attachments", "progress", "bookmarks", "notes",
                           "quiz_attempts", "quizzes") or (changes.sync_status and self.browser.missing):
            self._load(self.current.lesson["id"], keep_place=True)
