"""The tutor's review form: strengths, concerns, next steps, a 1–5 score and a decision.

The form only shows and collects the review; :class:`~.review.ReviewPage`
checks that the tutor may write it and saves it through the write lane.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tutorclient.contributions import SLICE_SECONDS, ActiveTimer

from .. import widgets

__all__ = ["RUBRIC", "ReviewForm"]

# English source texts (marked for lupdate); the form shows them translated.
RUBRIC = (
    (1, QT_TRANSLATE_NOOP("ReviewForm", "1 · Unsafe or seriously incomplete")),
    (2, QT_TRANSLATE_NOOP("ReviewForm", "2 · Important gaps")),
    (3, QT_TRANSLATE_NOOP("ReviewForm", "3 · Adequate")),
    (4, QT_TRANSLATE_NOOP("ReviewForm", "4 · Good")),
    (5, QT_TRANSLATE_NOOP("ReviewForm", "5 · Excellent")),
)
TEXT_FIELDS = (
    ("strengths", QT_TRANSLATE_NOOP("ReviewForm", "What went well"),
     QT_TRANSLATE_NOOP("ReviewForm", "Specific things the trainee did right")),
    ("concerns", QT_TRANSLATE_NOOP("ReviewForm", "Concerns"),
     QT_TRANSLATE_NOOP("ReviewForm", "What was missed or unsafe, and why it matters")),
    ("next_steps", QT_TRANSLATE_NOOP("ReviewForm", "Suggested next steps"),
     QT_TRANSLATE_NOOP("ReviewForm", "Reading, skills to practise, what to do next time")),
)
EDITABLE_NOTE = QT_TRANSLATE_NOOP("ReviewForm",
                                  "Your review is saved on this computer and sent at the next sync.")
CLAIM_FIRST_NOTE = QT_TRANSLATE_NOOP(
    "ReviewForm", "Claim the case first, so no other tutor reviews it at the same time.")
SENT_NOTE = QT_TRANSLATE_NOOP("ReviewForm",
                              "Your review was sent to the trainee. It can no longer be changed.")
CLOSED_NOTE = QT_TRANSLATE_NOOP("ReviewForm", "Only the tutor who claimed this case can review it.")
#: What the form allows: write the review, wait for a claim, show a sent review, or nothing.
EDIT, CLAIM_FIRST, SENT, CLOSED = "edit", "claim_first", "sent", "closed"
_NOTES = {EDIT: EDITABLE_NOTE, CLAIM_FIRST: CLAIM_FIRST_NOTE, SENT: SENT_NOTE, CLOSED: CLOSED_NOTE}


class ReviewForm(QScrollArea):
    """The "Your review" tab. ``save_button`` is connected by the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reviewFormScroll", widgetResizable=True)
        self.setAccessibleName(self.tr("Your review"))
        inner = QWidget(objectName="reviewForm")
        form = QVBoxLayout(inner)
        form.setSpacing(6)
        self.note = QLabel(objectName="reviewFormNote", wordWrap=True)
        self.note.setAccessibleName(self.tr("About the review form"))
        self.note.setStyleSheet("color: #4a5563;")
        form.addWidget(self.note)
        self.edits: dict[str, QPlainTextEdit] = {}
        for key, label_source, hint_source in TEXT_FIELDS:
            label, hint = self.tr(label_source), self.tr(hint_source)
            edit = QPlainTextEdit(objectName=f"review{key.title().replace('_', '')}Edit")
            edit.setAccessibleName(label)
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
            title = QLabel(f"<b>{label}</b>")
            title.setBuddy(edit)
            form.addWidget(title)
            form.addWidget(edit)
            self.edits[key] = edit
        self.rubric = QComboBox(objectName="rubricScore")
        self.rubric.setAccessibleName(self.tr("Score from 1 to 5"))
        self.rubric.addItem(self.tr("Choose a score…"), 0)
        for score, text in RUBRIC:
            self.rubric.addItem(self.tr(text), score)
        self.decision_group = QButtonGroup(self)
        self.decision_reviewed = QRadioButton(self.tr("Reviewed: no changes needed"),
                                              objectName="decisionReviewed")
        self.decision_reviewed.setAccessibleName(self.tr("Decision: reviewed"))
        self.decision_revision = QRadioButton(self.tr("Ask the trainee to improve the case"),
                                              objectName="decisionRevision")
        self.decision_revision.setAccessibleName(self.tr("Decision: revision requested"))
        self.decision_group.addButton(self.decision_reviewed)
        self.decision_group.addButton(self.decision_revision)
        grid = QFormLayout()
        grid.addRow(self.tr("<b>Score</b>"), self.rubric)
        decisions = QVBoxLayout()
        decisions.addWidget(self.decision_reviewed)
        decisions.addWidget(self.decision_revision)
        grid.addRow(self.tr("<b>Decision</b>"), decisions)
        form.addLayout(grid)
        self._add_reflection(form)
        self.message = QLabel(objectName="reviewMessage", wordWrap=True)
        self.message.setAccessibleName(self.tr("Review message"))
        form.addWidget(self.message)
        self.save_button = widgets.button(self.tr("Save review"), "saveReviewButton",
                                          self.tr("Save the review"),
                                          self.tr("Saved on this computer now; sent at the next sync (Ctrl+Enter)"))
        widgets.on_ctrl_enter(self, self.save_button)  # checked as a click is: missing parts named
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addLayout(save_row)
        form.addStretch(1)
        self.setWidget(inner)
        self._start_timer(inner)

    # -- the reflection and the time given (docs/data-model.md, "Time given") ---------------

    def _add_reflection(self, form: QVBoxLayout) -> None:
        self.reflection = QPlainTextEdit(objectName="reviewReflectionEdit")
        self.reflection.setAccessibleName(self.tr("Reflection, private to you"))
        self.reflection.setPlaceholderText(self.tr(
            "What did you learn from this case, or would do differently? Only you see this; "
            "it goes into your contribution record."))
        self.reflection.setTabChangesFocus(True)
        self.reflection.setFixedHeight(self.reflection.fontMetrics().lineSpacing() * 3 + 14)
        title = QLabel("<b>" + self.tr("Reflection (private: only you see it)") + "</b>")
        title.setBuddy(self.reflection)
        form.addWidget(title)
        form.addWidget(self.reflection)
        self.save_reflection_button = widgets.button(
            self.tr("Save reflection"), "saveReflectionButton", self.tr("Save your reflection"))
        self.save_reflection_button.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_reflection_button)
        form.addLayout(row)

    def _start_timer(self, inner: QWidget) -> None:
        """Count active 15 s slices: the form focused, with input in the last minute."""
        self.active_timer = ActiveTimer()
        for w in inner.findChildren(QWidget):
            w.installEventFilter(self)
        self._slice = QTimer(self, objectName="activeTimeSlice", interval=SLICE_SECONDS * 1000)
        self._slice.timeout.connect(self.tick)
        self._slice.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.active_timer.touched(time.monotonic())
        return super().eventFilter(watched, event)

    def tick(self) -> bool:
        focus = QApplication.focusWidget()
        focused = self.isActiveWindow() and focus is not None and self.isAncestorOf(focus)
        return self.active_timer.tick(time.monotonic(), focused)

    def reflection_text(self) -> str:
        return self.reflection.toPlainText().strip()

    def set_reflection(self, text: str) -> None:
        self.reflection.setPlainText(text)

    def fill(self, review: dict[str, Any]) -> None:
        """Show ``review`` (the tutor's own, or {} for a blank form)."""
        for key, edit in self.edits.items():
            edit.setPlainText(review.get(key) or "")
        self.rubric.setCurrentIndex(max(0, self.rubric.findData(review.get("rubric_score") or 0)))
        self.reflection.setPlainText(review.get("reflection") or "")
        self.decision_group.setExclusive(False)  # so both can be unchecked
        self.decision_reviewed.setChecked(review.get("decision") == "reviewed")
        self.decision_revision.setChecked(review.get("decision") == "revision_requested")
        self.decision_group.setExclusive(True)
        self.message.clear()

    def fields(self) -> dict[str, Any]:
        decision = ("reviewed" if self.decision_reviewed.isChecked() else
                    "revision_requested" if self.decision_revision.isChecked() else "")
        return {**{k: e.toPlainText().strip() for k, e in self.edits.items()},
                "rubric_score": int(self.rubric.currentData() or 0), "decision": decision}

    def missing(self, values: dict[str, Any]) -> list[str]:
        """What a review needs before it can be saved, in words."""
        missing = []
        if not any(values[k] for k in self.edits):
            missing.append(self.tr("some feedback"))
        if not values["rubric_score"]:
            missing.append(self.tr("a score"))
        if not values["decision"]:
            missing.append(self.tr("a decision"))
        return missing

    def set_mode(self, mode: str) -> None:
        """EDIT, CLAIM_FIRST, SENT (the review, read-only) or CLOSED."""
        editable = mode == EDIT
        for edit in self.edits.values():
            edit.setReadOnly(mode == SENT)  # a sent review stays readable and selectable
            edit.setEnabled(editable or mode == SENT)
        for w in (self.rubric, self.decision_reviewed, self.decision_revision, self.save_button):
            w.setEnabled(editable)
        self.save_button.setVisible(mode in (EDIT, CLAIM_FIRST))
        # A reflection comes as often after the review is sent as before.
        self.reflection.setEnabled(mode in (EDIT, SENT))
        self.save_reflection_button.setVisible(mode == SENT)
        self.note.setText(self.tr(_NOTES[mode]))
        if not editable:
            self.message.clear()

    def set_editable(self, editable: bool) -> None:
        self.set_mode(EDIT if editable else CLAIM_FIRST)

    def show_missing(self, missing: list[str]) -> None:
        self.message.setStyleSheet("color: #7a1c16;")
        self.message.setText(self.tr("Before saving, add {missing}.").format(
            missing=self.tr(" and ").join(missing)))

    def show_saved(self) -> None:
        self.message.setStyleSheet("color: #17542c;")
        self.message.setText(self.tr("Saved on this computer. It is sent to the trainee at the next sync."))
