"""The desktop app: open a profile, sign in if needed, and run the main window.

* :class:`TutorApp` owns one profile at a time: the :class:`AppContext`, the
  main window with its pages, the toolbar search, the login dialog and log out.
  A profile that was signed in before opens straight onto its cached data:
  nothing at start-up waits for the network, or even for the keyring.
* :class:`WindowLock` (``lock_screen.py``) locks the window after the
  profile's idle time; the password unlocks it offline.
* :class:`ProfileSwitcher` is the shared computer: with several profiles the
  start screen lists them; each opens only after its password; "Add a user"
  signs a new account in to a profile of its own; "Switch user" comes back.
* :func:`run` is ``tutorclient`` with no command; :func:`run_demo` is
  ``tutorclient demo``: a seeded reference server on loopback, the demo trainee
  signed in to a temporary profile, a first sync with visible progress.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from sync.errors import TutorClientError
from tutorclient import locking
from tutorclient.changes import Changes
from tutorclient.session import Profile

from .context import AppContext
from .errors import show_error
from .lock_screen import LockScreen, WindowLock
from .login import SIGNED_OUT_SETTING, TOKEN_FILE_SETTING, LoginDialog
from .main_window import PAGE_CASES, PAGE_LIBRARY, PAGE_REVIEW, PAGE_SYNC, MainWindow
from .notice_banner import update_nav_counts
from .operations import SyncOp, WriteOp, shutdown
from .views.search_box import SearchBox

if TYPE_CHECKING:
    from sync.engine import Summary

    from .autosync import AutoSync
    from .views.search import SearchPage

log = logging.getLogger(__name__)

FONT_SETTING = "font_size"
MIN_FONT, MAX_FONT, DEFAULT_FONT = 8.0, 20.0, 10.0
REVIEWER_ROLES = ("tutor", "admin")
# What the navigation's counts (new replies, cases to review, rejected changes) read.
NAV_COUNT_KINDS = ("cases", "threads", "posts", "reviews", "users", "partnerships", "thread_visits")

PageFactory = Callable[[AppContext], QWidget]


def library_page(ctx: AppContext) -> QWidget:
    from .views.library import LibraryPage  # the library engineer's page

    return LibraryPage(ctx)


def cases_page(ctx: AppContext) -> QWidget:
    from .views.cases import CasesPage

    return CasesPage(ctx)


def review_page(ctx: AppContext) -> QWidget:
    from .views.review import ReviewPage

    return ReviewPage(ctx)


def sync_page(ctx: AppContext) -> QWidget:
    from .views.sync_page import SyncPage

    return SyncPage(ctx)


def default_pages(ctx: AppContext, factories: dict[str, PageFactory] | None = None,
                  ) -> dict[str, Callable[[], QWidget]]:
    """The navigation pages for this user, in order; Review only for tutors.

    Each is a factory: the main window builds a page when it is first shown,
    so start-up pays only for the page the user lands on.
    """
    made = dict(factories or {})

    def bound(key: str, default: PageFactory) -> Callable[[], QWidget]:
        factory = made.get(key, default)
        return lambda: factory(ctx)

    pages = {PAGE_LIBRARY: bound(PAGE_LIBRARY, library_page),
             PAGE_CASES: bound(PAGE_CASES, cases_page)}
    if ctx.user.get("role") in REVIEWER_ROLES:
        pages[PAGE_REVIEW] = bound(PAGE_REVIEW, review_page)
    pages[PAGE_SYNC] = bound(PAGE_SYNC, sync_page)
    return pages


# Room to aim at on a worn touchpad, and quiet separators in the status bar.
# Sizes are left to the font, so "Larger text" scales everything.
STYLE_SHEET = """
QStatusBar::item { border: none; }
QStatusBar QLabel { padding: 0 10px; border-left: 1px solid #c9ced6; }
QStatusBar QLabel#connectionState { border-left: none; }
QToolBar#mainToolbar { spacing: 8px; padding: 4px 8px; }
"""


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("TutorClient")
    app.setOrganizationName("TutorClient")
    if not app.styleSheet():  # type: ignore[union-attr]
        app.setStyleSheet(STYLE_SHEET)  # type: ignore[union-attr]
    from .qtfix import collect_garbage_on_ui_thread

    collect_garbage_on_ui_thread(app)  # never on a lane thread: see its docstring
    return app  # type: ignore[return-value]


def diagnostics_dir(profile_dir: Path) -> Path:
    """Where the crash dialog saves its zip: Documents, where a trainee finds it."""
    try:
        import platformdirs

        docs = Path(platformdirs.user_documents_dir())
        if docs.is_dir():
            return docs
    except Exception:
        log.debug("no Documents folder; diagnostics go to the profile", exc_info=True)
    return profile_dir


CONNECTION_CHECK_DELAY_MS = 500
SEARCH_PAGE_DELAY_MS = 300


class TutorApp(QObject):
    """One profile opened in the desktop app."""

    main_window_shown = Signal()
    login_shown = Signal()
    connection_checked = Signal(bool)  # True: the server answered
    logged_out = Signal()
    login_cancelled = Signal()  # the first sign-in was cancelled
    unlock_shown = Signal()  # the password prompt before the window opens
    locked = Signal()
    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, profile_dir: Path | str, *, token_file: bool | None = None,
                 note: str | None = None, page_factories: dict[str, PageFactory] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tutorApp")
        self.profile = Profile(profile_dir, token_file=token_file)
        if self.profile.setting(TOKEN_FILE_SETTING, False):
            self.profile.token_file_allowed = True  # the user chose this before
        self.ctx = AppContext(self.profile, parent=self)
        self._autosync: AutoSync | None = None
        self.note = note
        self.page_factories = page_factories
        self.window: MainWindow | None = None
        self._search: SearchPage | None = None
        self.search_box: SearchBox | None = None
        self.login: LoginDialog | None = None
        self._page_before_search = PAGE_LIBRARY
        self._first_run = False
        self._closed = False
        # Set by ProfileSwitcher on a shared computer.
        self.can_switch_user = False
        self.quit_on_login_cancel = True
        self.first_sign_in_check: Callable[[], bool] | None = None
        self.lock: WindowLock | None = None
        self.unlock_prompt: LockScreen | None = None
        self.ctx.login_needed.connect(self._login_needed)
        self.ctx.sync_finished.connect(self._sync_finished)
        self.ctx.hub.changed.connect(self._changes_for_nav)
        self.apply_font_size(self.profile.setting(FONT_SETTING))

    # -- start ----------------------------------------------------------------------

    def signed_in_before(self) -> bool:
        return bool(self.profile.user) and not self.profile.setting(SIGNED_OUT_SETTING, False)

    def start(self, *, require_unlock: bool = False) -> None:
        """Open onto the cached profile, or ask to sign in on a first run.

        ``require_unlock`` (a profile chosen on the start screen) asks for the
        password first; so does a profile that was left locked.
        """
        if not self.signed_in_before():
            self.ask_login()
            return
        left_locked = bool(self.profile.setting(locking.LOCKED_SETTING, False))
        if (require_unlock or left_locked) and self.profile.has_local_password():
            self.show_unlock_prompt()
        elif require_unlock:
            # Signed in before verifiers existed: one online sign-in sets it.
            self.ask_login("Enter your password once more: from now on it protects your "
                           "profile on this shared computer, also without a connection.")
        else:
            self._open_signed_in()

    def _open_signed_in(self) -> None:
        self.ctx.hold_queries()  # the window first; its data a moment later
        try:
            self.open_main_window()
        finally:
            QTimer.singleShot(0, self.ctx.release_queries)
        # Let the window become interactive first: the check loads the HTTP
        # stack on a worker thread, which competes for the interpreter.
        QTimer.singleShot(CONNECTION_CHECK_DELAY_MS, self._start_autosync)

    def show_unlock_prompt(self) -> LockScreen:
        """The password before anything of the profile is shown (a window of its own)."""
        prompt = LockScreen(self.profile, can_switch_user=self.can_switch_user)
        prompt.setWindowTitle("TutorClient — locked")
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.resize(1280, 720)
        prompt.unlocked.connect(self._prompt_unlocked)
        prompt.switch_user_requested.connect(self.switch_user_requested)
        self.unlock_prompt = prompt
        if _small_screen():
            prompt.showMaximized()
        else:
            prompt.show()
        prompt.focus_password()
        self.unlock_shown.emit()
        return prompt

    @Slot()
    def _prompt_unlocked(self) -> None:
        prompt, self.unlock_prompt = self.unlock_prompt, None
        self._open_signed_in()  # first: closing the prompt must not leave no window
        self._remember_locked(False)
        if prompt is not None:
            prompt.close()

    def ask_login(self, message: str | None = None, parent: QWidget | None = None) -> LoginDialog:
        if self.login is not None and self.login.isVisible():
            self.login.raise_()
            return self.login
        dialog = LoginDialog(self.profile, parent, message=message)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        first_run = self.window is None
        dialog.logged_in.connect(lambda user: self._logged_in(user, first_run))
        if first_run:
            dialog.rejected.connect(self._login_cancelled)
        self.login = dialog
        if parent is not None:
            dialog.open()  # window-modal over the main window, never blocking
        else:
            dialog.show()
        self.login_shown.emit()
        return dialog

    def _logged_in(self, _user: dict[str, Any], first_run: bool) -> None:
        if first_run and self.first_sign_in_check is not None and not self.first_sign_in_check():
            return  # the switcher took over (this account already has a profile here)
        if first_run or self.window is None:
            self.open_main_window(first_run=True)
        self.ctx.start_sync()
        self.autosync.start()  # a no-op when already running

    @Slot()
    def _login_cancelled(self) -> None:
        if self.window is None:
            self.login_cancelled.emit()
            if self.quit_on_login_cancel:
                QApplication.quit()

    # -- the main window ---------------------------------------------------------------

    def open_main_window(self, *, first_run: bool = False) -> MainWindow:
        window = MainWindow(self.ctx, default_pages(self.ctx, self.page_factories))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.page_built.connect(self._page_built)
        self.window = window
        self._first_run = first_run
        self._search = None
        self.search_box = SearchBox()
        self.search_box.textChanged.connect(self._first_search_text)
        self._build_toolbar(window)
        self._build_menus(window)
        window.nav.itemClicked.connect(self._nav_clicked)
        window.nav.setSpacing(2)  # room to aim at on a worn touchpad
        window.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        window.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        if self.note:
            note = QLabel(self.note, objectName="profileNote")
            note.setAccessibleName("About this profile")
            window.statusBar().addPermanentWidget(note)
        if first_run:
            window.show_page(PAGE_SYNC)  # the first sync's progress, in full
        if self.ctx.setting("window_geometry") is None and _small_screen():
            window.showMaximized()
        else:
            window.show()
        self._install_lock(window)
        self.refresh_nav_counts()
        # The results page behind the box loads once the window is up (or at the
        # first letter typed, if that comes sooner).
        QTimer.singleShot(SEARCH_PAGE_DELAY_MS, self._build_search_page)
        self.main_window_shown.emit()
        return window

    def _page_built(self, _key: str, page: QWidget) -> None:
        if getattr(page, "autosync", False) is None and hasattr(page, "attach_autosync"):
            page.attach_autosync(self.autosync)  # the sync panel shows what it does

    @Slot(dict)
    def _show_nav_counts(self, counts: dict[str, int]) -> None:
        """ "Cases and discussions (3)", "Review queue (2)": also before those pages are built."""
        if self.window is not None and shiboken6.isValid(self.window):
            update_nav_counts(self.window.nav, counts)

    def refresh_nav_counts(self) -> None:
        ctx = self.ctx

        def work() -> dict[str, int]:
            from tutorclient import notices

            return notices.nav_counts(ctx.store, ctx.user)

        ctx.query(self, work, self._show_nav_counts, context="navigation", latest="nav_counts")

    def _changes_for_nav(self, changes: Changes) -> None:
        if changes.touches(*NAV_COUNT_KINDS) or changes.sync_status or changes.outbox:
            self.refresh_nav_counts()

    # -- locking when idle (shared computers) --------------------------------------------

    def _install_lock(self, window: MainWindow) -> None:
        # Without a verifier the password cannot be checked offline, so no idle lock
        # (the next sign-in stores one).
        timeout = locking.lock_after_seconds(self.profile) if self.profile.has_local_password() else 0
        lock = WindowLock(window, self.profile, timeout, can_switch_user=self.can_switch_user,
                          parent=window)
        lock.locked.connect(self._window_locked)
        lock.unlocked.connect(self._window_unlocked)
        lock.switch_user_requested.connect(self.switch_user_requested)
        window.destroyed.connect(lock.stop)
        self.lock = lock

    @Slot()
    def lock_now(self) -> None:
        if self.lock is not None and self.profile.has_local_password():
            self.lock.lock()

    def set_lock_after(self, seconds: int) -> None:
        """Change this profile's idle time (0: never lock) and apply it now."""
        if self.lock is not None:
            self.lock.watcher.set_timeout(seconds)

        def work():
            from tutorclient.changes import Changes

            self.profile.set_setting(locking.LOCK_AFTER_SETTING, int(seconds))
            return Changes.of(settings=True)

        self.ctx.write(self, work)

    @Slot()
    def _window_locked(self) -> None:
        self._remember_locked(True)
        self.locked.emit()

    @Slot()
    def _window_unlocked(self) -> None:
        self._remember_locked(False)
        self.unlocked.emit()

    def _remember_locked(self, locked_: bool) -> None:
        """A restart while locked opens locked: quitting is no way around the password."""
        profile = self.profile

        def work():
            from tutorclient.changes import Changes

            profile.set_setting(locking.LOCKED_SETTING, locked_)
            return Changes.of(settings=True)

        WriteOp(self, work, context="lock", label="remember lock", hub=self.ctx.hub).run()

    def _build_toolbar(self, window: MainWindow) -> None:
        assert self.search_box is not None
        bar = QToolBar("Search", objectName="mainToolbar")
        bar.setAccessibleName("Toolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        self.search_box.setMinimumWidth(320)
        self.search_box.setMaximumWidth(560)
        bar.addWidget(self.search_box)
        spacer = QWidget(objectName="toolbarSpacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        sync_now = window.findChild(QAction, "syncNowAction")
        if sync_now is not None:
            bar.addAction(sync_now)
            button = bar.widgetForAction(sync_now)
            button.setObjectName("toolbarSyncButton")
            button.setAccessibleName("Sync now")
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _action(self, window: MainWindow, text: str, name: str, shortcut: str | QKeySequence | None,
                slot: Callable[[], Any]) -> QAction:
        action = QAction(text, window, objectName=name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self, window: MainWindow) -> None:
        menus = window.menuBar()
        menus.setObjectName("menuBar")
        account = menus.addMenu("&TutorClient")
        account.setObjectName("accountMenu")
        sync_now = window.findChild(QAction, "syncNowAction")
        if sync_now is not None:
            account.addAction(sync_now)
        account.addSeparator()
        lock_action = self._action(window, "Lock now", "lockAction", "Ctrl+L", self.lock_now)
        lock_action.setEnabled(self.profile.has_local_password())
        account.addAction(lock_action)
        if self.can_switch_user:
            account.addAction(self._action(window, "Switch user…", "switchUserAction", None,
                                           self.switch_user_requested.emit))
        self.logout_action = self._action(window, "Log out", "logOutAction", None, self.log_out)
        account.addAction(self.logout_action)
        account.addAction(self._action(window, "Quit", "quitAction", QKeySequence.StandardKey.Quit,
                                       window.close))
        view = menus.addMenu("&View")
        view.setObjectName("viewMenu")
        view.addAction(self._action(window, "Search", "searchAction", QKeySequence.StandardKey.Find,
                                    lambda: self._search_page().focus_search()))
        view.addSeparator()
        view.addAction(self._action(window, "Larger text", "largerTextAction", "Ctrl+=",
                                    lambda: self.change_font_size(+1)))
        view.addAction(self._action(window, "Smaller text", "smallerTextAction", "Ctrl+-",
                                    lambda: self.change_font_size(-1)))
        view.addAction(self._action(window, "Normal text size", "normalTextAction", "Ctrl+0",
                                    lambda: self.change_font_size(0)))
        plus = QAction(window, objectName="largerTextPlusAction")  # Ctrl++ on keypads too
        plus.setShortcut(QKeySequence("Ctrl++"))
        plus.triggered.connect(lambda: self.change_font_size(+1))
        window.addAction(plus)

    # -- search ------------------------------------------------------------------------

    @property
    def search(self) -> SearchPage | None:
        """The search results page (built now if it is not yet); None without a window."""
        return self._search_page() if self.window is not None else None

    def _search_page(self) -> SearchPage:
        if self._search is None:
            from .views.search import SearchPage

            assert self.window is not None and self.search_box is not None
            page = SearchPage(self.ctx, search_box=self.search_box)
            self._search = page
            self.window.stack.addWidget(page)  # reached from the toolbar, not the navigation
            page.activated.connect(self._show_search)
            page.dismissed.connect(self._hide_search)
            page.lesson_opened.connect(self.open_lesson)
        return self._search

    @Slot()
    def _build_search_page(self) -> None:
        if self.window is not None and shiboken6.isValid(self.window):
            self._search_page()

    @Slot(str)
    def _first_search_text(self, text: str) -> None:
        """The box's first letters, typed before its page was built: build it, pass them on."""
        if self.search_box is not None:
            self.search_box.textChanged.disconnect(self._first_search_text)
        if self._search is None and self.window is not None:
            self._search_page()._text_changed(text)

    @Slot()
    def _show_search(self) -> None:
        window, search = self.window, self._search
        if window is None or search is None or window.stack.currentWidget() is search:
            return
        self._page_before_search = window.current_page()
        # The navigation keeps its row (so focus moving to it changes nothing)
        # but shows no selection; clicking that row again leaves the search.
        window.nav.clearSelection()
        window.stack.setCurrentWidget(search)

    def _nav_clicked(self) -> None:
        window = self.window
        if window is not None and self._search is not None \
                and window.stack.currentWidget() is self._search:
            self.go_to(window.current_page())

    @Slot()
    def _hide_search(self) -> None:
        if self.window is not None and self._search is not None \
                and self.window.stack.currentWidget() is self._search:
            self.go_to(self._page_before_search)

    def go_to(self, key: str) -> None:
        """Show a navigation page, also when its row is current under the search results."""
        window = self.window
        if window is None or key not in window.pages:
            return
        window.show_page(key)
        window.stack.setCurrentWidget(window.pages[key])  # same row: no signal to do it
        item = window.nav.currentItem()
        if item is not None:
            item.setSelected(True)

    @Slot(str, str)
    def open_lesson(self, lesson_id: str, highlight: str = "") -> None:
        if self.window is None:
            return
        self.go_to(PAGE_LIBRARY)
        library = self.window.pages.get(PAGE_LIBRARY)
        if library is not None and hasattr(library, "open_lesson"):
            library.open_lesson(lesson_id, highlight=highlight or None)

    # -- font size, remembered per profile --------------------------------------------

    def apply_font_size(self, size: float | None) -> None:
        app = QApplication.instance()
        if app is None:
            return
        font = QFont(app.font())  # type: ignore[attr-defined]
        font.setPointSizeF(min(MAX_FONT, max(MIN_FONT, float(size or DEFAULT_FONT))))
        QApplication.setFont(font)

    def change_font_size(self, step: int) -> None:
        current = QApplication.font().pointSizeF()
        size = DEFAULT_FONT if step == 0 else min(MAX_FONT, max(MIN_FONT, current + step))
        self.apply_font_size(size)
        self.ctx.write(self, lambda: self._save_font(size))

    def _save_font(self, size: float):
        from tutorclient.changes import Changes

        self.profile.set_setting(FONT_SETTING, size)
        return Changes.of(settings=True)

    # -- connection, sync outcomes, login at the next sync -------------------------------

    @property
    def autosync(self) -> AutoSync:
        """Probes the server (backed off while offline) and syncs when it is reachable,
        periodically, and shortly after local changes. Made on first use, which is
        after the window is up: the data rules and the probe are not needed to paint it."""
        if self._autosync is None:
            from .autosync import AutoSync

            self._autosync = AutoSync(self.ctx, self)
            self._autosync.probed.connect(self.connection_checked)
        return self._autosync

    def _start_autosync(self) -> None:
        if not self._closed:  # a delayed start may fire after the app has closed
            self.autosync.start()

    @Slot(str)
    def _login_needed(self, reason: str) -> None:
        if self.window is not None:
            self.ask_login(reason, self.window)

    @Slot(object)
    def _sync_finished(self, outcome: Summary | BaseException) -> None:
        if isinstance(outcome, BaseException) and not isinstance(outcome, TutorClientError):
            show_error(self.window, outcome, "sync")  # the one error boundary
        from sync.engine import Summary

        if self._first_run and isinstance(outcome, Summary):
            self._first_run = False
            if self.window is not None and self.window.current_page() == PAGE_SYNC:
                self.window.show_page(PAGE_LIBRARY)

    # -- log out -------------------------------------------------------------------------

    @Slot()
    def log_out(self) -> None:
        """Remove the token (keyring or file), keep the work, and ask to sign in again."""
        if self._autosync is not None:
            self._autosync.stop()
        window = self.window
        pending = self.ctx.state.pending
        self.ctx.cancel_sync()
        profile = self.profile

        def work():
            from tutorclient.changes import Changes

            profile.sign_out_locally()  # forgets the token, queues its revocation
            profile.set_setting(SIGNED_OUT_SETTING, True)
            return Changes.of(settings=True)

        def done(_changes: object) -> None:
            if self.lock is not None:
                self.lock.stop()
                self.lock = None
            message = "You are signed out. Your work stays on this computer."
            if pending:
                message += (f" {pending} change{'s' * (pending != 1)} will be sent when you "
                            "sign in again.")
            self.window = None
            self.ask_login(message)
            if window is not None:
                window.close()
            self.logged_out.emit()
            # End the session on the server too (network: the parallel lane). If
            # offline it stays queued in the profile for the next connection.
            SyncOp(self, profile.send_revocations, context="logout",
                    label="end the session on the server", hub=self.ctx.hub).failure(
                lambda exc: log.info("sign-out not yet sent to the server: %s", exc)).run()

        WriteOp(self, work, done, context="logout", label="log out", hub=self.ctx.hub).run()

    # -- exit ------------------------------------------------------------------------------

    def close(self) -> None:
        """At exit: stop a running sync at a safe point, wait for the lanes, close the store."""
        if self._closed:
            return
        self._closed = True
        if self._autosync is not None:
            self._autosync.stop()
        if self.lock is not None and shiboken6.isValid(self.lock):
            self.lock.stop()
        self.ctx.cancel_sync()
        if shutdown(self.profile.store, timeout_ms=15_000):
            self.profile.close()


def _small_screen() -> bool:
    screen = QApplication.primaryScreen()
    if screen is None:
        return False
    size = screen.availableGeometry()
    return size.width() < 1400 or size.height() < 820


__all__ = ["TutorApp", "default_pages", "library_page", "make_application"]
