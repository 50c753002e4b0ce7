"""The tutors' review page: the queue, claiming a case, and writing the review.

Everything works offline. A claim is saved at once and sent at the next sync;
if another tutor was quicker, the page says so plainly ("Dr X has already
claimed this case") after that sync. The review (strengths, concerns, next
steps, a 1–5 score and a decision) is saved on this computer and sent after
the claim.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from tutorclient import cases, contributions, notices, review
from tutorclient.changes import Changes

from ..context import AppContext
from ..errors import show_error
from ..models.cases import CaseIdRole
from ..models.review_queue import ReviewQueueModel
from ..notice_banner import NoticeBanner
from .case_form import _thumbs, partnership_names
from .conflict_dialog import ConflictDialog
from .review_form import RUBRIC
from .plurals import english_plural
from .review_panes import ReviewCasePane, ReviewQueuePane

__all__ = ["RUBRIC", "STATUS_FILTERS", "ReviewPage"]

STATUS_FILTERS = (  # English source texts; the page shows them translated
    (QT_TRANSLATE_NOOP("ReviewPage", "Waiting or in review"), ("submitted", "in_review")),
    (QT_TRANSLATE_NOOP("ReviewPage", "Waiting for a tutor"), ("submitted",)),
    (QT_TRANSLATE_NOOP("ReviewPage", "In review"), ("in_review",)),
    (QT_TRANSLATE_NOOP("ReviewPage", "Changes requested"), ("revision_requested",)),
    (QT_TRANSLATE_NOOP("ReviewPage", "Reviewed"), ("reviewed",)),
)
_KINDS = ("cases", "reviews", "users", "partnerships", "threads", "attachments")


def counts_text(summary: review.QueueSummary) -> str:
    """The counts line; its first two figures add up to the navigation's badge."""
    parts = [QCoreApplication.translate("ReviewPage", "%n waiting for a tutor", None, summary.waiting),
             QCoreApplication.translate("ReviewPage", "%n claimed by you", None, summary.mine)]
    if summary.others:
        parts.append(QCoreApplication.translate("ReviewPage", "%n in review by other tutors", None,
                                                summary.others))
    if summary.revision:
        parts.append(QCoreApplication.translate("ReviewPage", "%n with the trainee for changes", None,
                                                summary.revision))
    if summary.outside:
        parts.append(QCoreApplication.translate("ReviewPage", "%n waiting outside your specialisms",
                                                None, summary.outside))
    return " · ".join(parts)


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
        self.setAccessibleName(self.tr("Review queue"))
        self.me = ctx.user_id  # read once: the signed-in user does not change under a page
        self.case_id: str | None = None
        self.detail: dict[str, Any] = {}
        self.state: review.CaseState | None = None  # of the case shown, from the last load
        self.summary = review.QueueSummary(0, 0, 0, 0)
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
        heading = QLabel(self.tr("Review queue"), objectName="reviewHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() + 4)
        font.setBold(True)
        heading.setFont(font)
        self.counts_label = QLabel(objectName="queueCounts", wordWrap=True)  # longer in Arabic and Somali
        self.counts_label.setAccessibleName(self.tr("How many cases are in the queue"))
        self.partnership_box = _combo("queuePartnership", self.tr("Filter by partnership"))
        self.specialism_box = _combo("queueSpecialism", self.tr("Filter by specialism"))
        self.status_box = _combo("queueStatus", self.tr("Filter by status"))
        for label, statuses in STATUS_FILTERS:
            self.status_box.addItem(self.tr(label), statuses)
        for box in (self.partnership_box, self.specialism_box, self.status_box):
            box.currentIndexChanged.connect(self._filters_changed)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.counts_label, 1)
        filters = QHBoxLayout()
        for text, box in ((self.tr("Partnership"), self.partnership_box),
                          (self.tr("Specialism"), self.specialism_box),
                          (self.tr("Show"), self.status_box)):
            label = QLabel(text)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box)
            filters.addSpacing(10)
        filters.addStretch(1)
        self.banner = NoticeBanner("reviewNotice", self)
        self.banner.action_clicked.connect(self.show_conflicts)

        self.queue = queue = ReviewQueuePane(self.model)
        self.table, self.empty = queue.table, queue.empty
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.case_pane = pane = ReviewCasePane(self.ctx)
        # The pane's parts under the names tests, screenshots and the methods below use.
        self.case_title, self.claim_state, self.problem = pane.case_title, pane.claim_state, pane.problem
        self.claim_button, self.release_button = pane.claim_button, pane.release_button
        self.case_text, self.thread, self.tabs = pane.case_text, pane.thread, pane.tabs
        self.form = form = pane.form
        self.review_note, self.review_edits, self.rubric = form.note, form.edits, form.rubric
        self.decision_group = form.decision_group
        self.decision_reviewed, self.decision_revision = form.decision_reviewed, form.decision_revision
        self.review_message, self.save_review_button = form.message, form.save_button
        self.claim_button.clicked.connect(self.claim)
        self.release_button.clicked.connect(self.release)
        self.save_review_button.clicked.connect(self.save_review)
        form.save_reflection_button.clicked.connect(self.save_reflection)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="reviewSplitter")
        splitter.setAccessibleName(self.tr("Queue and case"))
        splitter.addWidget(queue)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 11)
        splitter.setStretchFactor(1, 9)
        # The queue a little wider than the case: its titles must read in full at 1366 px.
        splitter.setSizes([1100, 900])
        splitter.setChildrenCollapsible(False)

        box = QVBoxLayout(self)
        box.setContentsMargins(16, 10, 16, 10)
        box.setSpacing(8)
        box.addLayout(top)
        box.addLayout(filters)
        box.addWidget(splitter, 1)
        self.banner.float_over(self)  # over the page: it never moves the queue under the pointer

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
        for box, items, everything in ((self.partnership_box, partnerships, self.tr("All my partnerships")),
                                       (self.specialism_box, [(s, s.capitalize()) for s in specialisms],
                                        self.tr("All specialisms"))):
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

        def work() -> tuple[list[review.QueueItem], review.QueueSummary, dict[str, int],
                            dict[str, int], float]:
            items = review.queue(ctx.store, tutor_id=ctx.user_id, **filters)
            counts = review.queue_counts(ctx.store, partnership_id=filters["partnership_id"],
                                         specialism=filters["specialism"],
                                         statuses=("submitted", "in_review", "revision_requested", "reviewed"))
            summary = review.queue_summary(ctx.store, ctx.user, partnership_id=filters["partnership_id"],
                                           specialism=filters["specialism"])
            return (items, summary, counts, notices.nav_counts(ctx.store, ctx.user),
                    notices.clock_skew_s(ctx.store))

        ctx.query(self, work, self._loaded, context="review", latest="queue")

    def _loaded(self, data: tuple[list[review.QueueItem], review.QueueSummary, dict[str, int],
                                  dict[str, int], float]) -> None:
        items, summary, by_status, nav, skew = data
        current = self.case_id
        self.model.set_clock_skew(skew)  # "waiting" is counted on the server's clock
        self.model.set_rows(items)
        self.queue.show_any(bool(items))
        self.summary = summary
        self.counts_label.setText(counts_text(summary))
        counts = {**nav, **{f"queue_{k}": v for k, v in by_status.items()}}
        if counts != self.counts:
            self.counts = counts
            self.counts_changed.emit(dict(counts))
        if nav.get("conflicts") and not self.banner.isVisible():
            n = nav["conflicts"]
            self.banner.show_notices([english_plural(self.tr(
                "%n change(s) you made also changed somewhere else. Nothing is lost: choose which "
                "version to keep.", "", n), n)],
                                     kind="warning", action=self.tr("Decide…"))
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

        def work() -> tuple[dict[str, Any], dict[str, Any], review.CaseState | None]:
            detail = cases.case_detail(ctx.store, case_id)
            state = review.case_state(ctx.store, case_id, ctx.user_id)
            if state is not None and state.my_review:  # the tutor's private reflection on it
                mine = contributions.reflection_of(ctx.store, ctx.user_id, state.my_review["id"])
                state.my_review["reflection"] = (mine or {}).get("body") or ""
            return detail, _thumbs(ctx, detail.get("attachments") or [], 200), state

        ctx.query(self, work, lambda data: self._case_loaded(case_id, *data, fill_review),
                  context="review", latest="case")

    def _case_loaded(self, case_id: str, detail: dict[str, Any], thumbs: dict[str, Any],
                     state: review.CaseState | None, fill: bool) -> None:
        if case_id != self.case_id:
            return
        was_editable = self.state is not None and self.state.can_review
        self.detail, self.state = detail, state
        self.case_pane.show_case(detail, thumbs)
        # A review the tutor can no longer change shows as sent, not as typed before.
        if fill or (was_editable and state is not None and not state.can_review):
            self.form.fill((state.my_review if state else None) or {})
        self.case_pane.set_case_enabled(True)
        self._show_claim_state()

    def _show_claim_state(self) -> None:
        """The pane follows the record: claimable, being reviewed, or a read-only summary."""
        if self.state is not None:
            self.case_pane.show_state(self.state)

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
            title = self.tr("“{title}”: ").format(title=item.title)
        self.case_pane.show_problem(title + message)
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
        return self.form.fields()

    @Slot()
    def save_review(self) -> None:
        ctx, case_id, values = self.ctx, self.case_id, self.review_fields()
        if case_id is None:
            return
        missing = self.form.missing(values)
        if missing:
            self.form.show_missing(missing)
            return
        made: dict[str, str] = {}

        reflection, seconds = self.form.reflection_text(), self.form.active_timer.take()

        def work() -> Changes:
            made["id"] = review.save_review(ctx.store, ctx.user_id, case_id, **values)
            contributions.save_reflection(ctx.store, ctx.user_id, made["id"], body=reflection,
                                          add_seconds=seconds)
            return Changes.of("reviews", "cases", "reflections", outbox=True)

        def done(_c: Changes) -> None:
            self.form.show_saved()
            self.review_saved.emit(made["id"])

        ctx.write(self, work, done, context="review")

    @Slot()
    def save_reflection(self) -> None:
        """The reflection on a review already sent (with the time given since the last save)."""
        ctx, state = self.ctx, self.state
        if state is None or not state.my_review:
            return
        review_id, body = state.my_review["id"], self.form.reflection_text()
        seconds = self.form.active_timer.take()

        def work() -> Changes:
            contributions.save_reflection(ctx.store, ctx.user_id, review_id, body=body,
                                          add_seconds=seconds)
            return Changes.of("reflections", outbox=True)

        ctx.write(self, work, lambda _c: self.form.show_saved(), context="review")

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
