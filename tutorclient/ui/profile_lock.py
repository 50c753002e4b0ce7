"""The idle lock of one profile's main window, and whether the profile was left locked.

:class:`ProfileLock` puts a :class:`~.lock_screen.WindowLock` on each main window
the profile opens (only when a password verifier is kept: without one the
password cannot be checked offline), applies the profile's idle time, and
remembers (on the write lane) whether the window is locked, so a restart while
locked opens locked: quitting is no way around the password.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from tutorclient import locking
from tutorclient.changes import Changes
from tutorclient.session import Profile

from .lock_screen import WindowLock
from .main_window import MainWindow
from .operations import ChangeHub, QueryOp, WriteOp


class ProfileLock(QObject):
    """Locks the profile's window when idle or asked; remembers that it is locked."""

    locked = Signal()
    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, profile: Profile, hub: ChangeHub, can_switch_user: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileLock")
        self.profile = profile
        self.hub = hub
        self._can_switch_user = can_switch_user
        self.window_lock: WindowLock | None = None
        hub.changed.connect(self._settings_changed)

    def install(self, window: MainWindow) -> WindowLock:
        # Without a verifier the password cannot be checked offline, so no idle lock
        # (the next sign-in stores one).
        profile = self.profile
        timeout = locking.lock_after_seconds(profile) if profile.has_local_password() else 0
        lock = WindowLock(window, profile, timeout, can_switch_user=self._can_switch_user(),
                          parent=window)
        lock.locked.connect(self._window_locked)
        lock.unlocked.connect(self._window_unlocked)
        lock.switch_user_requested.connect(self.switch_user_requested)
        window.destroyed.connect(lock.stop)
        self.window_lock = lock
        return lock

    def stop(self) -> None:
        """The window is going: no more idle locking for it."""
        lock, self.window_lock = self.window_lock, None
        if lock is not None and shiboken6.isValid(lock):
            lock.stop()

    @Slot()
    def lock_now(self) -> None:
        if self.window_lock is not None and self.profile.has_local_password():
            self.window_lock.lock()

    def set_lock_after(self, seconds: int) -> None:
        """Change this profile's idle time (0: never lock) and apply it now."""
        if self.window_lock is not None:
            self.window_lock.watcher.set_timeout(seconds)
        profile = self.profile

        def work() -> Changes:
            profile.set_setting(locking.LOCK_AFTER_SETTING, int(seconds))
            return Changes.of(settings=True)

        WriteOp(self, work, hub=self.hub).run()

    @Slot(object)
    def _settings_changed(self, changes: Changes) -> None:
        """An idle time saved elsewhere (the Sync page's settings) applies at once."""
        if not changes.settings or self.window_lock is None:
            return
        profile = self.profile

        def read() -> int:
            return locking.lock_after_seconds(profile) if profile.has_local_password() else 0

        QueryOp(self, read, self._apply_timeout, context="lock").run()

    def _apply_timeout(self, seconds: int) -> None:
        lock = self.window_lock
        if lock is not None and shiboken6.isValid(lock) and lock.watcher.timeout_s != seconds:
            lock.watcher.set_timeout(seconds)

    @Slot()
    def _window_locked(self) -> None:
        self.remember(True)
        self.locked.emit()

    @Slot()
    def _window_unlocked(self) -> None:
        self.remember(False)
        self.unlocked.emit()

    def remember(self, locked_: bool) -> None:
        """A restart while locked opens locked: quitting is no way around the password."""
        profile = self.profile

        def work() -> Changes:
            profile.set_setting(locking.LOCKED_SETTING, locked_)
            return Changes.of(settings=True)

        WriteOp(self, work, context="lock", label="remember lock", hub=self.hub).run()


__all__ = ["ProfileLock"]
