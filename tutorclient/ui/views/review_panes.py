"""The two halves of the review page: the queue of cases, and the case being reviewed.

Both only show what :class:`~.review.ReviewPage` loaded; the page reads the
store and writes claims and reviews through the operation lanes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from tutorclient.review import CaseState

from .. import widgets
from ..context import AppContext
from ..models.review_queue import COL_CLAIMED, COL_STATUS, COL_TITLE, HEADERS, ReviewQueueModel
from .cases import StatusBadgeDelegate, case_html
from .review_form import CLAIM_FIRST, CLOSED, EDIT, SENT, ReviewForm
from .thread import ThreadView

__all__ = ["reader_labels", "ReviewCasePane", "ReviewQueuePane", "claim_sentence"]

#: The "Claimed by" column's width, in average characters: "Dr Sarah Bennett" fits.
CLAIMED_CHARS = 18


def reader_labels() -> dict[str, str]:
    """Headings for a tutor reading a trainee's case (the form speaks to its author)."""
    return {"question": QCoreApplication.translate("ReviewPanes", "The trainee's question")}


def claim_sentence(state: CaseState) -> str:
    """One line above the tabs: who is reviewing the case, in the server's terms."""
    if state.mine and state.claim_pending:
        return QCoreApplication.translate(
            "ReviewPanes", "You claimed this case on this computer. The claim is sent at the next sync.")
    if state.can_review:
        return QCoreApplication.translate("ReviewPanes", "You are reviewing this case.")
    if state.reviewed_by_me:
        return (QCoreApplication.translate(
                    "ReviewPanes", "You reviewed this case. Your review was sent to the trainee.")
                if state.review_sent else QCoreApplication.translate(
                    "ReviewPanes", "You reviewed this case. Your review is sent at the next sync."))
    if state.holder_name:
        sentence = {"reviewed": QT_TRANSLATE_NOOP("ReviewPanes", "Reviewed by {name}."),
                    "revision_requested": QT_TRANSLATE_NOOP("ReviewPanes",
                                                            "{name} asked the trainee for changes.")
                    }.get(state.status, QT_TRANSLATE_NOOP("ReviewPanes", "{name} is reviewing this case."))
        return QCoreApplication.translate("ReviewPanes", sentence).format(name=state.holder_name)
    if state.status == "submitted":
        return QCoreApplication.translate("ReviewPanes", "Nobody has claimed this case yet.")
    return ""


class ReviewQueuePane(QWidget):
    """The queue table, longest waiting first, or a line saying nothing matches."""

    def __init__(self, model: ReviewQueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reviewQueuePane")
        self.table = table = widgets.row_table(
            "reviewQueueTable", self.tr("Cases waiting for review, longest waiting first"), model)
        table.setItemDelegateForColumn(COL_STATUS, StatusBadgeDelegate(table))
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 18)
        header = table.horizontalHeader()
        header.setObjectName("reviewQueueHeader")
        header.setAccessibleName(self.tr("Queue columns"))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        for col in HEADERS:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == COL_TITLE
                                        else QHeaderView.ResizeMode.ResizeToContents)
        # Titles come first: a long claimant name elides (its tooltip has it whole)
        # instead of squeezing every title to a few letters.
        header.setSectionResizeMode(COL_CLAIMED, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(COL_CLAIMED, table.fontMetrics().averageCharWidth() * CLAIMED_CHARS)
        self.empty = QLabel(self.tr("No cases match. Cases from your partnerships arrive with each sync."),
                            objectName="reviewQueueEmpty", wordWrap=True)
        self.empty.setStyleSheet("color: #4a5563;")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(table, 1)
        box.addWidget(self.empty)

    def show_any(self, any_rows: bool) -> None:
        self.table.setVisible(any_rows)
        self.empty.setVisible(not any_rows)


class ReviewCasePane(QWidget):
    """The selected case: its title, who is reviewing it, and tabs for the case text,
    the review form and the discussion."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reviewCasePane")
        self.case_title = QLabel(self.tr("Choose a case from the queue"), objectName="reviewCaseTitle",
                                 wordWrap=True)
        self.case_title.setAccessibleName(self.tr("Selected case"))
        font = self.case_title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.case_title.setFont(font)
        self.claim_state = QLabel(objectName="claimState", wordWrap=True)
        self.claim_state.setAccessibleName(self.tr("Who is reviewing this case"))
        self.claim_button = widgets.button(self.tr("Claim this case"), "claimButton",
                                           self.tr("Claim this case to review it"),
                                           self.tr("Works offline: the claim is sent at the next sync"))
        self.release_button = widgets.button(self.tr("Give it back"), "releaseButton",
                                             self.tr("Give the case back to the queue"))
        self.problem = QLabel(objectName="claimProblem", wordWrap=True)
        self.problem.setAccessibleName(self.tr("Claim problem"))
        self.problem.setStyleSheet("QLabel { background: #fde2cf; color: #5a2600; padding: 8px;"
                                   " border-radius: 4px; font-weight: bold; }")
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.claim_state, 1)
        row.addWidget(self.claim_button)
        row.addWidget(self.release_button)

        self.case_text = QTextBrowser(objectName="reviewCaseText")
        self.case_text.setAccessibleName(self.tr("The case"))
        self.case_text.setOpenLinks(False)
        self.thread = ThreadView(ctx, self, object_name="reviewThread")
        self.form = ReviewForm()
        self.tabs = QTabWidget(objectName="reviewTabs")
        self.tabs.setAccessibleName(self.tr("Case, review and discussion"))
        self.tabs.addTab(self.case_text, self.tr("The case"))
        self.tabs.addTab(self.form, self.tr("Your review"))
        self.tabs.addTab(self.thread, self.tr("Discussion"))
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(self.case_title)
        box.addLayout(row)
        box.addWidget(self.problem)
        box.addWidget(self.tabs, 1)
        self.set_case_enabled(False)

    def show_case(self, detail: dict[str, Any], thumbs: dict[str, Any]) -> None:
        self.case_title.setText(detail.get("title") or self.tr("(no title)"))
        doc = self.case_text.document()
        for sha, image in thumbs.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"thumb:{sha}"), image)
        self.case_text.setHtml(case_html(detail, reader_labels()))
        self.thread.show_thread(detail.get("thread_id"), "")
        self.thread.title.hide()

    def show_state(self, state: CaseState) -> None:
        """Who has the case and what the tutor may do with it, as the record says now."""
        self.claim_state.setText(claim_sentence(state))
        self.claim_button.setVisible(state.can_claim)
        self.release_button.setVisible(state.can_release)
        self.form.set_mode(EDIT if state.can_review else SENT if state.reviewed_by_me
                           else CLAIM_FIRST if state.can_claim else CLOSED)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def set_case_enabled(self, enabled: bool) -> None:
        self.tabs.setEnabled(enabled)
        if not enabled:
            self.claim_button.hide()
            self.release_button.hide()
