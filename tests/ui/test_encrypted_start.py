"""Issue 18 in the app: a profile from before the update asks for its password once at
start and is encrypted in place; an encrypted one always opens on its lock screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tutorclient import locking
from tutorclient.crypt.cipherdb import is_plain
from tutorclient.session import Profile
from tutorclient.store.db import DB_FILENAME

PASSWORD = "an old profile's password"


def _profile_from_before_the_update(folder: Path) -> None:
    old = Profile(folder)
    old.set_setting("user", {"id": "u-1", "username": "amina", "role": "trainee"})
    old.set_setting("server", "http://127.0.0.1:9")
    old.set_setting(locking.VERIFIER_SETTING, locking.hash_password(PASSWORD))
    old.close()
    assert is_plain(folder / DB_FILENAME)


def _type_password(qtbot, screen, password: str) -> None:
    qtbot.keyClicks(screen.password_field, password)
    qtbot.keyClick(screen.password_field, Qt.Key.Key_Return)


def test_the_first_start_after_the_update_encrypts_the_profile(qtbot, open_app,
                                                               profile_dir: Path) -> None:
    _profile_from_before_the_update(profile_dir)
    tutor = open_app(profile_dir)
    with qtbot.waitSignal(tutor.unlock_shown):
        tutor.start()
    assert tutor.window is None  # nothing of the profile before the password
    with qtbot.waitSignal(tutor.main_window_shown, timeout=30_000):
        _type_password(qtbot, tutor.unlock_prompt, PASSWORD)
    assert tutor.profile.encrypted and not tutor.profile.is_locked
    assert not is_plain(profile_dir / DB_FILENAME)
    tutor.window.close()
    tutor.close()

    again = open_app(profile_dir, password=None)  # encrypted now: locked until the password
    assert again.profile.is_locked
    with qtbot.waitSignal(again.unlock_shown):
        again.start()
    with qtbot.waitSignal(again.unlock_prompt.attempt_finished) as wrong:
        _type_password(qtbot, again.unlock_prompt, "not it")
    assert not wrong.args[0].ok and again.profile.is_locked and again.window is None
    with qtbot.waitSignal(again.main_window_shown, timeout=30_000):
        _type_password(qtbot, again.unlock_prompt, PASSWORD)
    assert again.profile.setting("user")["username"] == "amina"
