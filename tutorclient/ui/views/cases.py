"""Cases and discussions: my cases with their status, the case form, a case and its discussion.

Four screens in one page: the list (my cases beside the course discussions),
the form for a draft, one case (its text, files and reviews, and its
discussion) and one course discussion. A quiet banner says what a sync
brought; conflicts open the side-by-side dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, QRect, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QImage, QKeyEvent, QKeySequence, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tutorclient import cases, content, discussions, notices
from tutorclient.changes import Changes

from .. import widgets
from ..context import AppContext
from ..models.cases import (
    COL_STATUS,
    COL_TITLE,
    COL_UPDATED,
    STATUS_COLOURS,
    CaseIdRole,
    CasesModel,
    StatusRole,
    short_time,
    status_label,
)
from ..models.posts import ThreadIdRole, ThreadsModel
from ..i18n import tr_core
from ..notice_banner import NoticeBanner
from .direction import back
from .case_form import FIELD_LABELS, CaseForm, _thumbs, partnership_names
from .case_labels import field_label
from .draft_actions import ask_delete_draft
from .plurals import english_plural, num_text
from .conflict_dialog import ConflictDialog
from .thanks_box import ThanksBox
from .thread import ThreadView

__all__ = ["CaseDetail", "CasesPage", "StatusBadgeDelegate", "case_html"]

_KINDS = ("cases", "threads", "posts", "reviews", "attachments", "users", "partnerships", "courses")


class StatusBadgeDelegate(QStyledItemDelegate):
    """Draws a case status as a coloured pill, so a glance down the list says where each case is."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        status = index.data(StatusRole)
        if not status:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bg, fg = STATUS_COLOURS.get(status, ("#e4e7ec", "#2f3a48"))
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        metrics = option.fontMetrics
        width = min(option.rect.width() - 8, metrics.horizontalAdvance(text) + 20)
        height = metrics.height() + 6
        rect = QRect(option.rect.x() + 4, option.rect.center().y() - height // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 12))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), option.fontMetrics.height() + 14))


def _esc(text: Any) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _para(text: str) -> str:
    return "<br>".join(_esc(text).splitlines()) or ("<i style='color:#7a8594'>%s</i>"
                                                % QCoreApplication.translate("Cases", "Not filled in"))


def case_html(detail: dict[str, Any], labels: dict[str, str] | None = None) -> str:
    """The case as the trainee wrote it, then each review: readable, no scripts, no remote images.

    ``labels`` replaces field headings for a reader who is not the author (a tutor)."""
    labels = {**{name: field_label(name) for name in FIELD_LABELS}, **(labels or {})}
    parts = []
    meta = " · ".join(p for p in (str(detail.get("specialism") or "").capitalize(),
                                  detail.get("author_name") or "",
                                  QCoreApplication.translate("Cases", "started {when}").format(
                                      when=short_time(detail.get('created_at')))) if p)
    parts.append(f"<p style='color:#5b6675'>{_esc(meta)}</p>")
    for name in cases.CASE_TEXT_FIELDS:
        if name == "title":
            continue
        parts.append(f"<h3>{_esc(labels.get(name, name))}</h3><p>{_para(detail.get(name) or '')}</p>")
    atts = detail.get("attachments") or []
    if atts:
        parts.append("<h3>%s</h3><p>" % QCoreApplication.translate("Cases", "Pictures and files"))
        for att in atts:
            sha = att.get("sha256", "")
            if str(att.get("mime") or "").startswith("image/") and att.get("downloaded"):
                parts.append(f"<img src='thumb:{sha}'> ")
            else:
                note = "" if att.get("downloaded") else QCoreApplication.translate(
                    "Cases", " (not downloaded yet: arrives with the next sync)")
                parts.append(f"<br>📎 {_esc(att.get('filename'))}{note}")
        parts.append("</p>")
    for review in detail.get("reviews") or []:
        decision = (QCoreApplication.translate("Cases", "Reviewed")
                    if review.get("decision") == "reviewed"
                    else QCoreApplication.translate("Cases", "Changes requested"))
        pending = (QCoreApplication.translate("Cases", " — waiting to send")
                   if review.get("local_state") == "pending" else "")
        parts.append(("<hr><h2>%s</h2><p style='color:#5b6675'>%s</p>" % (
            QCoreApplication.translate("Cases", "Review by {who}"),
            QCoreApplication.translate("Cases", "{decision} · score {score} of 5 · {when}{pending}")))
            .format(who=_esc(review.get("tutor_name") or QCoreApplication.translate("Cases", "a tutor")),
                    decision=decision,
                    score=num_text(_esc(review.get("rubric_score") or "–")), when=_esc(short_time(review.get("posted_at") or review.get("created_at"))),
                    pending=pending))
        for key, title in (("strengths", QCoreApplication.translate("Cases", "What went well")),
                           ("concerns", QCoreApplication.translate("Cases", "Concerns")),
                           ("next_steps", QCoreApplication.translate("Cases", "Suggested next steps"))):
            if review.get(key):
                parts.append(f"<h3>{title}</h3><p>{_para(review[key])}</p>")
    return "".join(parts)


@dataclass
class DetailData:
    case_id: str
    detail: dict[str, Any]
    thumbs: dict[str, QImage]
    me: str


class CaseDetail(QWidget):
    """One case: header with status, 'The case and reviews' and 'Discussion' tabs."""

    back_clicked = Signal()
    edit_clicked = Signal(str)  # case id
    loaded = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, prefix: str = "case"):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"{prefix}Detail")
        self.setAccessibleName(self.tr("Case"))
        self.case_id: str | None = None
        self.detail: dict[str, Any] = {}
        self.back_button = widgets.button(back(self.tr("My cases"), "←", " "), f"{prefix}BackButton",
                                          self.tr("Back to my cases"))
        self.back_button.clicked.connect(self.back_clicked)
        self.title = widgets.heading("", f"{prefix}Title", 4)
        self.status = QLabel(objectName=f"{prefix}Status")
        self.status.setAccessibleName(self.tr("Case status"))
        self.edit_button = widgets.button(self.tr("Improve and send again"), f"{prefix}EditButton",
                                          self.tr("Edit the case and send it again"))
        self.edit_button.clicked.connect(lambda: self.case_id and self.edit_clicked.emit(self.case_id))
        self.edit_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        top.addWidget(self.edit_button)
        self.text = QTextBrowser(objectName=f"{prefix}Text")
        self.text.setAccessibleName(self.tr("The case and its reviews"))
        self.text.setOpenLinks(False)
        self.thread = ThreadView(ctx, self, object_name=f"{prefix}Thread")
        self.tabs = QTabWidget(objectName=f"{prefix}Tabs")
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.tabs.addTab(self.text, self.tr("The case and reviews"))
        self.tabs.addTab(self.thread, self.tr("Discussion"))
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 10, 16, 10)
        box.setSpacing(8)
        box.addLayout(top)
        box.addWidget(self.tabs, 1)
        self.thanks = ThanksBox(ctx, self)  # "This helped me", for the case's trainee
        box.addWidget(self.thanks)
        self.thread.thread_loaded.connect(self._thread_loaded)

    def show_case(self, case_id: str) -> None:
        if case_id != self.case_id:
            self.tabs.setCurrentIndex(0)
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        ctx, case_id = self.ctx, self.case_id
        if case_id is None:
            return

        def work() -> DetailData:
            detail = cases.case_detail(ctx.store, case_id)
            return DetailData(case_id, detail, _thumbs(ctx, detail.get("attachments") or [], 200), ctx.user_id)

        self.ctx.query(self, work, self._loaded, context="case", latest="case")

    def _loaded(self, data: DetailData) -> None:
        if data.case_id != self.case_id:
            return
        self.detail = data.detail
        shown = str(data.detail.get("display_status") or data.detail.get("status") or "")
        self.title.setText(data.detail.get("title") or self.tr("(no title)"))
        self.title.setAccessibleName(self.title.text())
        bg, fg = STATUS_COLOURS.get(shown, ("#e4e7ec", "#2f3a48"))
        self.status.setText(data.detail.get("status_label") or status_label(shown))
        self.status.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; border-radius: 10px;"
                                  " padding: 3px 12px; font-weight: bold; }")
        self.edit_button.setVisible(shown == "revision_requested"
                                    and data.detail.get("author_id") == data.me)
        doc = self.text.document()
        for sha, image in data.thumbs.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"thumb:{sha}"), image)
        self.text.setHtml(case_html(data.detail))
        self.thanks.show_for(data.case_id)
        thread_id = data.detail.get("thread_id")
        self.thread.show_thread(thread_id, "")
        self.thread.title.setVisible(False)
        self.loaded.emit(data.case_id)

    @Slot(str)
    def _thread_loaded(self, _thread_id: str) -> None:
        new = self.thread.model.new_count()
        self.tabs.setTabText(1, self.tr("Discussion ({new} new)").format(new=num_text(new)) if new else
                             self.tr("Discussion ({count})").format(count=num_text(self.thread.model.rowCount())))


class CasesPage(QWidget):
    """My cases, the case form, a case with its discussion, and course discussions."""

    counts_changed = Signal(dict)  # notices.nav_counts: cases, review, conflicts, rejected
    cases_loaded = Signal(int)
    case_opened = Signal(str)
    thread_opened = Signal(str)
    notices_shown = Signal(list)

    SCREEN_LIST, SCREEN_FORM, SCREEN_CASE, SCREEN_THREAD = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("casesPage")
        self.setAccessibleName(self.tr("Cases and discussions"))
        self.counts: dict[str, int] = {}
        self.conflict_dialog: ConflictDialog | None = None
        self.cases_model = CasesModel(self)
        self.threads_model = ThreadsModel(self)
        self.banner = NoticeBanner("casesNotice", self)
        self.banner.action_clicked.connect(self.show_conflicts)
        self.banner.dismissed.connect(self._banner_dismissed)
        self._notice_lines: list[str] = []
        self._partnerships: list[tuple[str, str]] = []  # (id, name), read with the cases
        self._partnerships_loaded = False
        self._new_after_load: str | None = None
        self._conflicts_dismissed = 0
        self.screens = QStackedWidget(objectName="casesScreens")
        self.screens.addWidget(self._build_list())
        self.form = CaseForm(ctx, self)
        self.form.back_clicked.connect(self.show_list)
        self.form.submitted.connect(self.show_case)
        self.form.deleted.connect(lambda _cid: self.show_list())
        self.screens.addWidget(self.form)
        self.detail = CaseDetail(ctx, self)
        self.detail.back_clicked.connect(self.show_list)
        self.detail.edit_clicked.connect(self.edit_case)
        self.screens.addWidget(self.detail)
        self.screens.addWidget(self._build_thread_screen())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.screens, 1)
        self.banner.float_over(self)  # over the page: it never pushes "New case" away
        ctx.hub.changed.connect(self._on_changes)
        ctx.sync_finished.connect(self._on_sync_finished)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        screen = QWidget(objectName="casesListScreen")
        self.new_button = widgets.button(self.tr("+  New case"), "newCaseButton", self.tr("Start a new case"),
                                  self.tr("Write up a patient for the tutors; it saves as you type"))
        font = self.new_button.font()
        font.setBold(True)
        self.new_button.setFont(font)
        self.new_button.clicked.connect(lambda: self.new_case())
        self.table = widgets.row_table("myCasesTable", self.tr("My cases"), self.cases_model)
        self.table.setItemDelegateForColumn(COL_STATUS, StatusBadgeDelegate(self.table))
        self.table.verticalHeader().setObjectName("myCasesRowHeader")
        self.table.verticalHeader().setAccessibleName(self.tr("Case rows"))
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setObjectName("myCasesHeader")
        header.setAccessibleName(self.tr("My cases columns"))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_UPDATED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._case_activated)
        self.table.clicked.connect(self._case_activated)
        # Drafts can be deleted from the list: a button, the context menu, the Delete key.
        self.delete_button = widgets.button(self.tr("Delete draft…"), "deleteDraftButton",
                                            self.tr("Delete the selected draft"),
                                            self.tr("Only drafts can be deleted; it asks first"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._case_menu)
        self.table.installEventFilter(self)  # the Delete key (a filter: works in any window state)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.cases_empty = QLabel(
            self.tr("You have no cases yet. Press “New case” to write up a patient you would like a tutor's "
            "advice on. It works without a connection and is sent at the next sync."),
            objectName="casesEmpty", wordWrap=True)
        self.cases_empty.setAccessibleName(self.tr("No cases yet"))
        self.cases_empty.setStyleSheet("color: #4a5563;")
        left = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(widgets.heading(self.tr("My cases"), "myCasesHeading"))
        row.addStretch(1)
        row.addWidget(self.delete_button)
        row.addWidget(self.new_button)
        left.addLayout(row)
        left.addWidget(self.cases_empty)
        left.addWidget(self.table)
        hint = QLabel(self.tr("Open a case to read the tutor's review and to discuss it. Everything you write is "
                      "saved on this computer first and sent at the next sync."),
                      objectName="casesHint", wordWrap=True)
        hint.setStyleSheet("color: #5b6675;")
        left.addWidget(hint)
        left.addStretch(1)

        self.threads_view = QListView(objectName="courseThreadsList")
        self.threads_view.setAccessibleName(self.tr("Course discussions"))
        self.threads_view.setModel(self.threads_model)
        self.threads_view.setSpacing(2)
        self.threads_view.setStyleSheet("QListView#courseThreadsList::item { padding: 8px 6px;"
                                        " border-bottom: 1px solid #e1e5ea; }")
        self.threads_view.setWordWrap(True)
        # Titles wrap to the pane's width; a sideways scrollbar there only hid their ends.
        self.threads_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.threads_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.threads_view.activated.connect(self._thread_activated)
        self.threads_view.clicked.connect(self._thread_activated)
        self.threads_empty = QLabel(self.tr("No course discussions on this computer yet."),
                                    objectName="courseThreadsEmpty", wordWrap=True)
        self.threads_empty.setStyleSheet("color: #4a5563;")
        right = QVBoxLayout()
        right.addWidget(widgets.heading(self.tr("Course discussions"), "courseThreadsHeading"))
        right.addWidget(self.threads_empty)
        right.addWidget(self.threads_view, 1)

        body = QHBoxLayout(screen)
        body.setContentsMargins(16, 10, 16, 10)
        body.setSpacing(24)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        return screen

    def _build_thread_screen(self) -> QWidget:
        screen = QWidget(objectName="courseThreadScreen")
        back_button = widgets.button(back(self.tr("Cases and discussions"), "←", " "), "threadBackButton",
                                     self.tr("Back to cases and discussions"))
        back_button.clicked.connect(self.show_list)
        self.course_thread = ThreadView(self.ctx, screen, object_name="courseThreadView")
        box = QVBoxLayout(screen)
        box.setContentsMargins(16, 10, 16, 10)
        row = QHBoxLayout()
        row.addWidget(back_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.course_thread, 1)
        return screen

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.ctx

        def work() -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int], list[tuple[str, str]]]:
            mine = cases.my_cases(ctx.store, ctx.user_id)
            threads: list[dict[str, Any]] = []
            for course in content.list_courses(ctx.store):
                for t in discussions.course_threads(ctx.store, course["id"]):
                    threads.append({**t, "course_title": course["title"]})
            return mine, threads, notices.nav_counts(ctx.store, ctx.user), partnership_names(ctx)

        ctx.query(self, work, self._loaded, context="cases", latest="cases")

    def _loaded(self, data: tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int],
                                  list[tuple[str, str]]]) -> None:
        mine, threads, counts, partnerships = data
        self.cases_model.set_rows(mine)
        rows = min(max(1, len(mine)), 10)  # as tall as its rows: no empty white box under two cases
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth())
        self.cases_empty.setVisible(not mine)
        self.table.setVisible(bool(mine))
        self.threads_model.set_rows(threads)
        self.threads_empty.setVisible(not threads)
        self._partnerships = partnerships
        self._partnerships_loaded = True
        self._partnership_menu(partnerships)
        if counts != self.counts:
            self.counts = dict(counts)
            self.counts_changed.emit(dict(counts))
            self._update_banner()
        self._selection_changed()
        self.cases_loaded.emit(len(mine))
        if self._new_after_load is not None:
            wanted, self._new_after_load = self._new_after_load, None
            self.new_case(wanted or None)

    def _partnership_menu(self, partnerships: list[tuple[str, str]]) -> None:
        if len(partnerships) <= 1:
            self.new_button.setMenu(None)
            return
        menu = QMenu(self.new_button)
        menu.setObjectName("newCasePartnershipMenu")
        menu.setAccessibleName(self.tr("Which partnership is the case for?"))
        for pid, name in partnerships:
            act = menu.addAction(self.tr("For the {partnership}").format(partnership=name))
            act.triggered.connect(lambda _=False, p=pid: self.new_case(p))
        self.new_button.setMenu(menu)

    def _update_banner(self) -> None:
        """After-sync news and, while any are open, the conflicts line with its button."""
        n = self.counts.get("conflicts", 0)
        lines = list(self._notice_lines)
        if n and n != self._conflicts_dismissed:
            lines.append(english_plural(self.tr(
                "%n change(s) you made here also changed somewhere else. Nothing is lost: choose "
                "which version to keep.", "", n), n))
        if not lines:
            self.banner.dismiss()
            return
        self.banner.show_notices(lines, kind="warning" if n else "info",
                                 action=self.tr("Decide…") if n and n != self._conflicts_dismissed else "")

    @Slot()
    def _banner_dismissed(self) -> None:
        self._notice_lines = []
        self._conflicts_dismissed = self.counts.get("conflicts", 0)

    # -- navigation -----------------------------------------------------------------------

    @Slot()
    def show_list(self) -> None:
        self.screens.setCurrentIndex(self.SCREEN_LIST)
        self.refresh()

    def new_case(self, partnership_id: str | None = None) -> None:
        """Start a draft at once (saved locally) and open it in the form."""
        ctx = self.ctx
        if self._partnerships_loaded is False:
            self._new_after_load = partnership_id or ""  # pressed before the first load finished
            return
        partnership = partnership_id or next((pid for pid, _name in self._partnerships), None)
        if not partnership:
            self._notice_lines = [self.tr("You are not in a partnership yet, so a case has nowhere "
                                          "to go. Ask your coordinator to add you.")]
            self._update_banner()
            return
        made: dict[str, str] = {}

        def work() -> Changes:
            made["id"] = cases.new_draft(ctx.store, ctx.user_id, partnership)
            return Changes.of("cases", "threads", outbox=True)

        self.new_button.setEnabled(False)

        def done(_c: Changes) -> None:
            self.new_button.setEnabled(True)
            self.edit_case(made["id"])

        ctx.write(self, work, done, context="case").failure(
            lambda exc: (self.new_button.setEnabled(True), self._error(exc)))

    def _error(self, exc: BaseException) -> None:
        from ..errors import show_error

        show_error(self, exc, "case")

    @Slot(str)
    def edit_case(self, case_id: str) -> None:
        self.form.open_case(case_id)
        self.screens.setCurrentIndex(self.SCREEN_FORM)
        self.case_opened.emit(case_id)
        self.form.editors["title"].setFocus()

    @Slot(str)
    def open_case(self, case_id: str) -> None:
        """A draft opens in the form; anything else shows the case and its discussion."""
        row = self.cases_model.row(self.cases_model.row_of(case_id))
        if row is not None and row.status == "draft":
            self.edit_case(case_id)
            return
        self.show_case(case_id)

    @Slot(str)
    def show_case(self, case_id: str) -> None:
        """The case's text, files and reviews, and its discussion (never the form)."""
        self.detail.show_case(case_id)
        self.screens.setCurrentIndex(self.SCREEN_CASE)
        self.case_opened.emit(case_id)

    @Slot(QModelIndex)
    def _case_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id:
            self.open_case(case_id)

    @Slot(QModelIndex)
    def _thread_activated(self, index: QModelIndex) -> None:
        thread_id = index.data(ThreadIdRole)
        if thread_id:
            self.open_thread(thread_id)

    def open_thread(self, thread_id: str) -> None:
        row = self.threads_model.thread(self.threads_model.row_of(thread_id))
        self.course_thread.show_thread(thread_id, row.title if row else "")
        self.screens.setCurrentIndex(self.SCREEN_THREAD)
        self.thread_opened.emit(thread_id)

    # -- deleting drafts ------------------------------------------------------------------

    def _selected_draft(self) -> Any:
        index = self.table.currentIndex()
        row = self.cases_model.row(index.row()) if index.isValid() else None
        return row if row is not None and row.status == "draft" else None

    def _selection_changed(self) -> None:
        # Only drafts can be deleted: no button at all while the list has none.
        self.delete_button.setVisible(any(r.status == "draft" for r in self.cases_model.rows()))
        self.delete_button.setEnabled(self._selected_draft() is not None)

    @Slot(QPoint)
    def _case_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self.table)
        menu.setObjectName("caseContextMenu")
        menu.setAccessibleName(self.tr("Case actions"))
        menu.addAction(self.tr("Open"), lambda: self._case_activated(index))
        delete = menu.addAction(self.tr("Delete draft…"), self.delete_selected)
        delete.setEnabled(self._selected_draft() is not None)
        self.case_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Delete)):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def delete_selected(self) -> None:
        """Ask, then delete the selected draft (sent cases cannot be deleted)."""
        row = self._selected_draft()
        if row is not None:
            title = "" if row.title == "(no title yet)" else row.title
            self.delete_dialog = ask_delete_draft(self, self.ctx, row.id, title,
                                                  lambda _cid: self.refresh(), self.form.let_go)

    # -- conflicts and notices ------------------------------------------------------------

    @Slot()
    def show_conflicts(self) -> ConflictDialog:
        """Open the side-by-side dialog (non-blocking); returns it."""
        if self.conflict_dialog is not None and self.conflict_dialog.isVisible():
            self.conflict_dialog.raise_()
            return self.conflict_dialog
        dialog = ConflictDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._conflicts_closed())
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def _conflicts_closed(self) -> None:
        self.conflict_dialog = None
        self.refresh()
        if self.screens.currentIndex() == self.SCREEN_FORM and self.form.case_id:
            self.form.open_case(self.form.case_id)  # show the version that was kept

    @Slot(object)
    def _on_sync_finished(self, outcome: object) -> None:
        if isinstance(outcome, BaseException):
            return
        ctx = self.ctx
        lines: list[str] = []

        def work() -> Changes:
            lines.extend(notices.after_sync(ctx.store, ctx.user))
            return Changes.none()

        ctx.write(self, work, lambda _c: self._show_notices(lines), context="cases")

    def _show_notices(self, lines: list[str]) -> None:
        if lines:
            said = [tr_core(line) for line in lines]  # core sentences, in the interface language
            self._notice_lines = [line if line.endswith((".", "؟", "!")) else line + "."
                                  for line in said]
            self._update_banner()
            self.notices_shown.emit(lines)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*_KINDS) or changes.sync_status or changes.touches("thread_visits"):
            self.refresh()
            if self.screens.currentIndex() == self.SCREEN_CASE and (changes.touches(
                    "cases", "reviews", "attachments", "blobs", "threads") or changes.sync_status):
                self.detail.refresh()
