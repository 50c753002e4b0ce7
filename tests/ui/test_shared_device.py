"""One old laptop, several trainees: the start screen, opening a profile with its password,
idle locking that hides everything, offline unlock, and switching user.

A live seeded server signs the users in; it is stopped before the unlocks, so the
password is checked on this computer alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

from sync.server.testing import run_server
from tutorclient import cases
from tutorclient.locking import FAILURES_SETTING, LOCKED_SETTING
from tutorclient.session import Profile
from tutorclient.ui.launch import ProfileSwitcher
from tutorclient.ui.lock_screen import LockScreen
from tutorclient.ui.start_screen import ProfilesModel, StartScreen

AMINA_SECRET = "Zebrafinch draft 7731: notes on the patient from ward 4"
SHOTS = os.environ.get("TUTORCLIENT_SHOTS")  # a folder: save the screens seen here


@pytest.fixture
def home_with_two_users(server_settings, tmp_home: Path, demo_passwords: dict[str, str]) -> Path:
    """Amina (with a private draft case) and Yusuf signed in and synced; server then stopped."""
    with run_server(server_settings.data_dir, settings=server_settings) as url:
        for name in ("amina", "yusuf"):
            profile = Profile(tmp_home / "profiles" / name)
            try:
                profile.login(url, name, demo_passwords[name])
                profile.sync()
                if name == "amina":
                    case_id = cases.new_draft(profile.store, profile.user["id"],
                                              profile.user["partnerships"][0])
                    cases.save_draft(profile.store, case_id, {"title": AMINA_SECRET})
            finally:
                profile.close()
    return tmp_home / "profiles"


@pytest.fixture
def switcher(qtbot, hub, home_with_two_users: Path) -> Iterator[ProfileSwitcher]:
    switcher = ProfileSwitcher(home_with_two_users)
    yield switcher
    if switcher.start_screen is not None and shiboken6.isValid(switcher.start_screen):
        switcher.start_screen.close()
    switcher.close()


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def visible_text(window: QWidget) -> str:
    """Every string a sighted user could read in ``window`` right now."""
    parts: list[str] = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit)):
            parts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                col = 0  # list models hide columnCount(): walk until the index is invalid
                while (index := model.index(row, col)).isValid():
                    parts.append(str(index.data() or ""))
                    col += 1
    return "\n".join(parts)


def differing_pixels(a: QImage, b: QImage) -> list[tuple[int, int]]:
    """Where two renderings differ (the first 20 spots), ignoring the image formats."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    assert a.size() == b.size()
    found = []
    for y in range(a.height()):
        for x in range(0, a.width(), 1):
            if a.pixel(x, y) != b.pixel(x, y):
                found.append((x, y))
                if len(found) >= 20:
                    return found
    return found


def open_from_start_screen(qtbot, switcher: ProfileSwitcher, name: str, password: str):
    screen = switcher.start_screen
    row = screen.row_of(name)
    assert row >= 0, name
    with qtbot.waitSignal(switcher.opened) as opened:
        screen.choose(row)
    tutor = opened.args[0]
    prompt = tutor.unlock_prompt
    assert isinstance(prompt, LockScreen) and prompt.isVisible()
    assert tutor.window is None  # nothing of the profile before its password
    qtbot.keyClicks(prompt.password_field, password)
    with qtbot.waitSignal(tutor.main_window_shown):
        qtbot.mouseClick(prompt.unlock_button, Qt.MouseButton.LeftButton)
    return tutor


def test_start_screen_lists_both_users_and_b_sees_none_of_as_data(qtbot, switcher, demo_passwords):
    with qtbot.waitSignal(switcher.start_screen_shown):
        switcher.start()
    screen = switcher.start_screen
    assert isinstance(screen, StartScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    names = [screen.model.card(r).display_name for r in range(2)]
    assert names == sorted(names, key=str.casefold)
    assert any("Amina" in n for n in names) and "yusuf" in " ".join(names).lower()
    assert all("last sync" in screen.model.data(screen.model.index(r)) for r in range(2))
    assert screen.add_button.isVisible() and screen.add_button.accessibleName()
    screen.resize(1366, 768)
    shot(screen, "start-screen")

    tutor = open_from_start_screen(qtbot, switcher, "yusuf", demo_passwords["yusuf"])
    assert tutor.profile.dir.name == "yusuf"
    qtbot.waitUntil(lambda: "Last sync" in tutor.window.last_sync_label.text())
    assert AMINA_SECRET not in visible_text(tutor.window)
    # ... and not in anything yusuf's profile can reach.
    db = tutor.profile.store.db
    assert db.execute("SELECT count(*) FROM cases WHERE title = ?", [AMINA_SECRET]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM outbox WHERE payload LIKE ?",
                      ["%Zebrafinch%"]).fetchone()[0] == 0
    assert not shiboken6.isValid(screen) or not screen.isVisible()


def test_idle_lock_hides_the_window_and_unlocks_offline(qtbot, switcher, demo_passwords):
    with qtbot.waitSignal(switcher.start_screen_shown):
        switcher.start()
    qtbot.waitUntil(lambda: switcher.start_screen.model.rowCount() == 2)
    tutor = open_from_start_screen(qtbot, switcher, "amina", demo_passwords["amina"])
    window = tutor.window
    window.resize(1366, 768)
    # Something private on screen: the known string, in Amina's own window.
    tutor.profile.store.db.execute("SELECT 1")
    lesson_id, title = tutor.profile.store.db.execute(
        "SELECT id, title FROM lessons ORDER BY title LIMIT 1").fetchone()
    tutor.navigation.open_lesson(lesson_id)
    reader_title = window.findChild(QLabel, "lessonTitle")
    qtbot.waitUntil(lambda: reader_title.text() == title and reader_title.isVisible())
    assert title in visible_text(window)

    with qtbot.waitSignal(tutor.locked, timeout=5000):
        tutor.profile_lock.set_lock_after(1)  # one idle second, and no input: it locks
    lock = tutor.profile_lock.window_lock
    assert lock.is_locked
    screen = lock.screen
    qtbot.waitUntil(lambda: tutor.profile.setting(LOCKED_SETTING) is True)
    # The grab of the window is the lock screen and nothing else.
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    leftovers = [w.objectName() or type(w).__name__ for w in window.findChildren(QWidget)
                 if w.isVisible() and not (w is screen or screen.isAncestorOf(w))]
    assert leftovers == []
    assert differing_pixels(window.grab().toImage(), screen.grab().toImage()) == []
    text = visible_text(window)
    assert title not in text and AMINA_SECRET not in text
    assert "locked" in text.lower()
    shot(window, "lock-screen")

    # Wrong password: refused, said so, still locked.
    with qtbot.waitSignal(screen.attempt_finished) as attempt:
        qtbot.keyClicks(screen.password_field, "not-her-password")
        qtbot.keyClick(screen.password_field, Qt.Key.Key_Return)
    assert not attempt.args[0].ok
    assert "not right" in screen.message_label.text() and screen.message_label.isVisible()
    assert lock.is_locked and not window.centralWidget().isVisible()
    shot(window, "lock-screen-wrong")

    # The server is gone (stopped by the fixture): the right password still unlocks.
    with qtbot.waitSignal(tutor.unlocked):
        qtbot.keyClicks(screen.password_field, demo_passwords["amina"])
        qtbot.keyClick(screen.password_field, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert window.centralWidget().isVisible() and reader_title.isVisible()
    assert reader_title.text() == title
    qtbot.waitUntil(lambda: tutor.profile.setting(LOCKED_SETTING) is False)
    assert not tutor.profile.setting(FAILURES_SETTING)  # the right one clears the count


def test_switch_user_from_the_lock_screen_returns_to_the_start_screen(qtbot, switcher, demo_passwords):
    with qtbot.waitSignal(switcher.start_screen_shown):
        switcher.start()
    qtbot.waitUntil(lambda: switcher.start_screen.model.rowCount() == 2)
    tutor = open_from_start_screen(qtbot, switcher, "amina", demo_passwords["amina"])
    window = tutor.window
    with qtbot.waitSignal(tutor.locked):
        tutor.profile_lock.lock_now()
    switch = tutor.profile_lock.window_lock.screen.switch_button
    assert switch.isVisible() and switch.accessibleName() == "Switch user"
    with qtbot.waitSignal(switcher.start_screen_shown):
        qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert switcher.tutor is None
    assert not shiboken6.isValid(window) or not window.isVisible()
    qtbot.waitUntil(lambda: switcher.start_screen.model.rowCount() == 2)
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            assert AMINA_SECRET not in visible_text(top)
    # Amina again: her password first, even though she was the last one in.
    again = open_from_start_screen(qtbot, switcher, "amina", demo_passwords["amina"])
    assert again.window.isVisible()


def test_every_interactive_widget_is_named(qtbot, switcher, demo_passwords):
    with qtbot.waitSignal(switcher.start_screen_shown):
        switcher.start()
    qtbot.waitUntil(lambda: switcher.start_screen.model.rowCount() == 2)
    tutor = open_from_start_screen(qtbot, switcher, "yusuf", demo_passwords["yusuf"])
    with qtbot.waitSignal(tutor.locked):
        tutor.profile_lock.lock_now()
    from PySide6.QtWidgets import QAbstractButton

    for root in (tutor.profile_lock.window_lock.screen, StartScreen()):
        for kind in (QAbstractButton, QLineEdit, QAbstractItemView):
            for widget in root.findChildren(kind):
                assert widget.objectName() and widget.accessibleName(), widget


def test_profiles_model(qtmodeltester, home_with_two_users):
    from tutorclient.profiles import list_profiles

    model = ProfilesModel()
    model.set_rows(list_profiles(home_with_two_users))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_add_a_user_signs_in_to_a_new_profile_and_cancel_leaves_nothing(
        qtbot, switcher, server_settings, home_with_two_users, demo_passwords):
    with qtbot.waitSignal(switcher.start_screen_shown):
        switcher.start()
    qtbot.waitUntil(lambda: switcher.start_screen.model.rowCount() == 2)

    # Cancel: back to the start screen, no half-made profile left behind.
    switcher.start_screen.add_button.click()
    dialog = switcher.tutor.login
    assert dialog.server_field.text()  # the clinic's server, from the other profiles
    with qtbot.waitSignal(switcher.start_screen_shown):
        dialog.cancel_button.click()
    assert sorted(p.name for p in home_with_two_users.iterdir()) == ["amina", "yusuf"]

    with run_server(server_settings.data_dir, settings=server_settings) as url:
        qtbot.waitUntil(lambda: switcher.start_screen.model.rowCount() == 2)
        switcher.start_screen.add_button.click()
        tutor = switcher.tutor
        dialog = tutor.login
        dialog.server_field.setText(url)
        dialog.username_field.setText("khadra")
        dialog.password_field.setText(demo_passwords["khadra"])
        with qtbot.waitSignal(tutor.main_window_shown):
            dialog.sign_in_button.click()
        assert tutor.profile.dir.parent == home_with_two_users
        assert tutor.profile.dir.name.startswith("user-")
        assert tutor.profile.has_local_password()
        with qtbot.waitSignal(switcher.start_screen_shown):
            tutor.switch_user_requested.emit()
        qtbot.waitUntil(lambda: switcher.start_screen.model.rowCount() == 3)


def test_input_keeps_the_idle_watcher_from_firing(qtbot):
    """The watcher filters input from a second after it starts (not during the first
    paint); from then on every key press restarts the idle time."""
    import time

    from PySide6.QtWidgets import QLineEdit

    from tutorclient.ui.lock_screen import IdleWatcher

    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher(0.6)
    fired: list[float] = []
    watcher.idled.connect(lambda: fired.append(time.monotonic()))
    qtbot.waitUntil(lambda: watcher._filtering, timeout=3000)
    watcher.set_timeout(0.6)  # a fresh idle period from here
    fired.clear()  # (it went idle once already, while nobody typed)
    typing_until = time.monotonic() + 1.5
    while time.monotonic() < typing_until:  # 1.5 s of typing: more than the idle time
        qtbot.keyClick(field, Qt.Key.Key_A)
        last_key = time.monotonic()
        qtbot.wait(150)
    assert fired == []
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)  # then quiet: it fires
    assert fired[0] - last_key >= 0.5
    watcher.stop()
    assert not watcher._filtering


def test_adding_a_user_who_has_a_profile_ends_the_duplicate_session(
        qtbot, switcher, server_settings, home_with_two_users, demo_passwords):
    from sqlalchemy import func, select

    from sync.server import schema as t
    from sync.server.db import Database

    db = Database(server_settings)

    def sessions() -> int:
        with db.read() as conn:
            return conn.execute(select(func.count()).select_from(t.sessions).join(
                t.accounts, t.accounts.c.id == t.sessions.c.user_id).where(
                t.accounts.c.username == "amina")).scalar_one()

    before = sessions()
    try:
        with run_server(server_settings.data_dir, settings=server_settings) as url:
            amina = Profile(home_with_two_users / "amina")
            amina.set_setting("server", url)  # the same server, now on this port
            amina.close()
            with qtbot.waitSignal(switcher.start_screen_shown):
                switcher.start()
            qtbot.waitUntil(lambda: switcher.start_screen.model.rowCount() == 2)
            switcher.start_screen.add_button.click()
            dialog = switcher.tutor.login
            dialog.server_field.setText(url)
            dialog.username_field.setText("amina")
            dialog.password_field.setText(demo_passwords["amina"])
            with qtbot.waitSignal(switcher.opened):
                dialog.sign_in_button.click()
            assert switcher.tutor.profile.dir.name == "amina"  # her own profile opened
            # The session the duplicate opened ends on the server, not only locally.
            qtbot.waitUntil(lambda: sessions() == before)
    finally:
        db.dispose()
