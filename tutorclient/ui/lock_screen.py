"""The lock screen, the idle watcher, and locking a main window.

* :class:`IdleWatcher` is an application-wide event filter: any key, click,
  wheel or mouse move restarts a timer; when it runs out, ``idled`` fires.
* :class:`LockScreen` asks for the profile's password and checks it offline
  (:class:`tutorclient.locking.Unlocker`, on the write lane: it counts wrong
  tries). It is used both over a main window and as a window of its own when
  a profile is opened from the start screen.
* :class:`WindowLock` covers a main window with a :class:`LockScreen`. The
  window's own content, menus, toolbars and status bar are *hidden*, not just
  painted over, so neither a screen grab nor a screen reader finds them, and
  its keyboard shortcuts are ignored until the right password is typed.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot, QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStatusBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tutorclient.changes import Changes
from tutorclient.demo_accounts import DemoAccount, accounts_for_profile
from tutorclient.locking import FREE_TRIES, Unlocker, UnlockResult

from .operations import QueryOp, WriteOp
from .widgets import named

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})
SHORTCUT_EVENTS = frozenset({QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride})

HINT = (QT_TRANSLATE_NOOP("LockScreen", "Use the password you signed in with on this computer. TutorClient checks it here, "
        "without a connection."))
WRONG = QT_TRANSLATE_NOOP("LockScreen", "That password is not right. Try again.")
CHECKING = QT_TRANSLATE_NOOP("LockScreen", "Checking…")
DEMO_HEADING = (QT_TRANSLATE_NOOP("LockScreen", "This is the demo. Its accounts and passwords are public; any of them "
                "works with Switch user:"))
PANEL_WIDTH = 440
FILTER_DELAY_MS = 1000  # the idle watcher starts filtering input this long after it is made


def lock_details(profile: Any, unlocker: Unlocker) -> tuple[str, float, list[DemoAccount]]:
    """On a lane: who the locked profile is, as the screen shows it, how many
    seconds are left of a wait after too many wrong tries (0 when none), and, for
    the demo's profile only, the demo accounts with their public passwords."""
    user = profile.user or {}
    name = profile.display_name()
    who = name if name == user.get("username") or not user.get("username") \
        else f"{name}  ·  {user['username']}"
    return who, unlocker.wait_remaining(), accounts_for_profile(profile)


ROLE_NAMES = {  # the glossary's words for the server's roles
    "trainee": QT_TRANSLATE_NOOP("LockScreen", "trainee"),
    "tutor": QT_TRANSLATE_NOOP("LockScreen", "tutor"),
    "coordinator": QT_TRANSLATE_NOOP("LockScreen", "coordinator"),
    "admin": QT_TRANSLATE_NOOP("LockScreen", "admin"),
}


def demo_account_cells(account: DemoAccount) -> tuple[str, str, str]:
    """A demo account as the lock screen's table shows it: who (and role), username, password."""
    role = QCoreApplication.translate("LockScreen", ROLE_NAMES.get(account.role, account.role))
    return f"{account.display_name.split(' (')[0]} ({role})", account.username, account.password


class IdleWatcher(QObject):
    """Fires ``idled`` after ``timeout_s`` seconds without keyboard or mouse input."""

    idled = Signal()

    def __init__(self, timeout_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleWatcher")
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idled)
        self.set_timeout(timeout_s)
        self._filtering = False
        # Every event of the app passes through this filter, and each kind of
        # event is wrapped for Python the first time it does: start watching
        # once the window has painted. Idle means minutes; a second is nothing.
        QTimer.singleShot(FILTER_DELAY_MS, self, self._start_filtering)

    @Slot()
    def _start_filtering(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._filtering and self.timeout_s >= 0:
            app.installEventFilter(self)
            self._filtering = True

    def set_timeout(self, timeout_s: float) -> None:
        """0 turns idle locking off."""
        self.timeout_s = timeout_s
        if timeout_s > 0:
            self._timer.setInterval(int(timeout_s * 1000))
            self._timer.start()
        else:
            self._timer.stop()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self.set_timeout(self.timeout_s)

    def stop(self) -> None:
        self._timer.stop()
        self.timeout_s = -1  # stopped for good: never start filtering
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # restart: cheap, and all there is to "not idle"
        return False


class LockScreen(QWidget):
    """Ask for the password of a locked profile; check it offline."""

    unlocked = Signal()
    switch_user_requested = Signal()
    attempt_finished = Signal(object)  # UnlockResult, for tests and the status line

    def __init__(self, profile: Any, parent: QWidget | None = None, *,
                 can_switch_user: bool = True, unlocker: Unlocker | None = None) -> None:
        super().__init__(parent)
        named(self, "lockScreen", QCoreApplication.translate("LockScreen", "TutorClient is locked"))
        self.profile = profile
        self.unlocker = unlocker or Unlocker(profile)
        # Opaque, in its own colour: nothing underneath shows through.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QWidget#lockScreen { background: #eef1f5; }"
            "QFrame#lockPanel, QFrame#demoAccountsPanel { background: palette(base);"
            " border: 1px solid #c9ced6; border-radius: 8px; }")

        panel = named(QFrame(), "lockPanel", QCoreApplication.translate("LockScreen", "Unlock"))
        panel.setFixedWidth(PANEL_WIDTH)
        heading = named(QLabel(QCoreApplication.translate("LockScreen", "TutorClient is locked")), "lockHeading", QCoreApplication.translate("LockScreen", "TutorClient is locked"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        # Filled in by _details_loaded: the screen never reads the store while it is built.
        self.who = who = named(QLabel(), "lockUser", QCoreApplication.translate("LockScreen", "Locked profile"))
        who_font = who.font()
        who_font.setPointSizeF(who_font.pointSizeF() * 1.15)
        who.setFont(who_font)
        hint = named(QLabel(QCoreApplication.translate("LockScreen", HINT), wordWrap=True), "lockHint", QCoreApplication.translate("LockScreen", "About unlocking"))
        hint.setStyleSheet("color: #4a5260;")
        # A wrapped label in a fixed-width panel is laid out at its one-line height.
        hint.setMinimumHeight(hint.heightForWidth(PANEL_WIDTH - 56))
        self.password_field = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password),
                                     "lockPasswordField", QCoreApplication.translate("LockScreen", "Password"))
        self.password_field.setPlaceholderText(QCoreApplication.translate("LockScreen", "Password"))
        self.message_label = named(QLabel(wordWrap=True), "lockMessage", QCoreApplication.translate("LockScreen", "Unlock message"))
        self.message_label.setStyleSheet("color: #8a2c0d;")
        self.message_label.hide()
        self.unlock_button = named(QPushButton(QCoreApplication.translate("LockScreen", "Unlock")), "unlockButton", QCoreApplication.translate("LockScreen", "Unlock"))
        self.unlock_button.setDefault(True)
        self.switch_button = named(QPushButton(QCoreApplication.translate("LockScreen", "Switch user")), "switchUserButton", QCoreApplication.translate("LockScreen", "Switch user"))
        self.switch_button.setVisible(can_switch_user)

        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box = QVBoxLayout(panel)
        box.setContentsMargins(28, 24, 28, 22)
        box.setSpacing(12)
        box.addWidget(heading)
        box.addWidget(who)
        box.addWidget(hint)
        box.addWidget(self.password_field)
        box.addWidget(self.message_label)
        box.addLayout(buttons)
        # The demo's accounts (public, demo data only): a newcomer who pressed Ctrl+L
        # is not locked out. Filled by _details_loaded, for a demo profile only.
        self.demo_panel = named(QFrame(), "demoAccountsPanel", QCoreApplication.translate("LockScreen", "Demo accounts"))
        demo_heading = named(QLabel(QCoreApplication.translate("LockScreen", DEMO_HEADING), wordWrap=True), "demoAccountsHeading",
                             QCoreApplication.translate("LockScreen", "About the demo accounts"))
        demo_heading.setMinimumHeight(demo_heading.heightForWidth(PANEL_WIDTH - 56))
        self.demo_grid = QGridLayout()
        self.demo_grid.setHorizontalSpacing(18)
        self.demo_grid.setVerticalSpacing(4)
        demo_box = QVBoxLayout(self.demo_panel)
        demo_box.setContentsMargins(28, 16, 28, 16)
        demo_box.addWidget(demo_heading)
        demo_box.addLayout(self.demo_grid)
        self.demo_panel.setMinimumWidth(PANEL_WIDTH)
        self.demo_panel.hide()
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addSpacing(12)
        outer.addWidget(self.demo_panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self._busy = False
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password_field.returnPressed.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.switch_user_requested)
        unlocker = self.unlocker
        QueryOp(self, lambda: lock_details(profile, unlocker), self._details_loaded,
                context="unlock", label="lock screen").run()

    def _details_loaded(self, details: tuple[str, float, list[DemoAccount]]) -> None:
        who, wait_s, accounts = details
        self.who.setText(who)
        self._show_demo_accounts(accounts)

    def _show_demo_accounts(self, accounts: list[DemoAccount]) -> None:
        for row, titles in enumerate([(QCoreApplication.translate("LockScreen", "Who"), QCoreApplication.translate("LockScreen", "Username"), QCoreApplication.translate("LockScreen", "Password")),
                                      *map(demo_account_cells, accounts)] if accounts else []):
            for column, text in enumerate(titles):
                cell = QLabel(text, objectName=f"demoAccount{row}_{column}")
                cell.setAccessibleName(text)
                if row == 0:
                    cell.setStyleSheet("color: #4a5260; font-weight: bold;")
                else:
                    cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.demo_grid.addWidget(cell, row, column)
        self.demo_panel.setVisible(bool(accounts))

    def demo_accounts_shown(self) -> list[tuple[str, str, str]]:
        """The demo accounts' rows as shown (no header), for tests and screen readers."""
        grid = self.demo_grid
        return [tuple(grid.itemAtPosition(row, col).widget().text() for col in range(3))  # type: ignore[misc]
                for row in range(1, grid.rowCount()) if grid.itemAtPosition(row, 0) is not None]
        if wait_s > 0 and not self._busy and not self._countdown.isActive():
            self._start_countdown(wait_s, wrong=False)  # a wait from before a restart still applies

    def focus_password(self) -> None:
        self.password_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _set_enabled(self, enabled: bool) -> None:
        self.password_field.setEnabled(enabled)
        self.unlock_button.setEnabled(enabled)

    @Slot()
    def try_unlock(self) -> None:
        """Check the typed password on the write lane (it updates the wrong-try count)."""
        password = self.password_field.text()
        if self._busy or not self.unlock_button.isEnabled():
            return
        if not password:
            self.show_message(QCoreApplication.translate("LockScreen", "Type your password."))
            return
        self._busy = True
        self._set_enabled(False)
        self.show_message(QCoreApplication.translate("LockScreen", CHECKING))
        unlocker, answer = self.unlocker, []

        def work() -> Changes:
            answer.append(unlocker.attempt(password))
            return Changes.none()

        WriteOp(self, work, lambda _c: self._checked(answer[0]), context="unlock",
                label="unlock").failure(self._failed).run()

    def _checked(self, result: UnlockResult) -> None:
        self._busy = False
        self.password_field.clear()
        if result.ok:
            self.show_message("")
            self._set_enabled(True)
            self.attempt_finished.emit(result)
            self.unlocked.emit()
            return
        if result.wait_s > 0:
            self._start_countdown(result.wait_s, wrong=result.checked)
        else:
            left = result.tries_before_delay
            extra = (" " + QCoreApplication.translate(
                "LockScreen", "%n more try(s) before you have to wait.", None, left)
                if left <= FREE_TRIES - 2 else "")
            self.show_message(QCoreApplication.translate("LockScreen", WRONG) + extra)
            self._set_enabled(True)
            self.focus_password()
        self.attempt_finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from .errors import describe

        self._busy = False
        self._set_enabled(True)
        self.show_message(describe(exc, "unlock"))

    # -- the wait after too many wrong tries ------------------------------------------

    def _start_countdown(self, seconds: float, *, wrong: bool) -> None:
        self._wrong_before_wait = wrong
        self._remaining = int(seconds + 0.999)
        self._set_enabled(False)
        self._countdown.start()
        self._show_wait()

    def _show_wait(self) -> None:
        prefix = (QCoreApplication.translate("LockScreen", "That password is not right.") + " "
                  if self._wrong_before_wait else "")
        self.show_message(prefix + QCoreApplication.translate(
                "LockScreen", "Too many wrong tries: wait %n second(s), then try again.", None,
            self._remaining))

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining > 0:
            self._show_wait()
            return
        self._countdown.stop()
        self.show_message("")
        self._set_enabled(True)
        self.focus_password()


class WindowLock(QObject):
    """Lock a main window after idle time (or on request), and unlock it."""

    locked = Signal()
    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, window: QMainWindow, profile: Any, timeout_s: float, *,
                 can_switch_user: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("windowLock")
        self.window = window
        self.profile = profile
        self.can_switch_user = can_switch_user
        self.screen: LockScreen | None = None
        self._hidden: list[QWidget] = []
        self.watcher = IdleWatcher(timeout_s, self)
        self.watcher.idled.connect(self.lock)
        window.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    @Slot()
    def lock(self) -> None:
        if self.is_locked or not shiboken6.isValid(self.window):
            return
        self.watcher.pause()
        window = self.window
        parts: list[QWidget | None] = [window.centralWidget(), window.menuWidget(),
                                       *window.findChildren(QToolBar),
                                       *window.findChildren(QDockWidget),
                                       window.findChild(QStatusBar)]
        others = [w for w in QApplication.topLevelWidgets() if w is not window]
        self._hidden = [w for w in [*parts, *others] if w is not None and w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        screen = LockScreen(self.profile, window, can_switch_user=self.can_switch_user)
        screen.unlocked.connect(self.unlock)
        screen.switch_user_requested.connect(self.switch_user_requested)
        screen.setGeometry(window.rect())
        screen.show()
        screen.raise_()
        self.screen = screen
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        screen.focus_password()
        self.locked.emit()

    @Slot()
    def unlock(self) -> None:
        screen, self.screen = self.screen, None
        if screen is None:
            return
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        screen.hide()
        screen.deleteLater()
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden = []
        self.watcher.resume()
        self.unlocked.emit()

    def stop(self) -> None:
        """The window is closing: no more locking, no more filtering."""
        self.watcher.stop()
        if self.screen is not None:
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        screen = self.screen
        if watched is self.window and event.type() == QEvent.Type.Resize and screen is not None:
            screen.setGeometry(self.window.rect())
        elif screen is not None and event.type() in SHORTCUT_EVENTS:
            # The window's shortcuts (Ctrl+1, F5, search...) sleep while it is locked.
            inside = isinstance(watched, QWidget) and (watched is screen or
                                                       screen.isAncestorOf(watched))
            return not inside
        elif screen is not None and event.type() == QEvent.Type.Show and \
                isinstance(watched, QWidget) and watched.isWindow() and \
                watched is not self.window and watched not in self._hidden:
            # A dialog opening while locked (an error after a sync) waits for the unlock.
            self._hidden.append(watched)
            QTimer.singleShot(0, watched.hide)
        return False


__all__ = ["IdleWatcher", "LockScreen", "WindowLock"]
