"""A lesson's multiple-choice quiz, taken offline, scored with explanations.

Questions are read on the parallel lane; the attempt is scored and queued for
the server (:func:`tutorclient.study.submit_quiz`) on the write lane. The
result shows the score and, per question, right or wrong with the correct
answer and its explanation. "Try again" starts a fresh attempt.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tutorclient import study
from tutorclient.changes import Changes

from .. import widgets
from ..context import AppContext
from .direction import back, pointing
from .plurals import english_plural, num_text

_button = partial(widgets.button, tip=None)

__all__ = ["QuizView"]

RIGHT_COLOUR, WRONG_COLOUR = "#1d6b35", "#a3261b"
COLUMN_WIDTH = 780


def _label(text: str = "", name: str = "", accessible: str = "") -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    if accessible:
        label.setAccessibleName(accessible)
    return label


class _Question(QFrame):
    """One question: its prompt, its options and (after checking) its feedback."""

    answered = Signal()
    keep_requested = Signal(str)  # question id: "Keep for review" (spaced review)

    def __init__(self, number: int, question: dict[str, Any], parent: QWidget | None = None,
                 keepable: bool = False):
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"question{number}")
        self.setAccessibleName(self.tr("Question {number}").format(number=num_text(number)))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#question{number} {{ background: palette(base); border-radius: 6px; }}")
        multiple = len(question["correct"]) > 1
        prompt = _label(f"{number}. {question['prompt']}", f"questionPrompt{number}",
                        self.tr("Question {number}").format(number=num_text(number)))
        font = prompt.font()
        font.setBold(True)
        prompt.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(prompt)
        if multiple:
            layout.addWidget(_label("Choose all that apply."))
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.options: list[QAbstractButton] = []
        for i, text in enumerate(question["options"]):
            option: QAbstractButton = QCheckBox(text) if multiple else QRadioButton(text)
            option.setObjectName(f"question{number}Option{i}")
            option.setAccessibleName(self.tr("Question {number}, answer {answer}: {text}").format(
                number=num_text(number), answer=num_text(i + 1), text=text))
            option.setMinimumHeight(28)
            self.group.addButton(option, i)
            self.options.append(option)
            layout.addWidget(option)
        self.group.buttonToggled.connect(lambda *_: self.answered.emit())
        self.feedback = _label("", f"question{number}Feedback",
                               self.tr("Feedback on question {number}").format(number=num_text(number)))
        self.feedback.hide()
        layout.addWidget(self.feedback)
        self.keep_button = _button(self.tr("Keep for review"), f"question{number}KeepButton",
                                   self.tr("Keep question %1 for spaced review").replace(
                                       "%1", str(number)))
        self.keep_button.clicked.connect(lambda: self.keep_requested.emit(question["id"]))
        self.keep_button.setVisible(keepable)
        layout.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignLeft)

    def mark_kept(self, missed: bool = False) -> None:
        """The question is a spaced review card now (kept, or missed in this attempt)."""
        self.keep_button.setText(self.tr("✓ In your spaced review") if missed
                                 else self.tr("✓ Kept for review"))
        self.keep_button.setEnabled(False)

    def chosen(self) -> list[int]:
        return [i for i, option in enumerate(self.options) if option.isChecked()]

    def choose(self, indexes: list[int]) -> None:
        for i, option in enumerate(self.options):
            option.setChecked(i in indexes)

    def show_feedback(self, feedback: dict[str, Any]) -> None:
        right = feedback["correct"]
        answer = "; ".join(self.question["options"][i] for i in feedback["answer"])
        verdict = ("✓ " + self.tr("Right.") if right
                   else "✗ " + self.tr("Not quite. The right answer: {answer}.").format(answer=answer))
        text = f"{verdict}\n{feedback['explanation']}" if feedback.get("explanation") else verdict
        self.feedback.setText(text)
        colour = RIGHT_COLOUR if right else WRONG_COLOUR
        self.feedback.setStyleSheet(f"color: {colour}; padding-top: 4px;")
        self.feedback.show()
        for i, option in enumerate(self.options):
            # Frozen but still readable: disabled text would be too faint to study.
            option.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            option.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if i in feedback["answer"]:
                option.setText(f"{self.question['options'][i]}   {pointing('←')} " + self.tr("right answer"))


class QuizView(QWidget):
    """``load(quiz_id)``; the trainee answers, checks, sees why, and may try again."""

    back_requested = Signal()
    submitted = Signal(object)  # the attempt: {id, score, max_score, feedback}
    loaded = Signal(str)  # quiz id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("quizView")
        self.setAccessibleName(self.tr("Quiz"))
        self.quiz: dict[str, Any] | None = None
        self.questions: list[_Question] = []
        self.last_attempt: dict[str, Any] | None = None
        self._build()

    def _build(self) -> None:
        self.back_button = _button(back(self.tr("Back to the lesson")), "quizBackButton",
                                   self.tr("Back to the lesson"))
        self.title_label = QLabel(objectName="quizTitle", wordWrap=True)
        self.title_label.setAccessibleName(self.tr("Quiz title"))
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 3)
        self.title_label.setFont(font)
        head = QHBoxLayout()
        head.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addSpacing(12)
        head.addWidget(self.title_label, 1)

        self.score_label = _label("", "quizScore", "Your score")
        score_font = self.score_label.font()
        score_font.setPointSize(score_font.pointSize() + 4)
        score_font.setBold(True)
        self.score_label.setFont(score_font)
        self.score_label.hide()
        self.hint_label = _label("", "quizHint", "Quiz instructions")

        self.body = QWidget(objectName="quizQuestions")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(14)
        # One column straight in the scroll area (no centring layout around it):
        # wrapped labels then get their full height. Side margins centre it.
        self.column = QWidget(objectName="quizColumn")
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setSpacing(10)
        self.column_layout.addWidget(self.score_label)
        self.column_layout.addWidget(self.hint_label)
        self.column_layout.addWidget(self.body)
        self.column_layout.addStretch(1)
        self.scroll = QScrollArea(objectName="quizScroll", widgetResizable=True)
        self.scroll.setAccessibleName(self.tr("Quiz questions"))
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.column)

        self.submit_button = _button(self.tr("Check my answers"), "checkAnswersButton",
                                     self.tr("Check my answers"))
        self.retake_button = _button(self.tr("Try again"), "retakeQuizButton", self.tr("Try the quiz again"))
        self.retake_button.hide()
        self.progress_label = QLabel(objectName="quizAnswered")
        self.progress_label.setAccessibleName(self.tr("Questions answered"))
        foot = QHBoxLayout()
        foot.addWidget(self.progress_label)
        foot.addStretch(1)
        foot.addWidget(self.retake_button)
        foot.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(head)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(foot)

        self.back_button.clicked.connect(self.back_requested)
        self.submit_button.clicked.connect(self.submit)
        self.retake_button.clicked.connect(self.retake)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side = max(8, (self.scroll.viewport().width() - COLUMN_WIDTH) // 2)
        self.column_layout.setContentsMargins(side, 8, side, 16)

    # -- loading -------------------------------------------------------------------------

    def load(self, quiz_id: str) -> None:
        ctx = self.ctx

        def work() -> tuple[dict[str, Any] | None, tuple[int, int] | None, set[str]]:
            from tutorclient import cards

            return (study.quiz(ctx.store, quiz_id), study.best_attempt(ctx.store, ctx.user_id, quiz_id),
                    cards.kept(ctx.store, ctx.user_id))

        ctx.query(self, work, self._show, context="quiz")

    def _show(self, result: tuple[dict[str, Any] | None, tuple[int, int] | None, set[str]]) -> None:
        quiz, best, kept = result
        self.quiz = quiz
        self.last_attempt = None
        if quiz is None:
            self.title_label.setText(self.tr("This quiz is not on this computer yet. It arrives at the next sync."))
            self._fill([])
            return
        self.title_label.setText(quiz["title"])
        self._fill(quiz["questions"])
        for q in self.questions:
            if q.question["id"] in kept:
                q.mark_kept()
        n = len(quiz["questions"])
        hint = english_plural(self.tr("%n question(s). Your answers are checked on this computer, "
                                      "even offline.", "", n), n)
        if best:
            hint += " " + self.tr("Your best score so far: {score} of {max}.").format(
                score=num_text(best[0]), max=num_text(best[1]))
        self.hint_label.setText(hint)
        self.loaded.emit(quiz["id"])

    def _fill(self, questions: list[dict[str, Any]]) -> None:
        for q in self.questions:
            q.setParent(None)
            q.deleteLater()
        self.questions = []
        for number, question in enumerate(questions, start=1):
            widget = _Question(number, question, keepable=self.ctx.user.get("role") == "trainee")
            widget.answered.connect(self._update_answered)
            widget.keep_requested.connect(self.keep)
            self.body_layout.addWidget(widget)
            self.questions.append(widget)
        self.score_label.hide()
        self.retake_button.hide()
        self.submit_button.show()
        self._update_answered()
        self.scroll.verticalScrollBar().setValue(0)

    @Slot()
    def _update_answered(self) -> None:
        done = sum(1 for q in self.questions if q.chosen())
        self.progress_label.setText(self.tr("Answered {done} of {total}").format(
            done=num_text(done), total=num_text(len(self.questions))))
        self.submit_button.setEnabled(bool(self.questions) and done == len(self.questions))
        self.submit_button.setToolTip("" if self.submit_button.isEnabled()
                                      else self.tr("Answer every question first."))

    # -- answering --------------------------------------------------------------------------

    def answer(self, number: int, indexes: list[int]) -> None:
        """Choose options for question ``number`` (from 1); for keyboard-free tests and scripts."""
        self.questions[number - 1].choose(indexes)

    def answers(self) -> dict[str, list[int]]:
        return {q.question["id"]: q.chosen() for q in self.questions}

    @Slot()
    def submit(self) -> None:
        if self.quiz is None:
            return
        ctx, quiz_id, answers = self.ctx, self.quiz["id"], self.answers()
        attempt: dict[str, Any] = {}
        self.submit_button.setEnabled(False)

        def work() -> Changes:
            attempt.update(study.submit_quiz(ctx.store, ctx.user_id, quiz_id, answers))
            return Changes.of("quiz_attempts", outbox=True)

        ctx.write(self, work, lambda _c: self._show_result(attempt), context="quiz")

    def _show_result(self, attempt: dict[str, Any]) -> None:
        self.last_attempt = attempt
        by_id = {f["question_id"]: f for f in attempt["feedback"]}
        for q in self.questions:
            if q.question["id"] in by_id:
                q.show_feedback(by_id[q.question["id"]])
                if not by_id[q.question["id"]]["correct"]:
                    q.mark_kept(missed=True)
        score, max_score = attempt["score"], attempt["max_score"]
        praise = (self.tr("Well done!") if score == max_score
                  else self.tr("Read the explanations below, then try again."))
        self.score_label.setText(self.tr("You scored {score} of {max}. {praise}").format(
            score=num_text(score), max=num_text(max_score), praise=praise))
        self.score_label.show()
        self.hint_label.setText(self.tr("Your attempt is saved on this computer and sent to your tutor at the next sync."))
        self.submit_button.hide()
        self.retake_button.show()
        self.retake_button.setFocus()
        self.scroll.verticalScrollBar().setValue(0)
        self.submitted.emit(attempt)

    @Slot(str)
    def keep(self, question_id: str) -> None:
        """Keep a question for spaced review (a ``kept_questions`` record, synced)."""
        ctx = self.ctx

        def work() -> Changes:
            from tutorclient import cards

            cards.keep_question(ctx.store, ctx.user_id, question_id)
            return Changes.of("kept_questions", outbox=True)

        def done(_c: Changes) -> None:
            for q in self.questions:
                if q.question["id"] == question_id:
                    q.mark_kept()

        ctx.write(self, work, done, context="quiz")

    @Slot()
    def retake(self) -> None:
        if self.quiz is not None:
            self.load(self.quiz["id"])
