"""Signing in through the dialog, against the live seeded server."""

from __future__ import annotations

import stat
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
import shiboken6
from PySide6.QtCore import Qt
from test_app import DEAD_SERVER, library_rows

from sync.engine import Summary
from tutorclient.session import TOKEN_FILE
from tutorclient.ui.context import SYNCING
from tutorclient.ui.login import NOT_KEPT, TOKEN_FILE_SETTING
from tutorclient.ui.main_window import PAGE_LIBRARY, PAGE_SYNC


def fill(qtbot, dialog, server_url: str, username: str, password: str) -> None:
    for field, text in ((dialog.server_field, server_url), (dialog.username_field, username),
                        (dialog.password_field, password)):
        field.clear()
        qtbot.keyClicks(field, text)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_first_run_signs_in_and_the_first_sync_shows_progress(
        qtbot, open_app, profile_dir: Path, server: str) -> None:
    app = open_app(profile_dir)
    app.start()
    dialog = app.login
    fill(qtbot, dialog, server, "amina", "demo-amina")
    seen: list[tuple[str, bool, bool]] = []

    def record(state) -> None:  # runs after the window and the sync page have redrawn
        window = app.window
        sync_page = window.findChild(object, "syncPage") if window else None
        seen.append((state.connection, bool(window and window.sync_bar.isVisible()),
                     bool(sync_page and sync_page.progress.isVisible())))

    app.main_window_shown.connect(lambda: app.ctx.sync_state_changed.connect(record))
    with qtbot.waitSignal(app.main_window_shown):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and not dialog.sign_in_button.isEnabled()  # never frozen: working
    assert app.window.current_page() == PAGE_SYNC  # the first sync, in full view
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        pass
    assert isinstance(finished.args[0], Summary), finished.args[0]
    # Progress was on screen while syncing: in the status bar and on the Sync page.
    assert (SYNCING, True, True) in seen
    assert app.window.current_page() == PAGE_LIBRARY  # then the library, filled
    qtbot.waitUntil(lambda: library_rows(app) == 2)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_wrong_password_says_so_plainly(qtbot, open_app, profile_dir: Path, server: str) -> None:
    app = open_app(profile_dir)
    app.start()
    dialog = app.login
    fill(qtbot, dialog, server, "amina", "not-her-password")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.message_label.text() == (
        "Wrong username or password. Check both (capital letters count) and try again.")
    assert dialog.password_field.text() == ""  # ready to type again
    assert dialog.sign_in_button.isEnabled() and dialog.isVisible()
    assert app.window is None and app.profile.credentials() is None


def test_unreachable_server_is_named(qtbot, open_app, profile_dir: Path) -> None:
    app = open_app(profile_dir)
    app.start()
    dialog = app.login
    fill(qtbot, dialog, DEAD_SERVER, "amina", "demo-amina")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.message_label.text().startswith(
        f"127.0.0.1 refused the connection: no TutorClient server is listening at {DEAD_SERVER}.")


def test_empty_fields_are_asked_for(qtbot, open_app, profile_dir: Path) -> None:
    app = open_app(profile_dir)
    app.start()
    app.login.sign_in_button.click()
    assert not app.login.busy
    assert "Enter the server address" in app.login.message_label.text()


def test_no_keyring_asks_then_keeps_the_token_in_a_private_file(
        qtbot, open_app, profile_dir: Path, server: str, no_keyring) -> None:
    app = open_app(profile_dir)
    app.start()
    dialog = app.login
    fill(qtbot, dialog, server, "amina", "demo-amina")
    with qtbot.waitSignal(dialog.token_choice_asked):
        dialog.sign_in_button.click()
    assert not (profile_dir / TOKEN_FILE).exists()  # nothing stored before the choice
    choice = dialog.token_choice
    assert "no secure password store" in choice.text()
    with qtbot.waitSignal(app.main_window_shown):
        choice.findChild(object, "keepInFileButton").click()
    token = profile_dir / TOKEN_FILE
    assert token.exists() and stat.S_IMODE(token.stat().st_mode) == 0o600
    assert app.profile.credentials() is not None
    assert app.profile.setting(TOKEN_FILE_SETTING) is True  # remembered for the next sign-in
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        pass
    assert isinstance(finished.args[0], Summary)


def test_no_keyring_and_no_choice_stores_nothing(
        qtbot, open_app, profile_dir: Path, server: str, no_keyring) -> None:
    app = open_app(profile_dir)
    app.start()
    dialog = app.login
    fill(qtbot, dialog, server, "amina", "demo-amina")
    with qtbot.waitSignal(dialog.token_choice_asked):
        dialog.sign_in_button.click()
    dialog.token_choice.findChild(object, "dontKeepButton").click()
    assert dialog.message_label.text() == NOT_KEPT
    assert not (profile_dir / TOKEN_FILE).exists()
    assert app.window is None and dialog.isVisible()



def press_enter(qtbot, dialog) -> None:
    """Enter typed in the password field, with the keyboard focus there as a user has it."""
    dialog.activateWindow()
    dialog.password_field.setFocus()
    qtbot.waitUntil(dialog.password_field.hasFocus)
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)


def test_enter_in_the_password_field_signs_in(
        qtbot, open_app, profile_dir: Path, server: str) -> None:
    app = open_app(profile_dir)
    cancelled: list[bool] = []
    app.login_cancelled.connect(lambda: cancelled.append(True))
    app.start()
    dialog = app.login
    fill(qtbot, dialog, server, "amina", "demo-amina")
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: app.window is not None or bool(cancelled), timeout=15_000)
    assert cancelled == []  # Enter never cancels (which quits on a first run)
    assert app.profile.credentials() is not None
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000):
        pass


def test_enter_after_a_wrong_password_tries_again(
        qtbot, open_app, profile_dir: Path, server: str) -> None:
    app = open_app(profile_dir)
    cancelled: list[bool] = []
    app.login_cancelled.connect(lambda: cancelled.append(True))
    app.start()
    dialog = app.login
    fill(qtbot, dialog, server, "amina", "not-her-password")
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert cancelled == [] and dialog.isVisible()
    assert dialog.message_label.text() == (
        "Wrong username or password. Check both (capital letters count) and try again.")
    assert dialog.sign_in_button.isDefault()  # Enter still means "Sign in"
    qtbot.keyClicks(dialog.password_field, "demo-amina")
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: app.window is not None or bool(cancelled), timeout=15_000)
    assert cancelled == []
    assert app.profile.credentials() is not None
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000):
        pass
