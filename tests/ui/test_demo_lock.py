"""The demo's lock screen: "Switch user" as on a shared laptop, and the demo accounts
with their public passwords, so Ctrl+L never locks a newcomer out. A real profile's
lock screen never lists them."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QLabel, QWidget

from text_fit import clipped_texts

from sync.demo_data import load_demo_users
from tutorclient.demo_accounts import accounts_for_profile, demo_accounts
from tutorclient.session import Profile
from tutorclient.ui.launch import ProfileSwitcher


def _locked(qtbot, tutor):
    qtbot.waitUntil(lambda: tutor.window is not None and tutor.profile_lock.window_lock is not None)
    tutor.profile_lock.lock_now()
    screen = tutor.profile_lock.window_lock.screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.who.text() != "")
    return screen


def _all_text(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_demo_accounts_come_from_users_toml(profile_dir: Path) -> None:
    accounts = demo_accounts()
    assert [(a.username, a.role, a.password) for a in accounts] == [
        (u.username, u.role, u.password) for u in load_demo_users()]
    assert {a.role for a in accounts} >= {"trainee", "tutor", "coordinator"}
    profile = Profile(profile_dir)
    try:
        assert accounts_for_profile(profile) == []  # a real profile: none
    finally:
        profile.close()


def test_demo_lock_screen_offers_switch_user_and_lists_the_demo_accounts(
        qtbot, hub, sign_in, server: str, tmp_home: Path) -> None:
    root = tmp_home / "profiles"
    sign_in(root / "demo", server, "amina")
    switcher = ProfileSwitcher(root, demo=True, note="Demo profile")
    try:
        tutor = switcher.open_profile(root / "demo", require_unlock=False)
        screen = _locked(qtbot, tutor)
        qtbot.waitUntil(screen.demo_panel.isVisible)
        assert screen.switch_button.isVisible()
        shown = screen.demo_accounts_shown()
        assert [(username, password) for _who, username, password in shown] == [
            (a.username, a.password) for a in demo_accounts()]
        assert all(f"({a.role})" in who for (who, _u, _p), a in zip(shown, demo_accounts()))
        assert clipped_texts([screen]) == []  # every account readable whole
        screen.switch_button.click()
        qtbot.waitUntil(lambda: switcher.start_screen is not None and switcher.start_screen.isVisible())
    finally:
        if switcher.start_screen is not None and shiboken6.isValid(switcher.start_screen):
            switcher.start_screen.close()
        switcher.close()


def test_a_real_profile_never_shows_demo_passwords(qtbot, open_app, synced_profile: Path) -> None:
    tutor = open_app(synced_profile)
    tutor.start()
    screen = _locked(qtbot, tutor)
    qtbot.wait(200)
    assert not screen.demo_panel.isVisible()
    assert "demo-" not in _all_text(screen)
