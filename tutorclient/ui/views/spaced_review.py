"""Spaced review: the trainee's missed and kept quiz questions, due today, one card at a time.

Made for the keyboard alone: **Space** shows the answer, **1**-**4** rate it
(Again, Hard, Good, Easy), **Esc** ends the session. The mouse works too.
Each rating is appended to the trainee's log on the write lane
(:func:`tutorclient.cards.record_review`) and the card's schedule rebuilt from
it; a card due again today (a forgotten one, a minute later) goes to the back
of the queue.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tutorclient import cards
from tutorclient.cards import AGAIN, EASY, GOOD, HARD, ReviewCard
from tutorclient.changes import Changes

from .. import widgets
from ..context import AppContext
from .due_banner import CARD_KINDS, text_label

__all__ = ["SpacedReviewPage"]

COLUMN_WIDTH = 760
ANSWER_COLOUR = "#1d4f91"


def _overview(store: Any, user_id: str) -> dict[str, Any]:
    now = datetime.now(UTC)
    every = cards.cards(store, user_id)
    limit = cards.end_of_today(now)
    due = [c for c in every if c.due <= limit]
    later = [c.due for c in every if c.due > limit]
    return {"due": due, "total": len(every), "next": min(later) if later else None}


class SpacedReviewPage(QWidget):
    """The navigation page: what is due, then a session of cards."""

    session_started = Signal(int)  # cards in the queue
    card_shown = Signal(str)  # question id
    answer_shown = Signal(str)
    card_rated = Signal(str, int)  # question id, rating
    session_ended = Signal(int)  # cards rated
    loaded = Signal(int)  # cards due today

    SCREEN_START, SCREEN_CARD = 0, 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("spacedReviewPage")
        self.setAccessibleName(self.tr("Spaced review"))
        self.queue: list[ReviewCard] = []
        self.current: ReviewCard | None = None
        self.revealed = False
        self.rated = 0
        self.in_session = False
        self._busy = False
        self.screens = QStackedWidget(objectName="spacedReviewScreens")
        self.screens.addWidget(self._build_start())
        self.screens.addWidget(self._build_card())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screens)
        self._shortcuts()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build_start(self) -> QWidget:
        screen = QWidget(objectName="spacedReviewStart")
        self.heading = widgets.heading(self.tr("Spaced review"), "spacedReviewHeading", 4)
        self.due_label = text_label("dueTodayLabel", self.tr("Cards due today"))
        font = self.due_label.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        self.due_label.setFont(font)
        self.summary_label = text_label("spacedReviewSummary", self.tr("About your cards"))
        self.done_label = text_label("spacedReviewDone", self.tr("Your last review"))
        self.done_label.hide()
        self.about_label = text_label("spacedReviewAbout", self.tr("How spaced review works"), self.tr(
            "Questions you got wrong in a quiz, and questions you keep with “Keep for review”, "
            "come back here: soon at first, then at longer and longer intervals while you "
            "remember them. Everything works without a connection; your ratings are sent at "
            "the next sync, so your other computers know them too."))
        self.start_button = widgets.button(self.tr("Start review (Space)"), "startReviewButton",
                                           self.tr("Start review"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        column = QVBoxLayout(screen)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.done_label)
        column.addWidget(self.due_label)
        column.addWidget(self.summary_label)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addSpacing(8)
        column.addWidget(self.about_label)
        column.addStretch(1)
        return screen

    def _build_card(self) -> QWidget:
        screen = QWidget(objectName="spacedReviewSession")
        self.progress_label = text_label("reviewProgress", self.tr("Cards left"))
        self.end_button = widgets.button(self.tr("End (Esc)"), "endReviewButton",
                                         self.tr("End the review"))
        self.end_button.clicked.connect(self.end)
        head = QHBoxLayout()
        head.addWidget(self.progress_label, 1)
        head.addWidget(self.end_button)

        self.card_frame = QFrame(objectName="reviewCard")
        self.card_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_frame.setStyleSheet(
            "#reviewCard { background: palette(base); border-radius: 6px; }")
        self.prompt_label = text_label("reviewPrompt", self.tr("Question"))
        font = self.prompt_label.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.prompt_label.setFont(font)
        self.options_label = text_label("reviewOptions", self.tr("Possible answers"))
        self.answer_label = text_label("reviewAnswer", self.tr("Answer"))
        self.answer_label.setStyleSheet(f"color: {ANSWER_COLOUR}; font-weight: bold;")
        self.explanation_label = text_label("reviewExplanation", self.tr("Explanation"))
        box = QVBoxLayout(self.card_frame)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(12)
        for label in (self.prompt_label, self.options_label, self.answer_label,
                      self.explanation_label):
            box.addWidget(label)
        box.addStretch(1)
        self.column = QWidget(objectName="reviewColumn")
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.addWidget(self.card_frame)
        self.column_layout.addStretch(1)
        self.scroll = QScrollArea(objectName="reviewScroll", widgetResizable=True)
        self.scroll.setAccessibleName(self.tr("The card"))
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.column)

        self.show_button = widgets.button(self.tr("Show answer (Space)"), "showAnswerButton",
                                          self.tr("Show the answer"))
        self.show_button.clicked.connect(self.show_answer)
        names = {AGAIN: self.tr("Again"), HARD: self.tr("Hard"), GOOD: self.tr("Good"),
                 EASY: self.tr("Easy")}
        self.rate_buttons: dict[int, QPushButton] = {}
        self.rate_row = QWidget(objectName="rateButtons")
        rates = QHBoxLayout(self.rate_row)
        rates.setContentsMargins(0, 0, 0, 0)
        for rating, name in names.items():
            button = widgets.button(f"{rating}  {name}", f"rate{rating}Button", name, height=44)
            button.clicked.connect(lambda _=False, r=rating: self.rate(r))
            self.rate_buttons[rating] = button
            rates.addWidget(button)
        self.rate_names = names
        self.hint_label = text_label("reviewKeysHint", self.tr("Keys"))
        foot = QVBoxLayout()
        foot.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignHCenter)
        foot.addWidget(self.rate_row)
        foot.addWidget(self.hint_label)

        layout = QVBoxLayout(screen)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(foot)
        return screen

    def _shortcuts(self) -> None:
        # On the page and its children only: Space and digits in another page stay theirs.
        keys = {Qt.Key.Key_Space: self._space, Qt.Key.Key_Escape: self.end,
                Qt.Key.Key_1: lambda: self.rate(AGAIN), Qt.Key.Key_2: lambda: self.rate(HARD),
                Qt.Key.Key_3: lambda: self.rate(GOOD), Qt.Key.Key_4: lambda: self.rate(EASY)}
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        side = max(8, (self.scroll.viewport().width() - COLUMN_WIDTH) // 2)
        self.column_layout.setContentsMargins(side, 8, side, 8)

    # -- what is due ---------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.ctx
        ctx.query(self, lambda: _overview(ctx.store, ctx.user_id), self._show_overview,
                  context="spaced_review", latest="overview")

    def _show_overview(self, overview: dict[str, Any]) -> None:
        self._overview = overview
        n, total = len(overview["due"]), overview["total"]
        self.due_label.setText(self.tr("%n card(s) due today", "", n) if n
                               else self.tr("No cards due today"))
        if total == 0:
            summary = self.tr("No cards yet. Take a quiz in the Library: the questions you "
                              "miss become cards.")
        elif overview["next"] is not None and n == 0:
            summary = self.tr("%n card(s) in all. The next one is due on %1.", "", total).replace(
                "%1", _date(overview["next"]))
        else:
            summary = self.tr("%n card(s) in all.", "", total)
        self.summary_label.setText(summary)
        self.start_button.setEnabled(n > 0)
        self.loaded.emit(n)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*CARD_KINDS) and not self.in_session:
            self.refresh()

    # -- the session -----------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        due = list(getattr(self, "_overview", {}).get("due") or [])
        if not due or self.in_session:
            return
        self.queue, self.rated, self.in_session = due, 0, True
        self.screens.setCurrentIndex(self.SCREEN_CARD)
        self.session_started.emit(len(due))
        self._next()

    def _next(self) -> None:
        if not self.queue:
            self.end()
            return
        card = self.current = self.queue.pop(0)
        self.revealed = False
        left = len(self.queue) + 1
        self.progress_label.setText(self.tr("%n card(s) left today", "", left))
        self.prompt_label.setText(card.prompt)
        self.options_label.setText("\n".join(f"•  {o}" for o in card.options))
        self.answer_label.hide()
        self.explanation_label.hide()
        self.show_button.show()
        self.rate_row.hide()
        self.hint_label.setText(self.tr("Think of the answer, then press Space to see it. "
                                        "Esc ends the review."))
        self.show_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.verticalScrollBar().setValue(0)
        self.card_shown.emit(card.question_id)

    @Slot()
    def _space(self) -> None:
        if self.screens.currentIndex() == self.SCREEN_START:
            if self.start_button.isEnabled():
                self.start()
        else:
            self.show_answer()

    @Slot()
    def show_answer(self) -> None:
        card = self.current
        if card is None or self.revealed or not self.in_session:
            return
        self.revealed = True
        self.answer_label.setText(self.tr("Answer: %1").replace("%1", card.answer))
        self.answer_label.show()
        self.explanation_label.setText(card.explanation)
        self.explanation_label.setVisible(bool(card.explanation))
        self.show_button.hide()
        now = datetime.now(UTC)
        for rating, when in cards.previews(card, now).items():
            name = self.rate_names[rating]
            wait = _wait(when - now)
            self.rate_buttons[rating].setText(f"{rating}  {name}  ·  {wait}")
            self.rate_buttons[rating].setAccessibleName(
                self.tr("%1, back in %2").replace("%1", name).replace("%2", wait))
        self.rate_row.show()
        self.hint_label.setText(self.tr("How well did you remember? Press 1 Again, 2 Hard, "
                                        "3 Good or 4 Easy."))
        self.rate_buttons[GOOD].setFocus(Qt.FocusReason.OtherFocusReason)
        self.answer_shown.emit(card.question_id)

    def rate(self, rating: int) -> None:
        card = self.current
        if card is None or not self.revealed or self._busy or not self.in_session:
            return
        ctx, qid, self._busy = self.ctx, card.question_id, True
        after: dict[str, Any] = {}

        def work() -> Changes:
            now = datetime.now(UTC)
            cards.record_review(ctx.store, ctx.user_id, qid, rating, now=now)
            again = cards.card(ctx.store, ctx.user_id, qid)
            after["card"] = again if again and again.due <= cards.end_of_today(now) else None
            return Changes.of("card_reviews", outbox=True)

        ctx.write(self, work, lambda _c: self._rated(qid, rating, after.get("card")),
                  context="spaced_review")

    def _rated(self, qid: str, rating: int, again: ReviewCard | None) -> None:
        self._busy = False
        self.rated += 1
        if again is not None:
            self.queue.append(again)  # due again today: back of the queue
        self.card_rated.emit(qid, rating)
        if self.in_session:
            self._next()

    @Slot()
    def end(self) -> None:
        if not self.in_session:
            return
        self.in_session, self.current, self.queue = False, None, []
        self.screens.setCurrentIndex(self.SCREEN_START)
        self.done_label.setText(self.tr("Well done: you reviewed %n card(s).", "", self.rated))
        self.done_label.setVisible(self.rated > 0)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.session_ended.emit(self.rated)
        self.refresh()


def _date(moment: datetime) -> str:
    """A day as the interface language writes it ("15 Dec", "١٥ كانون الأول")."""
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM")


def _wait(delta: Any) -> str:
    """A wait as a button shows it: "1 min", "10 min", "3 days" (translated, with plurals)."""
    translate = QCoreApplication.translate
    minutes = max(1, round(delta.total_seconds() / 60))
    if minutes < 60:
        return translate("SpacedReviewPage", "%n min", "", minutes)
    if minutes < 24 * 60:
        return translate("SpacedReviewPage", "%n hour(s)", "", round(minutes / 60))
    days = round(minutes / (24 * 60))
    if days < 60:
        return translate("SpacedReviewPage", "%n day(s)", "", days)
    return translate("SpacedReviewPage", "%n month(s)", "", round(days / 30))
