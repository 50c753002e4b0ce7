"""Removing a user from the start screen of a shared computer: the warning names the
unsent work, Remove needs the username typed, and the server session ends."""

from __future__ import annotations

from pathlib import Path

import requests
from PySide6.QtCore import Qt

from tutorclient import cases, discussions
from tutorclient.session import Profile
from tutorclient.shared_laptop import Removal
from tutorclient.ui.remove_user import RemoveUserDialog
from tutorclient.ui.start_screen import StartScreen


def _home(server: str, tmp_home: Path, passwords: dict[str, str]) -> tuple[Path, str]:
    """Amina with a draft and a reply not sent yet, and Yusuf, all signed in."""
    token = ""
    for name in ("amina", "yusuf"):
        profile = Profile(tmp_home / "profiles" / name)
        try:
            profile.login(server, name, passwords[name])
            profile.sync()
            if name == "amina":
                token = profile.credentials().token
                uid = profile.user["id"]
                draft = cases.new_draft(profile.store, uid, profile.user["partnerships"][0])
                cases.save_draft(profile.store, draft, {"title": "Neonatal jaundice"})
                thread = profile.store.db.execute(
                    "SELECT id FROM threads WHERE kind = 'case' AND case_id != ? LIMIT 1",
                    [draft]).fetchone()[0]
                discussions.reply(profile.store, uid, thread, "Not sent yet")
        finally:
            profile.close()
    return tmp_home / "profiles", token


def test_removing_a_user_names_unsent_work_then_ends_the_session(
        qtbot, hub, server: str, tmp_home: Path, demo_passwords) -> None:
    root, token = _home(server, tmp_home, demo_passwords)
    screen = StartScreen(root=root)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.profiles_loaded):
        screen.load()
    screen.list.setCurrentIndex(screen.model.index(screen.row_of("amina")))
    assert screen.remove_button.isEnabled()
    with qtbot.waitSignal(screen.remove_dialog_opened) as opened:
        qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, RemoveUserDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.work is not None)
    text = dialog.unsent.text()
    assert text.startswith("Not sent to the server yet; removing deletes it:")
    assert "1 reply" in text and "1 case draft" in text
    assert "Amina" in dialog.intro.text() and "username amina, from" in dialog.intro.text()
    assert not dialog.remove_button.isEnabled()  # not until the username is typed
    qtbot.keyClicks(dialog.confirm, "amin")
    assert not dialog.remove_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "a")
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.removed, timeout=20_000) as done:
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert isinstance(done.args[0], Removal)
    assert dialog.status.text().endswith("was removed from this computer. Their session on "
                                         "the server is ended.")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.row_of("yusuf") == 0 and screen.row_of("amina") == -1
    assert not (root / "amina").exists()
    answer = requests.post(server + "/v1/sync", json={"v": 1, "c": 0},
                           headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 401


def test_a_user_with_everything_sent_is_told_nothing_is_lost(
        qtbot, hub, server: str, tmp_home: Path, demo_passwords) -> None:
    profile = Profile(tmp_home / "profiles" / "yusuf")
    profile.login(server, "yusuf", demo_passwords["yusuf"])
    profile.sync()
    profile.close()
    screen = StartScreen(root=tmp_home / "profiles")
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.profiles_loaded):
        screen.load()
    dialog = screen.remove_selected()
    qtbot.waitUntil(lambda: dialog.work is not None)
    assert dialog.unsent.text() == ("Everything this user did has reached the server; "
                                    "nothing is lost.")
    for widget in (dialog.confirm, dialog.remove_button, dialog.cancel_button):
        assert widget.objectName() and widget.accessibleName()
    dialog.cancel_button.click()

    assert (tmp_home / "profiles" / "yusuf").exists()
