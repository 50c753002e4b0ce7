"""Search as you type over every downloaded lesson and discussion, offline.

The box lives in the main window's toolbar (Ctrl+F); the results replace the
current page while there is text. Each query runs through ``ctx.query`` on the
parallel lane, never on the UI thread. Only one query runs at a time and the
newest text wins: a result for text the user has since changed is dropped.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tutorclient import discussions
from tutorclient.changes import Changes
from tutorclient.store import Store
from tutorclient.store.search import MIN_PREFIX, Found, Hit, find

from ..context import AppContext
from ..main_window import when
from ..models.base import RowsListModel
from .direction import back, mirrored, reads_right_to_left
from .plurals import english_plural
from .search_box import SearchBox

DEBOUNCE_MS = 150  # the longest wait after a keystroke, for slow queries
CHEAP_QUERY_MS = 40  # queries this quick run at every keystroke, without waiting
RECENT_QUERIES = 3  # how many of the last queries' times predict the next one's
LIMIT = 20  # a screenful; every row costs a snippet() while the user types
KIND_LABELS = {"lesson": QT_TRANSLATE_NOOP("SearchPage", "Lesson"),
               "post": QT_TRANSLATE_NOOP("SearchPage", "Discussion")}
HIT_MARK = "▶"


def hit_mark(line: str) -> str:
    """The mark before the hit post's heading, pointing into it: the heading's own direction
    (an Arabic author's name reads right to left) decides, not the window's."""
    return mirrored(HIT_MARK) if reads_right_to_left(line) else HIT_MARK

Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str | None) -> str:
    """"Lesson" or "Discussion" in the user's language ("" for an unknown kind)."""
    source = KIND_LABELS.get(kind or "")
    return QCoreApplication.translate("SearchPage", source) if source else ""


# -- the results model ----------------------------------------------------------


class SearchResultsModel(RowsListModel):
    """Hits in rank order. Roles give the pieces; DisplayRole is plain text."""

    KindRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    TitleRole = Qt.ItemDataRole.UserRole + 3
    SnippetHtmlRole = Qt.ItemDataRole.UserRole + 4
    ParentRole = Qt.ItemDataRole.UserRole + 5
    CourseRole = Qt.ItemDataRole.UserRole + 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResultsModel")
        self.text = ""

    def set_rows(self, hits: list[Hit], text: str = "") -> None:
        self.text = text
        self._replace_rows(list(hits))

    def hit(self, row: int) -> Hit:
        return self._rows[row]

    def row_data(self, hit: Hit, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title} — {hit.snippet_text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind_label(hit.kind) or hit.kind}: {hit.title}. {hit.snippet_text}"
        return {
            self.KindRole: hit.kind,
            self.IdRole: hit.id,
            self.TitleRole: hit.title,
            self.SnippetHtmlRole: hit.snippet_html,
            self.ParentRole: hit.parent_id,
            self.CourseRole: hit.course,
        }.get(role)


class HitDelegate(QStyledItemDelegate):
    """Title with its kind on the first line, the snippet (hits in bold) below."""

    PADDING = 8
    CACHE_SIZE = 4 * LIMIT  # a screenful of hits, selected or not, at a couple of widths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The view asks for each row's size and paint several times per layout;
        # laying out its rich text once, not each time, keeps the UI thread free
        # for the next keystroke (and the lane's next query).
        self._documents: dict[tuple[Any, ...], QTextDocument] = {}

    def _document(self, index: Index, option: QStyleOptionViewItem, width: int,
                  selected: bool) -> QTextDocument:
        key = (index.data(SearchResultsModel.KindRole), index.data(SearchResultsModel.IdRole),
               index.data(SearchResultsModel.SnippetHtmlRole), width, selected, option.font.key())
        doc = self._documents.get(key)
        if doc is None:
            if len(self._documents) >= self.CACHE_SIZE:
                self._documents.clear()
            doc = self._documents[key] = self._new_document(index, option, width, selected)
        return doc

    def _new_document(self, index: Index, option: QStyleOptionViewItem, width: int,
                      selected: bool) -> QTextDocument:
        kind = kind_label(index.data(SearchResultsModel.KindRole))
        course = index.data(SearchResultsModel.CourseRole)
        kind = f"{kind} · {course}" if course else kind
        title = index.data(SearchResultsModel.TitleRole) or QCoreApplication.translate("SearchPage",
                                                                                       "(untitled)")
        muted = "" if selected else " style='color:#4a5563'"
        from html import escape

        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(f"<b>{escape(title)}</b>&nbsp;&nbsp;<span{muted}>{kind}</span>"
                    f"<br><span{muted}>{index.data(SearchResultsModel.SnippetHtmlRole)}</span>")
        doc.setTextWidth(max(100, width - 2 * self.PADDING))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(index, opt, opt.rect.width(), selected)
        paint_ctx = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        paint_ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + self.PADDING, opt.rect.top() + self.PADDING)
        painter.setClipRect(QRectF(0, 0, opt.rect.width() - self.PADDING, opt.rect.height()))
        doc.documentLayout().draw(painter, paint_ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListView) else 600
        doc = self._document(index, option, width, False)
        return QSize(width, int(doc.size().height()) + 2 * self.PADDING)


# -- a post's thread, read-only for now --------------------------------------------


@dataclass(frozen=True)
class ThreadText:
    title: str
    markdown: str


def load_thread(store: Store, thread_id: str, post_id: str) -> ThreadText:
    """A thread as one Markdown text, the hit post marked. Runs on a lane."""
    title = discussions.thread_title(store, thread_id) or QCoreApplication.translate("SearchPage",
                                                                                     "Discussion")
    posts = discussions.posts_for_reading(store, thread_id)
    parts = [f"# {title}"]
    for pid, author, created, body, state in posts:
        mark = f"{hit_mark(author)} " if pid == post_id else ""
        waiting = " · " + QCoreApplication.translate("SearchPage",
                                                     "waiting to send") if state == "pending" else ""
        parts.append(f"---\n\n#### {mark}{author} · {when(created)}{waiting}\n\n{body}")
    return ThreadText(title, "\n\n".join(parts))


class ThreadView(QWidget):
    """A discussion thread as text, scrolled to the post that matched."""

    back_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadView")
        self.setAccessibleName(self.tr("Discussion"))
        self.back_button = QPushButton(back(self.tr("Back to results"), "←", " "),
                                       objectName="backToResultsButton")
        self.back_button.setAccessibleName(self.tr("Back to results"))
        self.back_button.clicked.connect(self.back_clicked)
        note = QLabel(self.tr("Read-only for now: replying arrives with the discussions update."),
                      objectName="threadNote")
        note.setAccessibleName(self.tr("About this view"))
        note.setStyleSheet("color: #4a5563;")
        self.browser = QTextBrowser(objectName="threadText")
        self.browser.setAccessibleName(self.tr("Discussion text"))
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(18)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)

    def show_thread(self, thread: ThreadText, highlight: str) -> None:
        self.browser.setMarkdown(thread.markdown)
        self._highlight(highlight)
        marker = self.browser.document().find(HIT_MARK)
        if marker.isNull():
            marker = self.browser.document().find(mirrored(HIT_MARK))
        if not marker.isNull():
            marker.clearSelection()
            self.browser.setTextCursor(marker)
            # After layout, so the hit post is really brought into view.
            QTimer.singleShot(0, self.browser.ensureCursorVisible)

    def _highlight(self, text: str) -> None:
        import re

        selections: list[QTextEdit.ExtraSelection] = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe98a"))
        doc = self.browser.document()
        for word in re.findall(r"\w+", text)[:5]:
            cursor = QTextCursor(doc)
            while len(selections) < 300:
                cursor = doc.find(word, cursor)
                if cursor.isNull():
                    break
                sel = QTextEdit.ExtraSelection()
                sel.cursor, sel.format = cursor, fmt
                selections.append(sel)
        self.browser.setExtraSelections(selections)


# -- the search page ------------------------------------------------------------------


class SearchPage(QWidget):
    """Results for the toolbar's search box, and the read-only thread view."""

    search_started = Signal(str)  # a (debounced) query started on the lane
    results_shown = Signal(str, int)  # the model now holds the hits for this text
    lesson_opened = Signal(str, str)  # lesson id, the text to highlight
    activated = Signal()  # there is text: show this page
    dismissed = Signal()  # the search was cleared: go back

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 search_box: SearchBox | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchPage")
        self.setAccessibleName(self.tr("Search results"))
        self.search_box = search_box or SearchBox()
        self.model = SearchResultsModel(self)
        self.summary = QLabel(objectName="searchSummary", wordWrap=True)
        self.summary.setAccessibleName(self.tr("Search summary"))
        self.results = QListView(objectName="searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setAlternatingRowColors(True)
        self.thread_view = ThreadView()

        results_page = QWidget(objectName="searchResultsPanel")
        rl = QVBoxLayout(results_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.summary)
        rl.addWidget(self.results, 1)
        self.inner = QStackedWidget(objectName="searchInner")
        self.inner.addWidget(results_page)
        self.inner.addWidget(self.thread_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.inner)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_query)
        self._in_flight: str | None = None
        self.last_query_seconds = 0.0
        self.recent_query_seconds: deque[float] = deque(maxlen=RECENT_QUERIES)  # keystroke to answer
        self.search_box.textChanged.connect(self._text_changed)
        self.search_box.returnPressed.connect(self._open_first)
        self.search_box.down_pressed.connect(self._focus_results)
        self.search_box.escape_pressed.connect(self.clear)
        self.results.activated.connect(self.open_hit)
        self.results.clicked.connect(self.open_hit)
        self.thread_view.back_clicked.connect(self.show_results)
        ctx.hub.changed.connect(self._changed)

    # -- typing ----------------------------------------------------------------------

    def text(self) -> str:
        return self.search_box.text().strip()

    @Slot(str)
    def _text_changed(self, _text: str) -> None:
        if self.text():
            self.activated.emit()
            self.show_results()
            self._debounce.start(self.debounce_ms(self.text()))
        else:
            self._debounce.stop()
            self.model.set_rows([], "")
            self.summary.clear()
            self.dismissed.emit()

    def debounce_ms(self, text: str) -> int:
        """How long to wait after a keystroke before searching for ``text``.

        The wait only saves work when queries are slow: only one runs at a time
        and the newest text wins anyway. So none while the last few queries were
        quick, or while the last word is too short to look up; otherwise about
        as long as they took, never more than DEBOUNCE_MS."""
        words = text.split()
        if not words or len(words[-1]) < MIN_PREFIX:
            return 0  # nothing to look up yet: "Keep typing…" at once
        expected_ms = 1000 * max(self.recent_query_seconds, default=0.0)
        if expected_ms <= CHEAP_QUERY_MS:
            return 0
        return min(DEBOUNCE_MS, round(expected_ms))

    @Slot()
    def run_query(self) -> None:
        """Search for the box's text now; while one query runs, the newest text waits."""
        text = self.text()
        if not text or self._in_flight is not None:
            return  # an answer on its way re-runs this when it lands
        self._in_flight = text
        self.search_started.emit(text)
        store = self.ctx.store
        asked = time.perf_counter()

        def work() -> Found:
            began = time.perf_counter()
            found = find(store.db, text, limit=LIMIT)
            self.last_query_seconds = time.perf_counter() - began  # for benchmarks
            return found

        self.ctx.query(self, work, lambda found: self._arrived(text, found, asked), context="search") \
            .failure(lambda exc: self._failed(text, exc))

    def _arrived(self, text: str, found: Found, asked: float) -> None:
        hits = found.hits
        self._in_flight = None
        self.recent_query_seconds.append(time.perf_counter() - asked)
        if text != self.text():
            # Stale: the user typed on. Search for the new text unless the
            # debounce timer will do it anyway.
            if self.text() and not self._debounce.isActive():
                self.run_query()
            return
        self.model.set_rows(hits, text)
        summary = self._summary(text, len(hits))
        if found.suggestion:  # the hits include near matches of unknown words
            summary = self.tr("Did you mean “{word}”?").format(word=found.suggestion) + " " + summary
        self.summary.setText(summary)
        self.results_shown.emit(text, len(hits))

    def _failed(self, text: str, exc: BaseException) -> None:
        self._in_flight = None
        from ..errors import describe

        if text == self.text():
            self.model.set_rows([], text)
            self.summary.setText(describe(exc, "search"))

    @staticmethod
    def _summary(text: str, count: int) -> str:
        if count == 0:
            last = text.split()[-1] if text.split() else ""
            if len(last) < MIN_PREFIX:
                return QCoreApplication.translate(
                    "SearchPage", "Nothing matches “{text}” yet. Keep typing…").format(text=text)
            return QCoreApplication.translate(
                "SearchPage", "Nothing on this computer matches “{text}”. Try another word, or sync "
                "to receive new lessons and discussions.").format(text=text)
        if count >= LIMIT:
            found = QCoreApplication.translate(
                "SearchPage", "The best %n result(s) for “{text}” in the lessons and discussions on "
                "this computer.", None, count)
        else:
            found = QCoreApplication.translate(
                "SearchPage", "%n result(s) for “{text}” in the lessons and discussions on this "
                "computer.", None, count)
        return english_plural(found, count).format(text=text)

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if self.text() and changes.touches("lessons", "posts"):
            self._debounce.start(DEBOUNCE_MS)  # a sync's pages: no hurry, no re-query per page

    # -- keys and navigation ------------------------------------------------------------

    @Slot()
    def clear(self) -> None:
        self.search_box.clear()  # textChanged → dismissed

    @Slot()
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()
        if self.text():
            self.activated.emit()

    @Slot()
    def show_results(self) -> None:
        self.inner.setCurrentIndex(0)

    @Slot()
    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0))

    @Slot()
    def _open_first(self) -> None:
        if self._debounce.isActive() or self._in_flight is not None:
            return  # the results on screen are for older text
        if self.model.rowCount():
            self.open_hit(self.model.index(0))

    @Slot(QModelIndex)
    def open_hit(self, index: QModelIndex) -> None:
        """A lesson opens in the library at the hit; a post shows its thread."""
        if not index.isValid():
            return
        hit = self.model.hit(index.row())
        highlight = self.model.text
        if hit.kind == "lesson":
            self.lesson_opened.emit(hit.id, highlight)
            return
        store = self.ctx.store
        thread_id = hit.parent_id or ""
        self.ctx.query(self, lambda: load_thread(store, thread_id, hit.id),
                       lambda thread: self._thread_loaded(thread, highlight), context="search")

    def _thread_loaded(self, thread: ThreadText, highlight: str) -> None:
        self.thread_view.show_thread(thread, highlight)
        self.inner.setCurrentWidget(self.thread_view)
        self.thread_view.browser.setFocus()


__all__ = ["DEBOUNCE_MS", "SearchBox", "SearchPage", "SearchResultsModel", "ThreadView", "load_thread"]
