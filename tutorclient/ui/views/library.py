"""The Library page: the trainee's courses, what is on this computer, and the reader.

Two screens in one page. **My courses** lists each course with its download
state, size on disk and progress; from there a course is downloaded for
offline use (subscribe, then sync with visible progress) or removed to free
space. **A course** shows its outline (modules and lessons with read marks)
beside the reader, whose PDFs and quizzes open in the same place.

Everything is read through ``ctx.query`` and written through ``ctx.write``;
the page redraws when a change notice touches what it shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tutorclient import library
from tutorclient.changes import Changes
from tutorclient.library import (
    STATE_DOWNLOADING,
    STATE_NOT_DOWNLOADED,
    STATE_OFFLINE,
    CourseStatus,
    RemoveResult,
)

from .. import widgets
from ..column_fit import ColumnFitter
from ..context import SYNCING, AppContext, SyncState
from ..models.courses import COL_TITLE, HEADERS, CourseIdRole, CoursesModel, human_size
from ..models.outline import LessonIdRole, OutlineModel
from .direction import back, set_margins
from .plurals import english_plural, ltr, num_text

__all__ = ["LibraryPage"]

MIN_POINT_SIZE = 10  # old laptops, tired eyes: nothing on this page smaller than this
_STATUS_KINDS = ("courses", "lessons", "modules", "attachments", "quizzes", "quiz_attempts", "progress",
                 *library.CHANGED_KINDS)
_OUTLINE_KINDS = ("lessons", "modules", "quizzes", "quiz_attempts", "progress")


class LibraryPage(QWidget):
    """The courses, their outline and the reader. ``open_lesson`` is the page's entry point."""

    courses_listed = Signal()  # the courses are on screen (their files may not be checked yet)
    courses_loaded = Signal()  # every course's state, files and progress are shown
    course_opened = Signal(str)  # course id
    course_removed = Signal(object)  # RemoveResult
    download_requested = Signal(str)  # course id
    review_requested = Signal()  # "Review now": the spaced review page (navigation)

    SCREEN_COURSES, SCREEN_COURSE = 0, 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("libraryPage")
        self.setAccessibleName(self.tr("Library"))
        font = self.font()
        if font.pointSizeF() < MIN_POINT_SIZE:
            font.setPointSizeF(MIN_POINT_SIZE)
            self.setFont(font)
        self.course_id: str | None = None  # the course whose outline is shown
        self._downloading: set[str] = set()
        self._sync_again = False
        self.listed = False  # courses_listed was emitted
        self.files_checked = False  # a full course_statuses has been shown
        self.confirm_box: QMessageBox | None = None
        self.courses_model = CoursesModel(self)
        self.outline_model = OutlineModel(self)
        self.screens = QStackedWidget(objectName="libraryScreens")
        self.screens.addWidget(self._build_courses_screen())
        # The course screen (outline, reader, PDF and quiz views) is built when
        # a course is first opened: the app starts on the list of courses.
        self._course_screen_built = False
        self.screens.addWidget(QWidget(objectName="courseScreenPending"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screens)
        ctx.hub.changed.connect(self._on_changes)
        ctx.sync_state_changed.connect(self._on_sync_state)
        ctx.sync_finished.connect(self._on_sync_finished)
        # The list first, from the database alone, while the window appears; each
        # course's files (a check per picture and PDF) follow in the full refresh.
        ctx.query(self, lambda: library.course_list(ctx.store, ctx.user_id), self._list_loaded,
                  context="library", first_paint=True)
        self.refresh()

    # -- building: my courses ------------------------------------------------------------

    def _build_courses_screen(self) -> QWidget:
        screen = QWidget(objectName="coursesScreen")
        self.table = widgets.row_table("courseTable", self.tr("My courses"), self.courses_model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setObjectName("courseTableHeader")
        header.setAccessibleName(self.tr("Course table columns"))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(110)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # The other columns as wide as their widest cell, measured without asking
        # the model for every cell on every layout pass (column_fit.py).
        self.column_fitter = ColumnFitter(self.table, [col for col in HEADERS if col != COL_TITLE],
                                          self.courses_model.cell_text)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.detail_title = widgets.heading("", "courseDetailTitle", 2, accessible="")
        self.detail_summary = QLabel(objectName="courseDetailSummary", wordWrap=True)
        self.detail_summary.setAccessibleName(self.tr("About this course"))
        self.detail_state = QLabel(objectName="courseDetailState", wordWrap=True)
        self.detail_state.setAccessibleName(self.tr("What is on this computer"))
        self.open_button = widgets.button(self.tr("Open course"), "openCourseButton",
                                          self.tr("Open the course"))
        self.download_button = widgets.button(self.tr("Download for offline use"), "downloadCourseButton",
                                       self.tr("Download the course for offline use"),
                                       self.tr("Keep the course's pictures and PDFs on this computer"))
        self.remove_button = widgets.button(self.tr("Remove from this computer"), "removeCourseButton",
                                     self.tr("Remove the course's files from this computer"),
                                     self.tr("Free disk space; your notes, progress and quiz scores are kept"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.download_bar = QProgressBar(objectName="downloadProgress", textVisible=True)
        self.download_bar.setAccessibleName(self.tr("Download progress"))
        self.download_bar.setMaximumWidth(420)
        self.download_bar.hide()
        self.download_label = QLabel(objectName="downloadStatus", wordWrap=True)
        self.download_label.setAccessibleName(self.tr("Download status"))
        self.message_label = QLabel(objectName="libraryMessage", wordWrap=True)
        self.message_label.setAccessibleName(self.tr("Library message"))

        detail = QWidget(objectName="courseDetail")
        box = QVBoxLayout(detail)
        box.setContentsMargins(0, 8, 0, 0)
        box.setSpacing(8)
        box.addWidget(self.detail_title)
        box.addWidget(self.detail_summary)
        box.addWidget(self.detail_state)
        box.addLayout(buttons)
        box.addWidget(self.download_bar)
        box.addWidget(self.download_label)
        box.addWidget(self.message_label)

        self.empty_label = QLabel(
            self.tr("No courses on this computer yet. Press “Sync now” (F5) when you have a connection, "
            "or ask your coordinator for a USB bundle."), objectName="libraryEmpty", wordWrap=True)
        self.empty_label.setAccessibleName(self.tr("No courses yet"))
        self.empty_label.hide()
        intro = QLabel(self.tr("Download a course to read it with its pictures and PDFs when there is no connection. "
                       "Double-click a course to open it."), objectName="libraryIntro", wordWrap=True)

        layout = QVBoxLayout(screen)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(widgets.heading(self.tr("My courses"), "libraryHeading", 4))
        if self.ctx.user.get("role") == "trainee":
            from .due_banner import DueBanner

            self.due_banner = DueBanner(self.ctx)
            self.due_banner.review_requested.connect(self.review_requested)
            layout.addWidget(self.due_banner)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addWidget(detail)
        layout.addStretch(1)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.table.doubleClicked.connect(lambda index: self.open_course(index.data(CourseIdRole)))
        self.table.activated.connect(lambda index: self.open_course(index.data(CourseIdRole)))
        self.open_button.clicked.connect(lambda: self._with_selected(self.open_course))
        self.download_button.clicked.connect(lambda: self._with_selected(self.download_course))
        self.remove_button.clicked.connect(lambda: self._with_selected(self.remove_course))
        return screen

    # -- building: one course ---------------------------------------------------------------

    _COURSE_SCREEN_PARTS = frozenset({"back_button", "course_title", "course_progress", "outline",
                                      "reader", "pdf_view", "quiz_view", "content"})

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not set yet: the course screen's parts.
        if name in LibraryPage._COURSE_SCREEN_PARTS and not self.__dict__.get("_course_screen_built"):
            self.ensure_course_screen()
            return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def ensure_course_screen(self) -> None:
        """Build the course screen now, if it is not built yet."""
        if self.__dict__.get("_course_screen_built"):
            return
        self._course_screen_built = True
        pending = self.screens.widget(self.SCREEN_COURSE)
        screen = self._build_course_screen()
        self.screens.insertWidget(self.SCREEN_COURSE, screen)
        if self.screens.currentWidget() is pending:
            self.screens.setCurrentWidget(screen)
        self.screens.removeWidget(pending)
        pending.deleteLater()
        self._show_course_progress()

    def _build_course_screen(self) -> QWidget:
        from .pdf import (
            PdfView,  # QtPdf and the reader load with the first course opened
        )
        from .quiz import QuizView
        from .reader import ReaderView

        screen = QWidget(objectName="courseScreen")
        self.back_button = widgets.button(back(self.tr("All courses")), "allCoursesButton",
                                          self.tr("Back to all courses"))
        self.course_title = widgets.heading("", "courseTitle", 1, accessible="")
        self.course_progress = QLabel(objectName="courseProgress", wordWrap=True)
        self.course_progress.setAccessibleName(self.tr("Course progress"))
        self.outline = QListView(objectName="courseOutline")
        self.outline.setAccessibleName(self.tr("Course outline"))
        self.outline.setModel(self.outline_model)
        self.outline.setWordWrap(True)
        self.outline.setSpacing(2)
        self.outline.setUniformItemSizes(False)
        self.outline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QWidget(objectName="outlinePanel")
        left_layout = QVBoxLayout(left)
        set_margins(left_layout, 12, 8, 4, 8)
        left_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeading)
        left_layout.addWidget(self.course_title)
        left_layout.addWidget(self.course_progress)
        left_layout.addWidget(self.outline, 1)
        left.setMinimumWidth(240)
        left.setMaximumWidth(380)

        self.reader = ReaderView(self.ctx)
        self.pdf_view = PdfView(self.ctx)
        self.quiz_view = QuizView(self.ctx)
        self.content = QStackedWidget(objectName="lessonContent")
        for widget in (self.reader, self.pdf_view, self.quiz_view):
            self.content.addWidget(widget)
        split = QSplitter(objectName="courseSplit")
        split.addWidget(left)
        split.addWidget(self.content)
        split.setStretchFactor(1, 1)
        split.setSizes([290, 880])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(screen)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.back_button.clicked.connect(self.show_courses)
        self.outline.selectionModel().currentChanged.connect(self._outline_current_changed)
        self.reader.lesson_opened.connect(self._lesson_opened)
        self.reader.pdf_requested.connect(self.open_pdf)
        self.reader.quiz_requested.connect(lambda quiz_id, _lesson: self.open_quiz(quiz_id))
        self.pdf_view.back_requested.connect(self.show_reader)
        self.quiz_view.back_requested.connect(self.show_reader)
        return screen

    # -- public API ----------------------------------------------------------------------------

    def open_lesson(self, lesson_id: str, highlight: str | None = None) -> None:
        """Show the lesson in the reader; with ``highlight``, select and scroll to its first occurrence."""
        self.screens.setCurrentIndex(self.SCREEN_COURSE)
        self.show_reader()
        self.reader.open_lesson(lesson_id, highlight)

    def open_course(self, course_id: str | None) -> None:
        """Show the course's outline and open its first unread lesson."""
        if not course_id:
            return
        ctx = self.ctx
        self.screens.setCurrentIndex(self.SCREEN_COURSE)
        self._set_course(course_id)

        def work() -> list[library.OutlineLesson]:
            return library.course_outline(ctx.store, ctx.user_id, course_id)

        def show(lessons: list[library.OutlineLesson]) -> None:
            self.outline_model.set_rows(lessons)
            target = next((x for x in lessons if not x.read), lessons[0] if lessons else None)
            if target is not None:
                self.open_lesson(target.id)
            self.course_opened.emit(course_id)

        ctx.query(self, work, show, context="library")

    def show_courses(self) -> None:
        if self._course_screen_built:
            self.reader.flush_note()
        self.screens.setCurrentIndex(self.SCREEN_COURSES)
        self.table.setFocus()

    @Slot()
    def show_reader(self) -> None:
        self.content.setCurrentWidget(self.reader)

    def open_pdf(self, sha256: str, title: str = "") -> None:
        self.screens.setCurrentIndex(self.SCREEN_COURSE)
        self.content.setCurrentWidget(self.pdf_view)
        self.pdf_view.open_blob(sha256, title)

    def open_quiz(self, quiz_id: str) -> None:
        self.reader.flush_note()
        self.screens.setCurrentIndex(self.SCREEN_COURSE)
        self.content.setCurrentWidget(self.quiz_view)
        self.quiz_view.load(quiz_id)

    def refresh(self) -> None:
        """Re-read every course's state and progress (and the open course's outline)."""
        ctx = self.ctx
        self.ctx.query(self, lambda: library.course_statuses(ctx.store, ctx.blobs, ctx.user_id),
                       self._statuses_loaded, context="library", latest="courses")
        self._refresh_outline()

    def download_course(self, course_id: str) -> None:
        """Keep the course's files on this computer and start a sync that fetches them."""
        ctx = self.ctx
        self._downloading.add(course_id)
        self.message_label.clear()
        self.download_label.setText(self.tr("Getting ready to download…"))
        self.download_requested.emit(course_id)

        def started(_changes: Changes) -> None:
            if not ctx.start_sync():
                self._sync_again = True  # a pass is already running; go again when it ends

        ctx.write(self, lambda: library.download_course(ctx.store, ctx.blobs, course_id), started,
                  context="download")

    def remove_course(self, course_id: str) -> None:
        """Ask, then delete the course's downloaded files (the text and the user's work stay)."""
        status = self._status(course_id)
        question = (self.tr("Remove the pictures and PDFs of “{title}” from this computer?")
                    .format(title=status.title) if status else
                    self.tr("Remove the pictures and PDFs of this course from this computer?"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove from this computer"),
                          question, parent=self)
        box.setObjectName("removeCourseConfirm")
        box.setAccessibleName(self.tr("Remove course files?"))
        box.setInformativeText(self.tr("The lessons' text stays readable. Your notes, bookmarks, progress and "
                               "quiz scores are kept. You can download the course again later."))
        remove = box.addButton(self.tr("Remove files"), QMessageBox.ButtonRole.AcceptRole)
        remove.setObjectName("confirmRemoveButton")
        remove.setAccessibleName(self.tr("Remove files"))
        keep = box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("cancelRemoveButton")
        keep.setAccessibleName(self.tr("Keep the files"))
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        remove.clicked.connect(lambda: self._remove_confirmed(course_id))
        self.confirm_box = box
        box.open()

    # -- my courses ----------------------------------------------------------------------------------

    def _list_loaded(self, statuses: list[CourseStatus]) -> None:
        if not self.files_checked:  # else the full statuses came first: keep them
            self._show_rows(statuses)

    def _statuses_loaded(self, statuses: list[CourseStatus]) -> None:
        self.files_checked = True
        self._show_rows(statuses)
        self._downloading = {cid for cid in self._downloading
                             if (s := self._status(cid)) is not None and s.state == STATE_DOWNLOADING}
        self._show_detail()
        self.courses_loaded.emit()

    def _show_rows(self, statuses: list[CourseStatus]) -> None:
        current = self._selected_id()
        self.courses_model.set_rows(statuses)
        self._fit_table_height()
        self.empty_label.setVisible(not statuses)
        self.table.setVisible(bool(statuses))
        row = self.courses_model.row_of(current) if current else -1
        if row < 0 and statuses:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.courses_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_detail()
        self._show_course_progress()
        if not self.listed:
            self.listed = True
            self.courses_listed.emit()

    def _fit_table_height(self) -> None:
        # As tall as its rows (up to six), so no empty white box sits under two courses.
        rows = min(max(1, self.courses_model.rowCount()), 6)
        header = self.table.horizontalHeader()
        # The style sheet's minimum (tutorclient/ui/app.py) keeps Arabic labels whole.
        height = (max(header.sizeHint().height(), header.minimumHeight())
                  + rows * self.table.verticalHeader().defaultSectionSize() + 2 * self.table.frameWidth())
        self.table.setFixedHeight(height)

    def _selected_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(CourseIdRole) if index.isValid() else None

    def _with_selected(self, action: Any) -> None:
        course_id = self._selected_id()
        if course_id:
            action(course_id)

    def _status(self, course_id: str | None) -> CourseStatus | None:
        row = self.courses_model.row_of(course_id) if course_id else -1
        return self.courses_model.status(row)

    def _show_detail(self) -> None:
        status = self._status(self._selected_id())
        buttons = (self.open_button, self.download_button, self.remove_button)
        if status is None:
            self.detail_title.clear()
            self.detail_summary.clear()
            self.detail_state.clear()
            for w in buttons:
                w.setEnabled(False)
            return
        self.detail_title.setText(status.title)
        self.detail_summary.setText(status.summary)
        syncing = self.ctx.syncing
        if not status.files_checked:
            self.detail_state.setText(self.tr("Checking which of its pictures and PDFs are on this computer…"))
            self.open_button.setEnabled(True)
            self.download_button.setEnabled(False)
            self.remove_button.setEnabled(False)
            return
        if status.state == STATE_OFFLINE:
            text = self.tr("On this computer: every picture and PDF ({size}). You can read it all "
                           "without a connection.").format(size=ltr(human_size(status.bytes_on_disk)))
        elif status.state == STATE_DOWNLOADING:
            text = (self.tr("Downloading: {present} of {total} files are here ({size} of {size_total}). ")
                    .format(present=num_text(status.files_present), total=num_text(status.files_total),
                            size=ltr(human_size(status.bytes_on_disk)),
                            size_total=ltr(human_size(status.bytes_total)))
                    + (self.tr("The rest are downloading now.") if syncing
                       else self.tr("The rest download at the next sync.")))
        elif status.bytes_on_disk:
            text = self.tr("Text only: the lessons can be read, but their pictures and PDFs are not "
                           "kept here ({size} still on disk).").format(size=ltr(human_size(status.bytes_on_disk)))
        else:
            text = self.tr("Text only: the lessons can be read, but their pictures and PDFs are not "
                           "kept here.")
        self.detail_state.setText(text)
        self.open_button.setEnabled(True)
        self.download_button.setEnabled(status.state != STATE_OFFLINE and not (
            syncing and status.id in self._downloading))
        self.download_button.setText({STATE_DOWNLOADING: self.tr("Continue download"),
                                      STATE_OFFLINE: "✓  " + self.tr("Downloaded")}.get(
            status.state, self.tr("Download for offline use")))
        self.remove_button.setEnabled(not syncing and (status.state != STATE_NOT_DOWNLOADED
                                                       or status.bytes_on_disk > 0))
        self.remove_button.setToolTip(self.tr("Wait for the sync to finish.") if syncing else
                                      self.tr("Free disk space; your notes, progress and quiz scores are kept"))

    @Slot(object)
    def _on_sync_state(self, state: SyncState) -> None:
        downloading = state.connection == SYNCING and (
            self._downloading or any(s.state == STATE_DOWNLOADING for s in self.courses_model.rows()))
        self.download_bar.setVisible(bool(downloading))
        if downloading:
            p = state.progress
            if p is not None and p.stage == "blobs" and p.items_total:
                self.download_bar.setRange(0, 100)
                done = p.bytes_done / p.bytes_total if p.bytes_total else p.items_done / p.items_total
                self.download_bar.setValue(int(100 * done))
                text = self.tr("Downloading files: {done} of {total}").format(
                    done=num_text(p.items_done), total=num_text(p.items_total))
                if p.bytes_total:
                    text += self.tr(" ({done} of {total})").format(
                        done=human_size(p.bytes_done), total=human_size(p.bytes_total))
                self.download_label.setText(text)
            else:
                self.download_bar.setRange(0, 0)  # busy: not downloading files yet
                self.download_label.setText(self.tr("Checking for new lessons before downloading…"))
        self._show_detail()

    @Slot(object)
    def _on_sync_finished(self, outcome: object) -> None:
        if isinstance(outcome, BaseException):
            if self._downloading:
                self.download_label.setText(
                    self.tr("Download stopped: {why} It continues at the next sync.").format(
                        why=self.ctx.state.error or self.tr("the sync did not finish")))
            self._sync_again = False
        elif self._sync_again:
            self._sync_again = False
            self.ctx.start_sync()
            return
        else:
            self.download_label.clear()
        self.download_bar.hide()
        self.refresh()

    def _remove_confirmed(self, course_id: str) -> None:
        ctx = self.ctx
        outcome: dict[str, RemoveResult] = {}
        self.remove_button.setEnabled(False)
        self._downloading.discard(course_id)

        def work() -> Changes:
            outcome["result"], changes = library.remove_download(ctx.store, ctx.blobs, course_id)
            return changes

        ctx.write(self, work, lambda _c: self._removed(outcome["result"]), context="library")

    def _removed(self, result: RemoveResult) -> None:
        text = self.tr("Freed {size}. The lessons' text, your notes, progress and quiz scores are "
                       "kept.").format(size=ltr(human_size(result.freed_bytes)))
        if result.kept:
            text += " " + english_plural(self.tr(
                "%n file(s) stayed because another course or your unsent work needs them.", "",
                result.kept), result.kept)
        self.message_label.setText(text)
        self.course_removed.emit(result)

    # -- one course -------------------------------------------------------------------------------

    def _set_course(self, course_id: str) -> None:
        self.course_id = course_id
        status = self._status(course_id)
        self.course_title.setText(status.title if status else "")
        self._show_course_progress()

    def _show_course_progress(self) -> None:
        if not self._course_screen_built:
            return  # shown when the course screen is built
        status = self._status(self.course_id)
        if status is None:
            self.course_progress.clear()
            return
        self.course_title.setText(status.title)
        text = self.tr("{read} of {total} lessons read").format(
            read=num_text(status.lessons_read), total=num_text(status.lessons_total))
        if status.quizzes_taken:
            text += self.tr(" · quizzes {percent}%").format(percent=num_text(status.quiz_percent))
        self.course_progress.setText(text)

    def _refresh_outline(self) -> None:
        if not self.course_id:
            return
        ctx, course_id = self.ctx, self.course_id

        def show(lessons: list[library.OutlineLesson]) -> None:
            if course_id == self.course_id:
                self.outline_model.set_rows(lessons)
                self._select_in_outline(self.reader.lesson_id)

        ctx.query(self, lambda: library.course_outline(ctx.store, ctx.user_id, course_id), show,
                  context="library", latest="outline")

    @Slot(str)
    def _lesson_opened(self, lesson_id: str) -> None:
        current = self.reader.current
        if current is not None:
            if current.lesson["course_id"] != self.course_id:
                self._set_course(current.lesson["course_id"])
            self.outline_model.set_rows(current.outline)
        self._select_in_outline(lesson_id)

    def _select_in_outline(self, lesson_id: str | None) -> None:
        row = self.outline_model.row_of(lesson_id) if lesson_id else -1
        if row < 0:
            return
        index = self.outline_model.index(row)
        if self.outline.currentIndex() != index:
            self.outline.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.outline.scrollTo(index)

    @Slot(QModelIndex, QModelIndex)
    def _outline_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        lesson_id = current.data(LessonIdRole) if current.isValid() else None
        if lesson_id and lesson_id != self.reader.lesson_id:
            self.open_lesson(lesson_id)
        elif lesson_id:
            self.show_reader()

    # -- change notices -------------------------------------------------------------------------------

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*_STATUS_KINDS) or changes.sync_status:
            self.refresh()
        elif changes.touches(*_OUTLINE_KINDS):
            self._refresh_outline()
