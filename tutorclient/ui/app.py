"""The desktop app: open a profile, sign in if needed, and run the main window.

* :class:`TutorApp` owns one profile at a time: the :class:`AppContext`, the
  main window, the login dialog, log out and the sync wiring. A profile that
  was signed in before opens straight onto its cached data: nothing at
  start-up waits for the network, or even for the keyring. Its window's
  pieces have modules of their own: :class:`Navigation` (``navigation.py``:
  pages and the toolbar search), :class:`NavCounts` (``nav_counts.py``), the
  menus (``menus.py``), the text size (``text_size.py``).
* :class:`ProfileLock` (``profile_lock.py``, over ``lock_screen.py``'s
  :class:`WindowLock`) locks the window after the profile's idle time; the
  password unlocks it offline.
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

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot, QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from sync.errors import TutorClientError
from tutorclient import languages, locking
from tutorclient.changes import Changes
from tutorclient.session import SIGNED_OUT_SETTING, TOKEN_FILE_SETTING, Profile

from .context import AppContext
from .errors import show_error
from .focus_style import FOCUS_STYLE
from .i18n import apply_language, current_language, install_english_plurals
from .main_window import (
    PAGE_CARDS, PAGE_CASES, PAGE_CONTRIB, PAGE_INSIGHT, PAGE_LIBRARY, PAGE_REVIEW, PAGE_SYNC,
    MainWindow,
)
from .menus import MenuActions, build_menus
from .nav_counts import NavCounts
from .navigation import Navigation
from .operations import SyncOp, WriteOp, shutdown
from .profile_lock import ProfileLock
from .qtfix import make_qt_types_in_slices
from .text_size import FONT_SETTING, apply_font_size, change_font_size
from .views.search_box import SearchBox

if TYPE_CHECKING:
    from sync.engine import Summary

    from .autosync import AutoSync
    from .lock_screen import LockScreen
    from .login import LoginDialog
    from .views.search import SearchPage

log = logging.getLogger(__name__)

REVIEWER_ROLES = ("tutor", "admin")

PageFactory = Callable[[AppContext], QWidget]


def library_page(ctx: AppContext) -> QWidget:
    from .views.library import LibraryPage  # the library engineer's page

    return LibraryPage(ctx)


def cases_page(ctx: AppContext) -> QWidget:
    from .views.cases import CasesPage

    return CasesPage(ctx)


def cards_page(ctx: AppContext) -> QWidget:
    from .views.spaced_review import SpacedReviewPage

    return SpacedReviewPage(ctx)


def review_page(ctx: AppContext) -> QWidget:
    from .views.review import ReviewPage

    return ReviewPage(ctx)


def contributions_page(ctx: AppContext) -> QWidget:
    from .views.contributions import ContributionsPage

    return ContributionsPage(ctx)


def insight_page(ctx: AppContext) -> QWidget:
    from .views.insight import InsightPage

    return InsightPage(ctx)


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

    pages = {PAGE_LIBRARY: bound(PAGE_LIBRARY, library_page)}
    if ctx.user.get("role") == "trainee":
        pages[PAGE_CARDS] = bound(PAGE_CARDS, cards_page)
    pages[PAGE_CASES] = bound(PAGE_CASES, cases_page)
    if ctx.user.get("role") in REVIEWER_ROLES:
        pages[PAGE_REVIEW] = bound(PAGE_REVIEW, review_page)
    pages[PAGE_INSIGHT] = bound(PAGE_INSIGHT, insight_page)  # a trainee's own figures too
    pages[PAGE_SYNC] = bound(PAGE_SYNC, sync_page)
    if ctx.user.get("role") in REVIEWER_ROLES:  # after Sync: Ctrl+1..4 stay where they were
        pages[PAGE_CONTRIB] = bound(PAGE_CONTRIB, contributions_page)
    return pages


# Room to aim at on a worn touchpad, and quiet separators in the status bar.
# Sizes are left to the font, so "Larger text" scales everything.
STYLE_SHEET = """
QStatusBar::item { border: none; }
QStatusBar QLabel { padding: 0 10px; border-left: 1px solid #c9ced6; }
QStatusBar QLabel#connectionState { border-left: none; }
QToolBar#mainToolbar { spacing: 8px; padding: 4px 8px; }
QHeaderView { min-height: 1.9em; }
"""
STYLE_SHEET += FOCUS_STYLE  # a focus ring a trainee can see (focus_style.py)


UI_SWITCH_INTERVAL_S = 0.001


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("TutorClient")
    app.setOrganizationName("TutorClient")
    if not app.styleSheet():  # type: ignore[union-attr]
        app.setStyleSheet(STYLE_SHEET)  # type: ignore[union-attr]
    from .qtfix import collect_garbage_on_ui_thread

    collect_garbage_on_ui_thread(app)  # never on a lane thread: see its docstring
    install_english_plurals(app)  # "1 reply", "2 replies" from "%n reply(s)"
    # A lane running Python (a sync applying pages) holds the interpreter for up
    # to this long whenever the UI thread wants it back, after each file read or
    # wait: at Python's 5 ms, loading a page's module during a sync took five
    # times as long as alone. 1 ms costs the lanes little.
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    return app  # type: ignore[return-value]


def diagnostics_dir(profile_dir: Path) -> Path:
    """Where the crash dialog saves its zip: Documents (else home), never the profile."""
    from tutorclient.diagnostics import default_dir

    return default_dir()


CONNECTION_CHECK_DELAY_MS = 500


class TutorApp(QObject):
    """One profile opened in the desktop app.

    It runs the session (open, unlock, sign in, log out, close) and wires the
    sync; its collaborators own the rest: :class:`Navigation` (pages and the
    toolbar search), :class:`NavCounts`, :class:`ProfileLock`, the menus
    (``menus.py``) and the text size (``text_size.py``).
    """

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
                 note: str | None = None, note_detail: str = "", demo: bool = False,
                 page_factories: dict[str, PageFactory] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tutorApp")
        self.profile = Profile(profile_dir, token_file=token_file)
        if self.profile.setting(TOKEN_FILE_SETTING, False):
            self.profile.token_file_allowed = True  # the user chose this before
        self.ctx = AppContext(self.profile, parent=self)
        self._autosync: AutoSync | None = None
        self._app_updates: QObject | None = None
        self.note = note
        self.note_detail = note_detail  # the note's tooltip
        self.page_factories = page_factories
        self.window: MainWindow | None = None
        self.navigation: Navigation | None = None
        self.search_box: SearchBox | None = None
        self.login: LoginDialog | None = None
        self._first_run = False
        self._closed = False
        # Set by ProfileSwitcher on a shared computer.
        self.can_switch_user = False
        self.quit_on_login_cancel = True
        self.first_sign_in_check: Callable[[], bool] | None = None
        self.unlock_prompt: LockScreen | None = None
        self.nav_counts = NavCounts(self.ctx, lambda: self.window, parent=self)
        self.profile_lock = ProfileLock(self.profile, self.ctx.hub,
                                        lambda: self.can_switch_user, parent=self)
        self.profile_lock.locked.connect(self.locked)
        self.profile_lock.unlocked.connect(self.unlocked)
        self.profile_lock.switch_user_requested.connect(self.switch_user_requested)
        self.ctx.login_needed.connect(self._login_needed)
        self.ctx.sync_finished.connect(self._sync_finished)
        apply_font_size(self.profile.setting(FONT_SETTING))
        apply_language(languages.language_for(languages.profile_language(self.profile),
                                              languages.home_language(self.profile.dir.parent)))
        if demo:
            self._mark_demo()

    def _mark_demo(self) -> None:
        """A profile of ``tutorclient demo``: its lock screen lists the demo accounts."""
        from tutorclient.demo_accounts import DEMO_SETTING

        profile = self.profile

        def work() -> Changes:
            profile.set_setting(DEMO_SETTING, True)
            return Changes.of(settings=True)

        self.ctx.write(self, work, context="demo")

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
            self.ask_login(QCoreApplication.translate("App", "Enter your password once more: from now on it protects your "
                           "profile on this shared computer, also without a connection."))
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
        from .lock_screen import LockScreen

        prompt = LockScreen(self.profile, can_switch_user=self.can_switch_user)
        prompt.setWindowTitle(QCoreApplication.translate("App", "TutorClient — locked"))
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
        self.profile_lock.remember(False)
        if prompt is not None:
            prompt.close()

    def ask_login(self, message: str | None = None, parent: QWidget | None = None) -> LoginDialog:
        if self.login is not None and self.login.isVisible():
            self.login.raise_()
            return self.login
        # The dialog and the network checks behind it (ssl, socket) load when asked
        # for: a profile signed in before opens without them.
        from .login import LoginDialog

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
        self.navigation = Navigation(self.ctx, window)
        self.search_box = self.navigation.search_box
        build_menus(window, MenuActions(
            lock_now=self.profile_lock.lock_now,
            can_lock=self.profile.has_local_password(),
            switch_user=self.switch_user_requested.emit if self.can_switch_user else None,
            log_out=self.log_out,
            focus_search=lambda: self.navigation.results_page().focus_search(),
            change_font_size=lambda step: change_font_size(self.ctx, step),
            choose_language=self.switch_language))
        if self.note:
            note = QLabel(self.note, objectName="profileNote")
            note.setAccessibleName(QCoreApplication.translate("App", "About this profile"))
            note.setToolTip(self.note_detail)
            window.statusBar().addPermanentWidget(note)
        if first_run:
            window.show_page(PAGE_SYNC)  # the first sync's progress, in full
        if self.ctx.setting("window_geometry") is None and _small_screen():
            window.showMaximized()
        else:
            window.show()
        self.profile_lock.install(window)
        self.nav_counts.refresh()
        self.navigation.build_results_later()
        # Before a sync's progress bar makes them in one burst; after the first paint.
        make_qt_types_in_slices(QApplication.instance())
        self.main_window_shown.emit()
        return window

    def switch_language(self, code: str) -> None:
        """Use ``code`` from now on, kept with the profile; the window is rebuilt in it
        at once, with whatever was typed into its text fields carried over."""
        profile = self.profile

        def work() -> Changes:
            languages.save_profile_language(profile, code)
            return Changes.of(settings=True)

        self.ctx.write(self, work, context="settings")
        if code == current_language():
            return
        window = self.window
        typed = typed_text(window) if window is not None else {}
        apply_language(code)
        if window is None:
            return
        page = window.current_page()
        self.window = None
        window.close()
        new = self.open_main_window()
        new.show_page(page)
        restore_typed_text(new, typed)

    @property
    def search(self) -> SearchPage | None:
        """The search results page (built now if it is not yet); None without a window."""
        if self.window is None or self.navigation is None:
            return None
        return self.navigation.results_page()

    # -- sync: automatic passes, their outcomes, sign-in when the server asks --------------

    @property
    def autosync(self) -> AutoSync:
        """Probes the server (backed off while offline) and syncs when it is reachable,
        periodically, and shortly after local changes. Made on first use, which is
        after the window is up: the data rules and the probe are not needed to paint it."""
        if self._autosync is None:
            from .autosync import AutoSync

            self._autosync = AutoSync(self.ctx, self)
            self._autosync.probed.connect(self.connection_checked)
            self._start_app_updates()
        return self._autosync

    def _start_app_updates(self) -> None:
        """A frozen bundle checks its update channel once, after a pass reaches the server."""
        from tutorclient.appupdate import installed_bundle

        bundle = installed_bundle()
        if bundle is not None:
            from .update_dialog import AppUpdates

            self._app_updates = AppUpdates(self.ctx, bundle, self, window=self.window,
                                           metered=lambda: bool(self._autosync and self._autosync.metered))

    def _start_autosync(self) -> None:
        if not self._closed:  # a delayed start may fire after the app has closed
            self.autosync.start(watch_network_later=True)

    def _page_built(self, _key: str, page: QWidget) -> None:
        if getattr(page, "autosync", False) is None and hasattr(page, "attach_autosync"):
            page.attach_autosync(self.autosync)  # the sync panel shows what it does

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

        def work() -> Changes:
            profile.sign_out_locally()  # forgets the token, queues its revocation
            profile.set_setting(SIGNED_OUT_SETTING, True)
            return Changes.of(settings=True)

        def done(_changes: object) -> None:
            self.profile_lock.stop()
            message = QCoreApplication.translate("App", "You are signed out. Your work stays on this computer.")
            if pending:
                message += " " + QCoreApplication.translate(
                    "App", "%n change(s) will be sent when you sign in again.", None, pending)
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
        self.profile_lock.stop()
        self.ctx.cancel_sync()
        if shutdown(self.profile.store, timeout_ms=15_000):
            self.profile.close()


_TEXT_FIELDS = ("QLineEdit", "QPlainTextEdit", "QTextEdit")


def _fields(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.objectName() and w.metaObject().className() in _TEXT_FIELDS
            and not w.isReadOnly()]


def typed_text(window: MainWindow) -> dict[tuple[str, str], str]:
    """What is typed in the built pages' text fields, by (page, field objectName)."""
    typed: dict[tuple[str, str], str] = {}
    for key, page in window.built_pages().items():
        for field in _fields(page):
            text = field.text() if hasattr(field, "text") else field.toPlainText()  # type: ignore[attr-defined]
            if text:
                typed[(key, field.objectName())] = text
    return typed


def restore_typed_text(window: MainWindow, typed: dict[tuple[str, str], str]) -> None:
    """Put typed text back into the rebuilt window, as each page gets built."""

    def fill(key: str, page: QWidget) -> None:
        for field in _fields(page):
            text = typed.get((key, field.objectName()))
            if text is None:
                continue
            if hasattr(field, "setText") and field.metaObject().className() == "QLineEdit":
                field.setText(text)  # type: ignore[attr-defined]
            else:
                field.setPlainText(text)  # type: ignore[attr-defined]

    for key, page in window.built_pages().items():
        fill(key, page)
    window.page_built.connect(fill)


def _small_screen() -> bool:
    screen = QApplication.primaryScreen()
    if screen is None:
        return False
    size = screen.availableGeometry()
    return size.width() < 1400 or size.height() < 820


__all__ = ["TutorApp", "default_pages", "library_page", "make_application"]
