"""Signing in: server address, username and password, checked on the network lane.

The dialog never blocks: :meth:`LoginDialog.sign_in` runs ``Profile.login`` as
an operation and the answer comes back as :attr:`LoginDialog.logged_in` or as
a plain message in the dialog. Where the computer has no secure keyring the
user is told so and **chooses** whether TutorClient may keep the sign-in in a
private file; nothing is stored without that choice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot, QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.errors import AuthError
from tutorclient.session import (  # noqa: F401 (the settings are re-exported)
    SIGNED_OUT_SETTING,
    TOKEN_FILE_SETTING,
    NoSecureStore,
    Profile,
)
from tutorclient.signin import Address, BadAddress, failure_message, server_address

from .operations import SyncOp

INTRO = (QT_TRANSLATE_NOOP("Login", "Sign in with the account your coordinator gave you. You need a connection "
         "this once: afterwards TutorClient opens without one."))
NO_KEYRING = (
    QT_TRANSLATE_NOOP("Login", "This computer has no secure password store, so TutorClient cannot keep you signed "
    "in the usual safe way.\n\n"
    "It can keep your sign-in in a private file in your profile instead. Anyone who can "
    "use your account on this computer could read that file.")
)
from .widgets import named

KEEP_IN_FILE = QT_TRANSLATE_NOOP("Login", "Keep me signed in using a private file on this computer")
DONT_KEEP = QT_TRANSLATE_NOOP("Login", "Don't keep me signed in (cancel)")
NOT_KEPT = QT_TRANSLATE_NOOP("Login", "You are not signed in. Nothing was stored on this computer.")
MISSING = QT_TRANSLATE_NOOP("Login", "Enter the server address, your username and your password.")


class LoginDialog(QDialog):
    """Ask for server, username and password; sign ``profile`` in without freezing."""

    logged_in = Signal(object)  # the user dict from the server
    token_choice_asked = Signal()  # the no-keyring question is showing

    def __init__(self, profile: Profile, parent: QWidget | None = None, *,
                 message: str | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.setObjectName("loginDialog")
        self.setAccessibleName(QCoreApplication.translate("Login", "Sign in"))
        self.setWindowTitle(QCoreApplication.translate("Login", "Sign in to TutorClient"))
        self.setMinimumWidth(460)
        self._busy = False
        self._op: SyncOp[Any] | None = None
        self._address: Address | None = None
        self.token_choice: QMessageBox | None = None

        heading = QLabel(QCoreApplication.translate("Login", "Sign in to TutorClient"), objectName="loginHeading")
        heading.setAccessibleName(QCoreApplication.translate("Login", "Sign in to TutorClient"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(QCoreApplication.translate("Login", INTRO), objectName="loginIntro", wordWrap=True)
        intro.setAccessibleName(QCoreApplication.translate("Login", "About signing in"))
        self.server_field = named(QLineEdit(placeholderText="https://tutor.example.org"),
                                   "serverField", QCoreApplication.translate("Login", "Server address"))
        self.username_field = named(QLineEdit(), "usernameField", QCoreApplication.translate("Login", "Username"))
        self.password_field = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password),
                                     "passwordField", QCoreApplication.translate("Login", "Password"))
        self.message_label = named(QLabel(wordWrap=True), "loginMessage", QCoreApplication.translate("Login", "Sign-in message"))
        self.message_label.setStyleSheet("color: #8a2c0d;")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = named(QProgressBar(textVisible=False, maximumHeight=6), "loginProgress",
                               QCoreApplication.translate("Login", "Signing in"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.sign_in_button = named(QPushButton(QCoreApplication.translate("Login", "Sign in")), "signInButton", QCoreApplication.translate("Login", "Sign in"))
        self.sign_in_button.setDefault(True)
        self.cancel_button = named(QPushButton(QCoreApplication.translate("Login", "Cancel")), "cancelLoginButton", QCoreApplication.translate("Login", "Cancel"))
        # Enter means "Sign in", wherever the focus is. A QDialog button is
        # autoDefault: once focused it takes Return. Signing in disables the
        # focused password field, focus falls to Cancel, and the same Return
        # then cancelled the first sign-in, which quits the app.
        self.sign_in_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Login", "Server address"), self.server_field)
        form.addRow(QCoreApplication.translate("Login", "Username"), self.username_field)
        form.addRow(QCoreApplication.translate("Login", "Password"), self.password_field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

        # Return in any field reaches the dialog, which clicks the default button.
        self.sign_in_button.clicked.connect(self.sign_in)
        self.cancel_button.clicked.connect(self.reject)
        self._prefill()
        self.show_message(message or "")

    def _prefill(self) -> None:
        server = self.profile.server or ""
        username = (self.profile.user or {}).get("username", "")
        self.server_field.setText(server)
        self.username_field.setText(username)
        # Focus the first empty field, so a returning user just types a password.
        for field in (self.server_field, self.username_field, self.password_field):
            if not field.text():
                field.setFocus()
                break

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never squeeze the fields) when a message wraps over more lines."""
        layout = self.layout()
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.server_field, self.username_field, self.password_field,
                       self.sign_in_button):
            widget.setEnabled(not busy)
        if not busy and self.isVisible() and self.focusWidget() in (None, self.cancel_button):
            # Disabling the fields moved the focus to Cancel; give it back for a retry.
            self.password_field.setFocus()
        self.progress.setVisible(busy)
        self.sign_in_button.setText(QCoreApplication.translate("Login", "Signing in…") if busy else QCoreApplication.translate("Login", "Sign in"))

    # -- signing in -------------------------------------------------------------

    @Slot()
    def sign_in(self) -> None:
        """Check the fields, then sign in on the network lane."""
        if self._busy:
            return
        server = self.server_field.text().strip()
        username = self.username_field.text().strip()
        password = self.password_field.text()
        if not (server and username and password):
            self.show_message(QCoreApplication.translate("Login", MISSING))
            return
        try:
            address = server_address(server)
        except BadAddress as exc:
            self.show_message(failure_message(exc, None))
            self.server_field.setFocus()
            return
        self._address = address
        server = address.url
        self.server_field.setText(server)
        self.show_message("")
        self._set_busy(True)
        profile = self.profile
        keep_in_file = profile.token_file_allowed

        def work() -> dict[str, Any]:
            user = profile.login(server, username, password)
            profile.set_setting(SIGNED_OUT_SETTING, False)
            if keep_in_file:
                profile.set_setting(TOKEN_FILE_SETTING, True)
            return user

        self._op = SyncOp(self, work, self._signed_in, context="login", label="sign in")
        self._op.failure(self._sign_in_failed).run()

    def _signed_in(self, user: dict[str, Any]) -> None:
        self._set_busy(False)
        self.password_field.clear()
        if not self.isVisible():
            return  # cancelled while the answer was on its way
        self.logged_in.emit(user)
        self.accept()

    def _sign_in_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, NoSecureStore):
            self.ask_token_file()
            return
        # Not describe(): it speaks of saved work, and at sign-in there is none yet.
        self.show_message(failure_message(exc, self._address))
        if isinstance(exc, AuthError):
            self.password_field.clear()
            self.password_field.setFocus()

    # -- no secure keyring: the user chooses ----------------------------------------

    def ask_token_file(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Login", "Keep you signed in?"), QCoreApplication.translate("Login", NO_KEYRING),
                          QMessageBox.StandardButton.NoButton, self)
        named(box, "tokenChoiceDialog", QCoreApplication.translate("Login", "Keep you signed in?"))
        keep = box.addButton(QCoreApplication.translate("Login", KEEP_IN_FILE), QMessageBox.ButtonRole.AcceptRole)
        named(keep, "keepInFileButton", QCoreApplication.translate("Login", KEEP_IN_FILE))
        dont = box.addButton(QCoreApplication.translate("Login", DONT_KEEP), QMessageBox.ButtonRole.RejectRole)
        named(dont, "dontKeepButton", QCoreApplication.translate("Login", DONT_KEEP))
        box.setDefaultButton(dont)  # storing a token in a file is never the default
        keep.clicked.connect(self._keep_in_file_chosen)
        dont.clicked.connect(lambda: self.show_message(QCoreApplication.translate("Login", NOT_KEPT)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.token_choice = box
        box.open()
        self.token_choice_asked.emit()
        return box

    @Slot()
    def _keep_in_file_chosen(self) -> None:
        self.profile.token_file_allowed = True
        self.sign_in()

    def reject(self) -> None:
        # A sign-in still on the network finishes harmlessly: _signed_in sees the
        # dialog hidden and does nothing.
        self._set_busy(False)
        super().reject()


__all__ = ["DONT_KEEP", "KEEP_IN_FILE", "SIGNED_OUT_SETTING", "TOKEN_FILE_SETTING", "LoginDialog"]
