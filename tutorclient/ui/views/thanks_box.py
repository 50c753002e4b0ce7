"""Under a reviewed case, for its trainee: "This helped me", with an optional thank-you note.

The thanks is a ``review_thanks`` record (private: only the trainee and the
review's tutor read it), saved through the write lane and sent at the next
sync; the tutor sees it on their "My contributions" page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from tutorclient import contributions
from tutorclient.changes import Changes

from .. import widgets
from ..context import AppContext

__all__ = ["ThanksBox"]


class ThanksBox(QFrame):
    """Shown only to the case's author once a review has reached them."""

    thanks_saved = Signal(str)  # the review thanked

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="thanksBox")
        self.setAccessibleName(self.tr("Thank your tutor"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ctx = ctx
        self.case_id: str | None = None
        self.review: dict[str, Any] | None = None
        self.prompt = QLabel(objectName="thanksPrompt", wordWrap=True)
        self.prompt.setAccessibleName(self.tr("About thanking your tutor"))
        self.note = widgets.named(QLineEdit(), "thanksNote", self.tr("Thank-you note (optional)"))
        self.note.setPlaceholderText(self.tr("A thank-you note for your tutor (optional)"))
        self.note.setMaxLength(contributions.NOTE_MAX)
        self.helped_button = widgets.button(self.tr("This helped me"), "helpedButton",
                                            self.tr("Tell your tutor this review helped you"))
        self.withdraw_button = widgets.button(self.tr("Take back"), "withdrawThanksButton",
                                              self.tr("Take back your thanks"))
        self.helped_button.clicked.connect(self.say_thanks)
        self.withdraw_button.clicked.connect(self.withdraw)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.helped_button)
        row.addWidget(self.withdraw_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.addWidget(self.prompt)
        box.addLayout(row)
        self.hide()

    def show_for(self, case_id: str) -> None:
        """Load the case's sent reviews for the signed-in trainee (hidden when none)."""
        self.case_id = case_id
        store, me = self.ctx.store, self.ctx.user_id
        self.ctx.query(self, lambda: (case_id, contributions.thankable_reviews(store, me, case_id)),
                       self._loaded, context="case", latest="thanks")

    def _loaded(self, data: tuple[str, list[dict[str, Any]]]) -> None:
        case_id, reviews = data
        if case_id != self.case_id:
            return
        self.review = reviews[-1] if reviews else None  # the latest review is the one to thank
        self.setVisible(self.review is not None)
        if self.review is None:
            return
        thanks = self.review["thanks"]
        tutor = self.review["tutor_name"] or self.tr("your tutor")
        if thanks is None:
            self.prompt.setText(self.tr("Did %1's review help you? Saying so encourages tutors "
                                        "who give their time.").replace("%1", tutor))
            self.note.setText("")
            self.helped_button.setText(self.tr("This helped me"))
        else:
            self.prompt.setText(self.tr("You told %1 this review helped you. You can change your "
                                        "note or take it back.").replace("%1", tutor))
            self.note.setText(thanks.get("note") or "")
            self.helped_button.setText(self.tr("Save note"))
        self.withdraw_button.setVisible(thanks is not None)

    @Slot()
    def say_thanks(self) -> None:
        if self.review is None or self.case_id is None:
            return
        store, me, rid, note = self.ctx.store, self.ctx.user_id, self.review["review_id"], \
            self.note.text()

        def work() -> Changes:
            contributions.mark_helped(store, me, rid, note)
            return Changes.of("review_thanks", outbox=True)

        def done(_c: Changes) -> None:
            self.thanks_saved.emit(rid)
            if self.case_id:
                self.show_for(self.case_id)

        self.ctx.write(self, work, done, context="case")

    @Slot()
    def withdraw(self) -> None:
        if self.review is None or self.case_id is None:
            return
        store, me, rid = self.ctx.store, self.ctx.user_id, self.review["review_id"]

        def work() -> Changes:
            contributions.withdraw_thanks(store, me, rid)
            return Changes.of("review_thanks", outbox=True)

        self.ctx.write(self, work, lambda _c: self.case_id and self.show_for(self.case_id),
                       context="case")
