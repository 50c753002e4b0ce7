"""Remove a user from a shared computer: a warning that names unsent work, then the removal.

Opened from the start screen (:class:`~tutorclient.ui.start_screen.StartScreen`).
What would be lost is read first (:func:`tutorclient.shared_laptop.unsent_work`,
counts and kinds only, never content); the removal itself
(:func:`tutorclient.shared_laptop.remove_profile`) signs the user out on the
server and deletes the profile, on the parallel lane.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tutorclient import shared_laptop
from tutorclient.profiles import ProfileCard
from tutorclient.shared_laptop import Removal, UnsentWork

from .i18n import arg, tr_core
from .messages import describe
from .operations import QueryOp
from .widgets import named

WARNING_STYLE = "color: #a4262c;"


def _label(text: str, name: str, accessible: str) -> QLabel:
    label = named(QLabel(text), name, accessible)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def confirm_word(card: ProfileCard) -> str:
    """What the coordinator types to confirm: the username, else the name shown."""
    return card.username or card.display_name


class RemoveUserDialog(QDialog):
    """Says what removing ``card``'s profile deletes and loses; Remove does it."""

    loaded = Signal(object)  # UnsentWork
    removed = Signal(object)  # Removal, or the exception that stopped it

    def __init__(self, card: ProfileCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "removeUserDialog", QCoreApplication.translate("RemoveUser", "Remove a user from this computer"))
        self.setWindowTitle(QCoreApplication.translate("RemoveUser", "Remove a user from this computer"))
        self.setMinimumWidth(520)
        self.card = card
        self.work: UnsentWork | None = None
        who = arg(QCoreApplication.translate("RemoveUser", "%1, username %2,"), card.display_name,
                  card.username) if card.username else card.display_name
        self.intro = _label(arg(QCoreApplication.translate(
            "RemoveUser", "Remove %1 from this computer? Their cases, notes and downloaded files "
            "on this computer are deleted and they are signed out. What they sent stays on the "
            "server: they can sign in again later."), who), "removeUserIntro", QCoreApplication.translate("RemoveUser", "What removing does"))
        self.unsent = _label(QCoreApplication.translate("RemoveUser", "Checking for work not sent yet…"), "removeUserUnsent",
                             QCoreApplication.translate("RemoveUser", "Work not sent yet"))
        word = confirm_word(card)
        self.confirm = named(QLineEdit(), "removeUserConfirm", arg(QCoreApplication.translate(
            "RemoveUser", "Type %1 to confirm"), word))
        self.confirm.setPlaceholderText(word)
        self.status = _label("", "removeUserStatus", QCoreApplication.translate("RemoveUser", "Removal status"))
        self.remove_button = named(QPushButton(QCoreApplication.translate("RemoveUser", "Remove")), "removeUserGo",
                                   arg(QCoreApplication.translate("RemoveUser", "Remove %1"),
                                       card.display_name))
        self.remove_button.setEnabled(False)
        self.remove_button.setStyleSheet("QPushButton:enabled { color: #a4262c; "
                                         "font-weight: bold; }")
        self.cancel_button = named(QPushButton(QCoreApplication.translate("RemoveUser", "Cancel")), "removeUserCancel", QCoreApplication.translate("RemoveUser", "Cancel"))
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.remove_button.clicked.connect(self.remove)
        self.confirm.textChanged.connect(lambda _t: self._update_button())
        confirm_row = QHBoxLayout()
        self.confirm_label = named(QLabel(arg(QCoreApplication.translate(
            "RemoveUser", "Type %1 to confirm:"), word)), "removeUserConfirmLabel",
            QCoreApplication.translate("RemoveUser", "Confirm"))
        confirm_row.addWidget(self.confirm_label)
        confirm_row.addWidget(self.confirm, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.unsent)
        layout.addLayout(confirm_row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        folder = card.dir
        QueryOp(self, lambda: shared_laptop.unsent_work(folder), self._loaded,
                context="profiles").failure(self._not_loaded).run()

    def _loaded(self, work: UnsentWork) -> None:
        self.work = work
        lines = work.lines()
        if lines:
            self.unsent.setText(QCoreApplication.translate("RemoveUser", "Not sent to the server yet; removing deletes it:\n")
                                + "\n".join(f"• {tr_core(line)}" for line in lines)
                                + QCoreApplication.translate("RemoveUser", "\nTo keep it, open this profile and sync first."))
            self.unsent.setStyleSheet(WARNING_STYLE)
        else:
            self.unsent.setText(QCoreApplication.translate("RemoveUser", "Everything this user did has reached the server; nothing "
                                "is lost."))
        self._update_button()
        self.adjustSize()  # the list of unsent work is never clipped
        self.loaded.emit(work)

    def _not_loaded(self, exc: BaseException) -> None:
        # Unknown is not "nothing": the removal may still go ahead, with this said.
        self.work = UnsentWork()
        self.unsent.setText(arg(QCoreApplication.translate(
            "RemoveUser", "What this user has not sent yet could not be read (%1). Removing may "
            "lose unsent work."), describe(exc, "profiles")))
        self.unsent.setStyleSheet(WARNING_STYLE)
        self._update_button()

    def _update_button(self) -> None:
        typed = self.confirm.text().strip().casefold()
        self.remove_button.setEnabled(self.work is not None
                                      and typed == confirm_word(self.card).casefold())

    @Slot()
    def remove(self) -> None:
        self.remove_button.setEnabled(False)
        self.confirm.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("RemoveUser", "Signing out and removing…"))
        folder = self.card.dir
        QueryOp(self, lambda: shared_laptop.remove_profile(folder), self._removed,
                context="profiles").failure(self._failed).run()

    def _removed(self, removal: Removal) -> None:
        text = arg(QCoreApplication.translate("RemoveUser", "%1 was removed from this computer."),
                   removal.display_name)
        text += (QCoreApplication.translate("RemoveUser", " Their session on the server is ended.") if removal.session_ended else
                 QCoreApplication.translate(
                     "RemoveUser", " The server is told to end their session at the next connection."))
        self.status.setText(text)
        for done_with in (self.intro, self.unsent, self.confirm_label, self.confirm,
                          self.remove_button):
            done_with.hide()
        self.cancel_button.setText(QCoreApplication.translate("RemoveUser", "Close"))
        self.cancel_button.setEnabled(True)
        self.adjustSize()
        self.removed.emit(removal)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(QCoreApplication.translate("RemoveUser", "The user could not be removed.")
                            + " " + describe(exc, "profiles"))
        self.status.setStyleSheet(WARNING_STYLE)
        self.adjustSize()
        self.cancel_button.setEnabled(True)
        self.confirm.setEnabled(True)
        self._update_button()
        self.removed.emit(exc)


__all__ = ["RemoveUserDialog", "confirm_word"]
