"""The library's "due today" line: how many spaced review cards wait, and a way in.

Kept apart from the review page so that the library, built at start-up, does
not load the scheduler: the count is read on the parallel lane.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from tutorclient.changes import Changes

from .. import widgets
from ..context import AppContext

__all__ = ["CARD_KINDS", "DueBanner", "text_label"]

# What the due count and the cards are read from.
CARD_KINDS = ("card_reviews", "kept_questions", "quiz_attempts", "quizzes")


def text_label(name: str, accessible: str, text: str = "") -> QLabel:
    """A word-wrapped plain-text label with its names set."""
    label = QLabel(text, objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible)
    return label


class DueBanner(QFrame):
    """The library's line "3 cards due today  [Review now]"; hidden when nothing is due."""

    review_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dueBanner")
        self.setAccessibleName(self.tr("Cards due today"))
        self.setStyleSheet("#dueBanner { background: #e8f0fe; border: 1px solid #a8c0e8;"
                           " border-radius: 6px; }")
        self.count = 0
        self.label = text_label("dueBannerText", self.tr("Cards due today"))
        self.button = widgets.button(self.tr("Review now"), "reviewNowButton",
                                     self.tr("Start the spaced review"))
        self.button.clicked.connect(self.review_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        def work() -> int:
            from tutorclient import cards  # the scheduler loads on the lane, not at start-up

            return cards.due_today_count(ctx.store, ctx.user_id)

        ctx.query(self, work, self._show, context="spaced_review", latest="due")

    @Slot(int)
    def _show(self, count: int) -> None:
        self.count = count
        self.label.setText(self.tr("%n card(s) due today in your spaced review.", "", count))
        self.setVisible(count > 0)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*CARD_KINDS) or changes.sync_status:
            self.refresh()
