"""The tutors' review page: the queue, claiming a case, and writing the review.

Everything works offline. A claim is saved at once and sent at the next sync;
if another tutor was quicker, the page says so plainly ("Dr X has already
claimed this case") after that sync. The review (strengths, concerns, next
steps, a 1–5 score and a decision) is saved on this computer and sent after
the claim.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tutorclient import cases, notices, review
from tutorclient.changes import Changes

from ..context import AppContext
from ..errors import show_error
from ..models.cases import CaseIdRole
from ..models.review_queue import COL_STATUS, COL_TITLE, HEADERS, ReviewQueueModel
from ..notice_banner import NoticeBanner
from .case_form import _thumbs, partnership_names
from .cases import StatusBadgeDelegate, case_html
from .conflict_dialog import ConflictDialog
from .thread import ThreadView

__all__ = ["RUBRIC", "STATUS_FILTERS", "ReviewPage"]

STATUS_FILTERS = (
    ("Waiting or in review", ("submitted", "in_review")),
    ("Waiting for a tutor", ("submitted",)),
    ("In review", ("in_review",)),
    ("Changes requested", ("revision_requested",)),
    ("Reviewed", ("reviewed",)),
)
RUBRIC = (
    (1, "1 · Unsafe or seriously incomplete"),
    (2, "2 · Important gaps"),
    (3, "3 · Adequate"),
    (4, "4 · Good"),
    (5, "5 · Excellent"),
)
from .. import widgets

_KINDS = ("cases", "reviews", "users", "partnerships", "threads", "attachments")


def _combo(name: str, accessible: str) -> QComboBox:
    box = QComboBox(objectName=name)
    box.setAccessibleName(accessible)
    box.setMinimumHeight(30)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


class ReviewPage(QWidget):
    """The queue on the left; the selected case, the review form and the discussion on the right."""

    counts_changed = Signal(dict)  # notices.nav_counts plus the queue's counts by status
    queue_loaded = Signal(int)
    case_selected = Signal(str)
    claim_saved = Signal(str)
    review_saved = Signal(str)  # review id
    claim_problem_shown = Signal(str)  # the sentence shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reviewPage")
        self.setAccessibleName("Review queue")
        self.me = ctx.user_id  # read once: the signed-in user does not change under a page
        self.case_id: str | None = None
        self.detail: dict[str, Any] = {}
        self.counts: dict[str, int] = {}
        self.claims_sent: set[str] = set()
        self.conflict_dialog: ConflictDialog | None = None
        self.model = ReviewQueueModel(self)
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        ctx.sync_finished.connect(self._on_sync_finished)
        self._load_filters()
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel("Review queue", objectName="reviewHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() + 4)
        font.setBold(True)
        heading.setFont(font)
        self.counts_label = QLabel(objectName="queueCounts")
        self.counts_label.setAccessibleName("How many cases are in the queue")
        self.partnership_box = _combo("queuePartnership", "Filter by partnership")
        self.specialism_box = _combo("queueSpecialism", "Filter by specialism")
        self.status_box = _combo("queueStatus", "Filter by status")
        for label, statuses in STATUS_FILTERS:
            self.status_box.addItem(label, statuses)
        for box in (self.partnership_box, self.specialism_box, self.status_box):
            box.currentIndexChanged.connect(self._filters_changed)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.counts_label, 1)
        filters = QHBoxLayout()
        for text, box in (("Partnership", self.partnership_box), ("Specialism", self.specialism_box),
                          ("Show", self.status_box)):
            label = QLabel(text)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box)
            filters.addSpacing(10)
        filters.addStretch(1)
        self.banner = NoticeBanner("reviewNotice", self)
        self.banner.action_clicked.connect(self.show_conflicts)

        self.table = widgets.row_table("reviewQueueTable", "Cases waiting for review, longest waiting first",
                                       self.model)
        self.table.setItemDelegateForColumn(COL_STATUS, StatusBadgeDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() * 2 + 18)
        header = self.table.horizontalHeader()
        header.setObjectName("reviewQueueHeader")
        header.setAccessibleName("Queue columns")
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col in HEADERS:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == COL_TITLE
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty = QLabel("No cases match. Cases from your partnerships arrive with each sync.",
                            objectName="reviewQueueEmpty", wordWrap=True)
        self.empty.setStyleSheet("color: #4a5563;")
        left = QWidget(objectName="reviewQueuePane")
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.table, 1)
        lbox.addWidget(self.empty)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="reviewSplitter")
        splitter.setAccessibleName("Queue and case")
        splitter.addWidget(left)
        splitter.addWidget(self._build_case_pane())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        box = QVBoxLayout(self)
        box.setContentsMargins(16, 10, 16, 10)
        box.setSpacing(8)
        box.addLayout(top)
        box.addLayout(filters)
        box.addWidget(self.banner)
        box.addWidget(splitter, 1)

    def _build_case_pane(self) -> QWidget:
        pane = QWidget(objectName="reviewCasePane")
        self.case_title = QLabel("Choose a case from the queue", objectName="reviewCaseTitle", wordWrap=True)
        self.case_title.setAccessibleName("Selected case")
        font = self.case_title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.case_title.setFont(font)
        self.claim_state = QLabel(objectName="claimState", wordWrap=True)
        self.claim_state.setAccessibleName("Who is reviewing this case")
        self.claim_button = widgets.button("Claim this case", "claimButton", "Claim this case to review it",
                                    "Works offline: the claim is sent at the next sync")
        self.release_button = widgets.button("Give it back", "releaseButton", "Give the case back to the queue")
        self.claim_button.clicked.connect(self.claim)
        self.release_button.clicked.connect(self.release)
        self.problem = QLabel(objectName="claimProblem", wordWrap=True)
        self.problem.setAccessibleName("Claim problem")
        self.problem.setStyleSheet("QLabel { background: #fde2cf; color: #5a2600; padding: 8px;"
                                   " border-radius: 4px; font-weight: bold; }")
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.claim_state, 1)
        row.addWidget(self.claim_button)
        row.addWidget(self.release_button)

        self.case_text = QTextBrowser(objectName="reviewCaseText")
        self.case_text.setAccessibleName("The case")
        self.case_text.setOpenLinks(False)
        self.thread = ThreadView(self.ctx, pane, object_name="reviewThread")
        self.tabs = QTabWidget(objectName="reviewTabs")
        self.tabs.setAccessibleName("Case, review and discussion")
        self.tabs.addTab(self.case_text, "The case")
        self.tabs.addTab(self._build_review_form(), "Your review")
        self.tabs.addTab(self.thread, "Discussion")
        box = QVBoxLayout(pane)
        box.setContentsMargins(8, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(self.case_title)
        box.addLayout(row)
        box.addWidget(self.problem)
        box.addWidget(self.tabs, 1)
        self._set_case_enabled(False)
        return pane

    def _build_review_form(self) -> QWidget:
        inner = QWidget(objectName="reviewForm")
        form = QVBoxLayout(inner)
        form.setSpacing(6)
        self.review_note = QLabel(objectName="reviewFormNote", wordWrap=True)
        self.review_note.setAccessibleName("About the review form")
        self.review_note.setStyleSheet("color: #4a5563;")
        form.addWidget(self.review_note)
        self.review_edits: dict[str, QPlainTextEdit] = {}
        for key, label, hint in (
                ("strengths", "What went well", "Specific things the trainee did right"),
                ("concerns", "Concerns", "What was missed or unsafe, and why it matters"),
                ("next_steps", "Suggested next steps", "Reading, skills to practise, what to do next time")):
            edit = QPlainTextEdit(objectName=f"review{key.title().replace('_', '')}Edit")
            edit.setAccessibleName(label)
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
            title = QLabel(f"<b>{label}</b>")
            title.setBuddy(edit)
            form.addWidget(title)
            form.addWidget(edit)
            self.review_edits[key] = edit
        self.rubric = QComboBox(objectName="rubricScore")
        self.rubric.setAccessibleName("Score from 1 to 5")
        self.rubric.addItem("Choose a score…", 0)
        for score, text in RUBRIC:
            self.rubric.addItem(text, score)
        self.decision_group = QButtonGroup(self)
        self.decision_reviewed = QRadioButton("Reviewed: no changes needed", objectName="decisionReviewed")
        self.decision_reviewed.setAccessibleName("Decision: reviewed")
        self.decision_revision = QRadioButton("Ask the trainee to improve the case",
                                              objectName="decisionRevision")
        self.decision_revision.setAccessibleName("Decision: revision requested")
        self.decision_group.addButton(self.decision_reviewed)
        self.decision_group.addButton(self.decision_revision)
        grid = QFormLayout()
        grid.addRow("<b>Score</b>", self.rubric)
        decisions = QVBoxLayout()
        decisions.addWidget(self.decision_reviewed)
        decisions.addWidget(self.decision_revision)
        grid.addRow("<b>Decision</b>", decisions)
        form.addLayout(grid)
        self.review_message = QLabel(objectName="reviewMessage", wordWrap=True)
        self.review_message.setAccessibleName("Review message")
        form.addWidget(self.review_message)
        self.save_review_button = widgets.button("Save review", "saveReviewButton", "Save the review",
                                          "Saved on this computer now; sent at the next sync")
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_review_button)
        form.addLayout(save_row)
        form.addStretch(1)
        self.save_review_button.clicked.connect(self.save_review)
        scroll = QScrollArea(objectName="reviewFormScroll", widgetResizable=True)
        scroll.setAccessibleName("Your review")
        scroll.setWidget(inner)
        return scroll

    # -- filters and the queue ------------------------------------------------------------

    def _load_filters(self) -> None:
        ctx = self.ctx

        def work() -> tuple[list[tuple[str, str]], list[str]]:
            specs = cases.specialisms_in_use(ctx.store)
            mine = [str(s) for s in ctx.user.get("specialisms") or []]
            return partnership_names(ctx), sorted(set(specs) | set(mine))

        ctx.query(self, work, self._filters_loaded, context="review")

    def _filters_loaded(self, data: tuple[list[tuple[str, str]], list[str]]) -> None:
        partnerships, specialisms = data
        for box, items, everything in ((self.partnership_box, partnerships, "All my partnerships"),
                                       (self.specialism_box, [(s, s.capitalize()) for s in specialisms],
                                        "All specialisms")):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for key, name in items:
                box.addItem(name, key)
            index = box.findData(current)
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        return {"partnership_id": self.partnership_box.currentData() or None,
                "specialism": self.specialism_box.currentData() or None,
                "statuses": tuple(self.status_box.currentData() or review.QUEUE_STATUSES)}

    @Slot()
    def _filters_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        ctx, filters = self.ctx, self.filters()

        def work() -> tuple[list[review.QueueItem], dict[str, int], dict[str, int], float]:
            items = review.queue(ctx.store, tutor_id=ctx.user_id, **filters)
            counts = review.queue_counts(ctx.store, partnership_id=filters["partnership_id"],
                                         specialism=filters["specialism"],
                                         statuses=("submitted", "in_review", "revision_requested", "reviewed"))
            return (items, counts, notices.nav_counts(ctx.store, ctx.user),
                    notices.clock_skew_s(ctx.store))

        ctx.query(self, work, self._loaded, context="review", latest="queue")

    def _loaded(self, data: tuple[list[review.QueueItem], dict[str, int], dict[str, int],
                                  float]) -> None:
        items, by_status, nav, skew = data
        current = self.case_id
        self.model.set_clock_skew(skew)  # "waiting" is counted on the server's clock
        self.model.set_rows(items)
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        mine = sum(1 for i in items if i.mine)
        parts = [f"{by_status.get('submitted', 0)} waiting for a tutor",
                 f"{by_status.get('in_review', 0)} in review"]
        if mine:
            parts.append(f"{mine} claimed by you")
        if by_status.get("revision_requested"):
            parts.append(f"{by_status['revision_requested']} with the trainee for changes")
        self.counts_label.setText(" · ".join(parts))
        counts = {**nav, **{f"queue_{k}": v for k, v in by_status.items()}}
        if counts != self.counts:
            self.counts = counts
            self.counts_changed.emit(dict(counts))
        if nav.get("conflicts") and not self.banner.isVisible():
            n = nav["conflicts"]
            self.banner.show_notices([(f"{n} change{'s' * (n != 1)} you made also changed somewhere else. "
                                       "Nothing is lost: choose which version to keep.")],
                                     kind="warning", action="Decide…")
        row = self.model.row_of(current) if current else -1
        if row < 0 and current is None and items:
            self.select_case(self.model.item(0).case_id)  # the longest-waiting case, ready to read
        elif row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self._show_claim_state()
        self.queue_loaded.emit(len(items))

    # -- one case ---------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = current.data(CaseIdRole) if current.isValid() else None
        if case_id and case_id != self.case_id:
            self.select_case(case_id)

    def select_case(self, case_id: str) -> None:
        if case_id == self.case_id:
            return
        self.case_id = case_id
        self.problem.hide()
        row = self.model.row_of(case_id)
        if row >= 0 and self.table.selectionModel().currentIndex().row() != row:
            self.table.selectRow(row)
        self._load_case(fill_review=True)
        self.case_selected.emit(case_id)

    def _load_case(self, *, fill_review: bool) -> None:
        ctx, case_id = self.ctx, self.case_id
        if case_id is None:
            return

        def work() -> tuple[dict[str, Any], dict[str, Any]]:
            detail = cases.case_detail(ctx.store, case_id)
            return detail, _thumbs(ctx, detail.get("attachments") or [], 200)

        ctx.query(self, work, lambda data: self._case_loaded(case_id, *data, fill_review),
                  context="review", latest="case")

    def _case_loaded(self, case_id: str, detail: dict[str, Any], thumbs: dict[str, Any], fill: bool) -> None:
        if case_id != self.case_id:
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QTextDocument

        self.detail = detail
        self.case_title.setText(detail.get("title") or "(no title)")
        doc = self.case_text.document()
        for sha, image in thumbs.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"thumb:{sha}"), image)
        self.case_text.setHtml(case_html(detail))
        self.thread.show_thread(detail.get("thread_id"), "")
        self.thread.title.hide()
        if fill:
            self._fill_review(detail)
        self._set_case_enabled(True)
        self._show_claim_state()

    def _my_review(self, detail: dict[str, Any]) -> dict[str, Any] | None:
        mine = [r for r in detail.get("reviews") or [] if r.get("tutor_id") == self.me]
        return mine[-1] if mine else None

    def _fill_review(self, detail: dict[str, Any]) -> None:
        r = self._my_review(detail) or {}
        for key, edit in self.review_edits.items():
            edit.setPlainText(r.get(key) or "")
        self.rubric.setCurrentIndex(max(0, self.rubric.findData(r.get("rubric_score") or 0)))
        self.decision_group.setExclusive(False)
        self.decision_reviewed.setChecked(r.get("decision") == "reviewed")
        self.decision_revision.setChecked(r.get("decision") == "revision_requested")
        self.decision_group.setExclusive(True)
        self.review_message.clear()

    def _item(self) -> Any:
        return self.model.item(self.model.row_of(self.case_id)) if self.case_id else None

    def _show_claim_state(self) -> None:
        item = self._item()
        status = (item.status if item else self.detail.get("status")) or ""
        mine = bool(item and item.mine)
        holder = item.claimed_by_name if item else self.detail.get("claimed_by_name", "")
        pending = bool(item and item.claim_pending)
        if mine and pending:
            text = "You claimed this case on this computer. The claim is sent at the next sync."
        elif mine:
            text = "You are reviewing this case."
        elif holder:
            text = f"{holder} is reviewing this case."
        elif status == "submitted":
            text = "Nobody has claimed this case yet."
        else:
            text = ""
        self.claim_state.setText(text)
        self.claim_button.setVisible(not mine and not holder and status == "submitted")
        self.release_button.setVisible(mine)
        has_review = self._my_review(self.detail) is not None
        can_review = mine and status in ("submitted", "in_review") or (mine and has_review)
        for w in (*self.review_edits.values(), self.rubric, self.decision_reviewed, self.decision_revision,
                  self.save_review_button):
            w.setEnabled(bool(can_review))
        self.review_note.setText(
            "Your review is saved on this computer and sent at the next sync." if can_review else
            "Claim the case first, so no other tutor reviews it at the same time.")

    def _set_case_enabled(self, enabled: bool) -> None:
        self.tabs.setEnabled(enabled)
        if not enabled:
            self.claim_button.hide()
            self.release_button.hide()

    # -- claiming ---------------------------------------------------------------------------

    @Slot()
    def claim(self) -> None:
        ctx, case_id = self.ctx, self.case_id
        if case_id is None:
            return
        self.claim_button.setEnabled(False)

        def work() -> Changes:
            review.claim(ctx.store, ctx.user_id, case_id)
            return Changes.of("cases", outbox=True)

        def done(_c: Changes) -> None:
            self.claim_button.setEnabled(True)
            self.claims_sent.add(case_id)
            self.claim_saved.emit(case_id)
            self.tabs.setCurrentIndex(1)

        def failed(exc: BaseException) -> None:
            self.claim_button.setEnabled(True)
            self._show_problem(case_id, str(getattr(exc, "user_message", "")) or None, exc)

        ctx.write(self, work, done, context="review").failure(failed)

    @Slot()
    def release(self) -> None:
        ctx, case_id = self.ctx, self.case_id
        if case_id is None:
            return

        def work() -> Changes:
            review.release(ctx.store, ctx.user_id, case_id)
            return Changes.of("cases", outbox=True)

        ctx.write(self, work, lambda _c: self.claims_sent.discard(case_id), context="review")

    def _show_problem(self, case_id: str, message: str | None, exc: BaseException | None = None) -> None:
        if message is None and exc is not None:
            show_error(self, exc, "review")
            return
        if not message:
            return
        title = ""
        item = self.model.item(self.model.row_of(case_id))
        if item is not None and case_id != self.case_id:
            title = f"“{item.title}”: "
        self.problem.setText(title + message)
        self.problem.show()
        self.claim_problem_shown.emit(message)

    @Slot(object)
    def _on_sync_finished(self, outcome: object) -> None:
        if isinstance(outcome, BaseException):
            return
        ctx = self.ctx
        # The current case too: a claim made before a restart is checked as well.
        to_check = set(self.claims_sent) | ({self.case_id} if self.case_id else set())
        if not to_check:
            return
        found: dict[str, str] = {}

        def work() -> Changes:
            for case_id in to_check:
                message = review.claim_problem(ctx.store, case_id, ctx.user_id)
                if message:
                    found[case_id] = message
            return Changes.of("cases", outbox=True) if found else Changes.none()

        def done(_c: Changes) -> None:
            self.claims_sent -= to_check
            for case_id, message in found.items():
                self._show_problem(case_id, message)

        ctx.write(self, work, done, context="review")

    # -- the review ------------------------------------------------------------------------

    def review_fields(self) -> dict[str, Any]:
        decision = ("reviewed" if self.decision_reviewed.isChecked() else
                    "revision_requested" if self.decision_revision.isChecked() else "")
        return {**{k: e.toPlainText().strip() for k, e in self.review_edits.items()},
                "rubric_score": int(self.rubric.currentData() or 0), "decision": decision}

    @Slot()
    def save_review(self) -> None:
        ctx, case_id, values = self.ctx, self.case_id, self.review_fields()
        if case_id is None:
            return
        missing = []
        if not any(values[k] for k in self.review_edits):
            missing.append("some feedback")
        if not values["rubric_score"]:
            missing.append("a score")
        if not values["decision"]:
            missing.append("a decision")
        if missing:
            self.review_message.setStyleSheet("color: #7a1c16;")
            self.review_message.setText("Before saving, add " + " and ".join(missing) + ".")
            return
        made: dict[str, str] = {}

        def work() -> Changes:
            made["id"] = review.save_review(ctx.store, ctx.user_id, case_id, **values)
            return Changes.of("reviews", "cases", outbox=True)

        def done(_c: Changes) -> None:
            self.review_message.setStyleSheet("color: #17542c;")
            self.review_message.setText("Saved on this computer. It is sent to the trainee at the next sync.")
            self.review_saved.emit(made["id"])

        ctx.write(self, work, done, context="review")

    # -- conflicts and change notices ------------------------------------------------------

    @Slot()
    def show_conflicts(self) -> ConflictDialog:
        """Open the side-by-side conflict dialog (non-blocking); returns it."""
        if self.conflict_dialog is not None and self.conflict_dialog.isVisible():
            self.conflict_dialog.raise_()
            return self.conflict_dialog
        dialog = ConflictDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "conflict_dialog", None))
        self.conflict_dialog = dialog
        self.banner.dismiss()
        dialog.open()
        return dialog

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*_KINDS) or changes.sync_status:
            if changes.touches("users", "partnerships"):
                self._load_filters()
            self.refresh()
            if self.case_id and (changes.touches("cases", "reviews", "attachments", "blobs")
                                 or changes.sync_status):
                self._load_case(fill_review=False)
