"""Launching the app: the user switcher on a shared computer, ``run()`` and ``run_demo()``.

``tutorclient`` opens :func:`run`; ``tutorclient demo`` opens :func:`run_demo`.
Both build on :class:`tutorclient.ui.app.TutorApp`, one profile in the app.
"""

from __future__ import annotations

import logging
import signal
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot, QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tutorclient import languages
from tutorclient.paths import DEFAULT_PROFILE, profiles_dir, scratch_dir
from tutorclient.paths import profile_dir as named_profile_dir
from tutorclient.profiles import (
    discard_profile,
    list_profiles,
    new_profile_dir,
    profile_dirs,
    read_card,
    remove_duplicate,
    same_user,
)

from .app import (
    TutorApp,
    _small_screen,
    diagnostics_dir,
    make_application,
)
from .errors import install_excepthook, show_error
from .i18n import apply_language
from .operations import QueryOp, SyncOp, shutdown
from .start_screen import StartScreen

log = logging.getLogger(__name__)


def _exit_later(app: QApplication, signal_: Any, exit_after_ms: int) -> None:
    """For headless tests: quit ``exit_after_ms`` after the first window appears."""
    if exit_after_ms:
        signal_.connect(lambda: QTimer.singleShot(exit_after_ms, app.quit))


def _quit_on_sigint(app: QApplication) -> None:
    # Qt's loop never runs Python signal handlers by itself; wake it twice a second.
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    timer = QTimer(app, interval=500)
    timer.timeout.connect(lambda: None)
    timer.start()


# -- a shared computer: the start screen and switching users ---------------------------


class ProfileSwitcher(QObject):
    """The profiles of one home: start screen, unlock, add a user, switch user.

    One profile (or none) opens directly, as on a computer of one's own; with
    several, the start screen lists them and each opens only after its password.
    Only one profile is open at a time: switching closes it (its store too)
    before the start screen offers the next.
    """

    start_screen_shown = Signal()
    window_shown = Signal()  # any first window: start screen, prompt, login or main window
    opened = Signal(object)  # the TutorApp of the profile just opened

    def __init__(self, root: Path | None = None, *, parent: QObject | None = None,
                 **tutor_kwargs: Any) -> None:
        super().__init__(parent)
        self.setObjectName("profileSwitcher")
        self.root = Path(root) if root is not None else profiles_dir()
        self.tutor_kwargs = tutor_kwargs
        self.tutor: TutorApp | None = None
        self.start_screen: StartScreen | None = None
        self._adding: Path | None = None  # the folder of a user being added

    def start(self) -> None:
        dirs = profile_dirs(self.root)
        if len(dirs) > 1:
            self.show_start_screen()
        else:
            self.open_profile(dirs[0] if dirs else self.root / DEFAULT_PROFILE, require_unlock=False)

    # -- the start screen ---------------------------------------------------------------

    def show_start_screen(self) -> StartScreen:
        # No profile is open here: the home's language (else the system's).
        apply_language(languages.language_for(None, languages.home_language(self.root)))
        screen = self.start_screen
        if screen is None or not shiboken6.isValid(screen):
            screen = StartScreen(root=self.root)
            screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            screen.profile_chosen.connect(lambda path: self.open_profile(Path(path)))
            screen.add_user_requested.connect(self.add_user)
            screen.resize(1024, 680)
            self.start_screen = screen
        screen.load()
        if _small_screen():
            screen.showMaximized()
        else:
            screen.show()
        screen.raise_()
        self.start_screen_shown.emit()
        self.window_shown.emit()
        return screen

    def _hide_start_screen(self) -> None:
        if self.start_screen is not None and shiboken6.isValid(self.start_screen):
            self.start_screen.close()
        self.start_screen = None

    # -- opening a profile ----------------------------------------------------------------

    def _make(self, directory: Path) -> TutorApp:
        tutor = TutorApp(directory, **self.tutor_kwargs)
        tutor.can_switch_user = True
        tutor.quit_on_login_cancel = False
        tutor.switch_user_requested.connect(self.switch_user)
        tutor.login_cancelled.connect(self._login_cancelled)
        for signal_ in (tutor.main_window_shown, tutor.login_shown, tutor.unlock_shown):
            signal_.connect(self.window_shown)
        self.tutor = tutor
        return tutor

    def adopt(self, directory: Path) -> TutorApp:
        """A profile its caller signs in and opens (the demo's), switchable like the others."""
        self._close_tutor()
        return self._make(directory)

    def open_profile(self, directory: Path, *, require_unlock: bool = True) -> TutorApp:
        """Open a profile; from the start screen, only after its password."""
        self._close_tutor()
        tutor = self._make(directory)
        tutor.start(require_unlock=require_unlock)
        self._hide_start_screen()  # after the next window is up: never zero windows
        self.opened.emit(tutor)
        return tutor

    def add_user(self) -> TutorApp:
        """Sign another account in to a new profile of its own."""
        self._close_tutor()
        servers = [c.server for c in list_profiles(self.root) if c.server]
        directory = self._adding = new_profile_dir(self.root)
        tutor = self._make(directory)
        tutor.first_sign_in_check = self._check_new_user
        dialog = tutor.ask_login(QCoreApplication.translate("Launch", "Sign in with the new user's own account. It gets a profile "
                                 "of its own; the others' work stays out of sight."))
        if servers and not dialog.server_field.text():
            dialog.server_field.setText(servers[0])  # the clinic's one server, usually
            dialog.username_field.setFocus()
        self._hide_start_screen()
        return tutor

    def _check_new_user(self) -> bool:
        """After the first sign-in of an added user: one profile per account."""
        tutor, adding = self.tutor, self._adding
        self._adding = None
        if tutor is None or adding is None:
            return True
        existing = same_user(read_card(adding), list_profiles(self.root))
        if existing is None:
            return True
        # That account already has a profile here: open it (the password was just
        # checked by the server) and drop the duplicate with its keyring entry,
        # ending the session it just opened on the server (network: parallel lane).
        profile = tutor.profile
        creds, server, ca = profile.credentials(), profile.server, profile.setting("ca_bundle")
        profile.forget_credentials()
        if creds is not None and server:
            from tutorclient.session import revoke_session

            QueryOp(self, lambda: revoke_session(server, creds.token, creds.refresh, ca),
                    context="logout", label="end the duplicate session").failure(
                lambda exc: log.info("duplicate session not ended: %s", exc)).run()
        QTimer.singleShot(0, lambda: self._use_existing(adding, existing.dir))
        return False

    def _use_existing(self, duplicate: Path, existing: Path) -> None:
        tutor = self.open_profile(existing, require_unlock=False)
        remove_duplicate(duplicate)
        if tutor.window is not None:
            tutor.window.statusBar().showMessage(
                QCoreApplication.translate("Launch", "You already had a profile on this computer: it is open."), 10_000)

    @Slot()
    def _login_cancelled(self) -> None:
        adding, self._adding = self._adding, None
        directory = self.tutor.profile.dir if self.tutor is not None else None
        has_user = self.tutor is not None and bool(self.tutor.profile.user)
        self._close_tutor()
        if adding is not None and adding == directory:
            discard_profile(adding)
        elif directory is not None and not has_user and directory.name == DEFAULT_PROFILE:
            discard_profile(directory)  # a first run that never signed in: nothing to list
        if profile_dirs(self.root):
            self.show_start_screen()
        else:
            QApplication.quit()

    # -- switching --------------------------------------------------------------------------

    @Slot()
    def switch_user(self) -> None:
        """Back to the start screen; the profile closes with its windows."""
        self.show_start_screen()  # first, so closing the profile's windows never quits
        self._close_tutor()

    def _close_tutor(self) -> None:
        tutor, self.tutor = self.tutor, None
        if tutor is None:
            return
        for widget in (tutor.unlock_prompt, tutor.login, tutor.window):
            if widget is not None and shiboken6.isValid(widget):
                widget.close()
        tutor.window = None
        tutor.close()  # waits for the lanes, closes the store
        tutor.deleteLater()

    def close(self) -> None:
        self._close_tutor()

    def current_dir(self) -> Path:
        return self.tutor.profile.dir if self.tutor is not None else self.root


def run(profile_dir: Path | None = None, *, exit_after_ms: int = 0) -> int:
    """``tutorclient``: open the profile (sign in first if needed) and run until closed.

    Without an explicit profile (``None`` or the default one) the home's
    profiles are offered through :class:`ProfileSwitcher`.
    """
    app = make_application()
    _quit_on_sigint(app)
    home_mode = profile_dir is None or \
        Path(profile_dir).resolve() == named_profile_dir(DEFAULT_PROFILE).resolve()
    if home_mode:
        switcher = ProfileSwitcher()
        crash = install_excepthook(app, lambda: diagnostics_dir(switcher.current_dir()))
        _exit_later(app, switcher.window_shown, exit_after_ms)
        switcher.start()
        try:
            return app.exec()
        finally:
            switcher.close()
            crash.uninstall()
    assert profile_dir is not None
    crash = install_excepthook(app, lambda: diagnostics_dir(profile_dir))
    tutor = TutorApp(profile_dir)
    _exit_later(app, tutor.main_window_shown, exit_after_ms)
    _exit_later(app, tutor.login_shown, exit_after_ms)
    _exit_later(app, tutor.unlock_shown, exit_after_ms)
    tutor.start()
    try:
        return app.exec()
    finally:
        tutor.close()
        crash.uninstall()


# -- the demo -----------------------------------------------------------------------------


class StartupWindow(QWidget):
    """A small window that says what is happening while the demo gets ready."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startupWindow")
        self.setAccessibleName(QCoreApplication.translate("Launch", "Starting TutorClient"))
        self.setWindowTitle(QCoreApplication.translate("Launch", "TutorClient demo"))
        self.setMinimumWidth(420)
        self.label = QLabel(QCoreApplication.translate("Launch", "Starting the demo server on this computer…"), objectName="startupText")
        self.label.setAccessibleName(QCoreApplication.translate("Launch", "What is happening"))
        self.label.setWordWrap(True)
        bar = QProgressBar(objectName="startupProgress", textVisible=False, maximumHeight=6)
        bar.setAccessibleName(QCoreApplication.translate("Launch", "Starting"))
        bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.label)
        layout.addWidget(bar)


def demo_note(secure: bool) -> str:
    """The demo's note in the status bar; where the sign-in is kept when no keyring is safe."""
    return QCoreApplication.translate("Launch", "Demo profile") if secure else QCoreApplication.translate("Launch", "Demo profile (sign-in kept in a file)")


def demo_note_detail(secure: bool) -> str:
    """The note's tooltip: the whole story, which does not fit in the status bar."""
    return (QCoreApplication.translate("Launch", "The demo's temporary profile, removed when the demo ends.") if secure else
            "No secure keyring here, so the sign-in is kept in a private file in the temporary "
            "demo profile, removed when the demo ends.")


def run_demo(profile_dir: Path | None = None, *, exit_after_ms: int = 0) -> int:
    """``tutorclient demo``: reference server on loopback, demo trainee, first sync, the app."""
    from tutorclient.demo import DEMO_PASSWORD, DEMO_USER, demo_server
    from tutorclient.session import secure_keyring_available

    app = make_application()
    _quit_on_sigint(app)
    stack = ExitStack()
    temp = stack.enter_context(scratch_dir("tutorclient-demo-"))  # removed last, after the server
    profile_path = profile_dir or temp / "profiles" / "demo"
    crash = install_excepthook(app, lambda: diagnostics_dir(profile_path))
    apply_language(languages.language_for(None, None))  # the splash, before the demo profile
    state: dict[str, Any] = {"tutor": None, "code": 0}
    splash = StartupWindow()
    splash.show()

    def failed(exc: BaseException) -> None:
        state["code"] = 1
        if exit_after_ms:
            print(f"tutorclient: the demo could not start: {exc}", file=sys.stderr)
            app.exit(1)
            return
        box = show_error(splash, exc, "demo")
        box.finished.connect(lambda _r: app.exit(1))

    def start_server() -> tuple[str, bool]:
        url = stack.enter_context(demo_server())
        return url, secure_keyring_available()

    def server_ready(answer: tuple[str, bool]) -> None:
        url, secure = answer
        # As on a shared laptop: "Switch user" (on the lock screen too) leads to the
        # start screen, where "Add a user" signs in another demo account.
        switcher = ProfileSwitcher(profile_path.parent, token_file=not secure, demo=True,
                                   note=demo_note(secure), note_detail=demo_note_detail(secure))
        state["switcher"] = switcher
        tutor = switcher.adopt(profile_path)
        state["tutor"] = tutor
        _exit_later(app, tutor.main_window_shown, exit_after_ms)
        splash.label.setText(QCoreApplication.translate("Launch", "Signing in as Amina, the demo trainee…"))
        SyncOp(splash, lambda: tutor.profile.login(url, DEMO_USER, DEMO_PASSWORD),
                lambda _user: signed_in(tutor), context="login", label="demo sign in") \
            .failure(failed).run()

    def signed_in(tutor: TutorApp) -> None:
        tutor.open_main_window(first_run=True)
        splash.close()
        tutor.ctx.start_sync()
        tutor.autosync.start()

    QueryOp(splash, start_server, server_ready, context="demo", label="demo server") \
        .failure(failed).run()
    try:
        code = app.exec()
    finally:
        tutor = state["tutor"]
        if state.get("switcher") is not None:
            state["switcher"].close()  # the profile open now, whichever user it is
        elif tutor is not None:
            tutor.close()
        else:
            shutdown(None, timeout_ms=60_000)  # the server may still be starting
        stack.close()  # stops the server, then removes the demo's folder
        crash.uninstall()
    return code or state["code"]


__all__ = ["ProfileSwitcher", "demo_note", "demo_note_detail", "run", "run_demo"]
