"""The app shell against a live seeded server: start-up, offline restart, navigation,
log out, an expired sign-in, and what is remembered per profile.

The helpers here (``set_server``, ``library_rows``, ``DEAD_SERVER``) are shared with
the other app-level tests; the fixtures they use live in conftest.py.
"""

from __future__ import annotations

from pathlib import Path

import keyring
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from sync.engine import Summary
from tutorclient import discussions
from tutorclient.session import KEYRING_SERVICE, Credentials, Profile
from tutorclient.ui.app import FONT_SETTING, TutorApp
from tutorclient.ui.context import OFFLINE, ONLINE
from tutorclient.ui.login import SIGNED_OUT_SETTING, LoginDialog
from tutorclient.ui.main_window import (
    PAGE_CARDS, PAGE_CASES, PAGE_INSIGHT, PAGE_LIBRARY, PAGE_REVIEW, PAGE_SYNC,
)

DEAD_SERVER = "http://127.0.0.1:9"  # discard port: nothing listens


def library_rows(app: TutorApp) -> int:
    table = app.window.findChild(QTableView, "courseTable")
    return table.model().rowCount() if table is not None else 0


def set_server(profile_dir: Path, url: str) -> None:
    profile = Profile(profile_dir)
    profile.set_setting("server", url)
    profile.close()


# -- start-up -------------------------------------------------------------------------


def test_later_start_opens_cached_profile_offline_without_waiting(
        qtbot, open_app, synced_profile: Path) -> None:
    set_server(synced_profile, DEAD_SERVER)  # the server is gone: we are offline
    app = open_app(synced_profile)
    with qtbot.waitSignal(app.connection_checked) as checked:
        app.start()
        # Straight onto the cached profile: no sign-in, nothing waited for.
        assert app.window is not None and app.window.isVisible()
        assert app.login is None
    assert checked.args == [False]
    assert app.ctx.state.connection == OFFLINE
    assert "Offline" in app.window.connection_label.text()
    qtbot.waitUntil(lambda: library_rows(app) == 2)

    lesson_id, title = app.profile.store.db.execute(
        "SELECT id, title FROM lessons ORDER BY title LIMIT 1").fetchone()
    app.navigation.open_lesson(lesson_id)
    assert app.window.current_page() == PAGE_LIBRARY
    reader_title = app.window.findChild(QLabel, "lessonTitle")
    qtbot.waitUntil(lambda: reader_title.text() == title)


def test_start_with_server_reachable_says_online(qtbot, open_app, synced_profile: Path) -> None:
    app = open_app(synced_profile)
    with qtbot.waitSignal(app.connection_checked) as checked:
        app.start()
    assert checked.args == [True]
    assert app.ctx.state.connection == ONLINE
    assert "Online" in app.window.connection_label.text()


def test_first_start_asks_to_sign_in(qtbot, open_app, profile_dir: Path) -> None:
    app = open_app(profile_dir)
    with qtbot.waitSignal(app.login_shown):
        app.start()
    assert app.window is None
    assert isinstance(app.login, LoginDialog) and app.login.isVisible()


# -- navigation ---------------------------------------------------------------------------


def test_trainee_sees_library_cases_figures_and_sync(
        qtbot, open_app, synced_profile: Path) -> None:
    app = open_app(synced_profile)
    app.start()
    window = app.window
    # No Review for trainees: their spaced review instead; Figures shows their own (docs/insight.md).
    assert list(window.pages) == [PAGE_LIBRARY, PAGE_CARDS, PAGE_CASES, PAGE_INSIGHT, PAGE_SYNC]
    window.show_page(PAGE_CASES)
    cases = window.stack.currentWidget()
    assert cases.objectName() == "casesPage"
    # The synced demo profile holds amina's cases, listed on the real page.
    qtbot.waitUntil(lambda: cases.findChild(QWidget, "myCasesTable") is not None
                    and cases.findChild(QWidget, "myCasesTable").model().rowCount() > 0)
    window.show_page(PAGE_SYNC)
    assert window.stack.currentWidget().objectName() == "syncPage"


def test_only_the_landing_page_is_built_at_start(qtbot, open_app, synced_profile: Path) -> None:
    app = open_app(synced_profile)
    app.start()
    window = app.window
    assert list(window.built_pages()) == [PAGE_LIBRARY]
    assert window.stack.currentWidget() is window.pages[PAGE_LIBRARY]
    # The counts in the navigation come without building the Cases page:
    # amina has a new reply on each of her two demo cases.
    cases_row = window.nav.item(list(window.pages).index(PAGE_CASES))
    qtbot.waitUntil(lambda: cases_row.text() == "Cases and discussions (2)")
    assert PAGE_CASES not in window.built_pages()
    # Clicking a section builds its page once and shows it.
    window.show_page(PAGE_CASES)
    cases = window.built_pages()[PAGE_CASES]
    assert window.stack.currentWidget() is cases and cases.objectName() == "casesPage"
    window.show_page(PAGE_LIBRARY)
    window.show_page(PAGE_CASES)
    assert window.pages[PAGE_CASES] is cases
    assert window.stack.indexOf(app.search) == len(window.pages)  # the search stays after them


def test_tutor_also_sees_review(qtbot, open_app, server: str, profile_dir: Path, sign_in) -> None:
    sign_in(profile_dir, server, "dr.sarah", sync=False)
    app = open_app(profile_dir)
    app.start()
    assert PAGE_REVIEW in app.window.pages
    app.window.show_page(PAGE_REVIEW)
    assert app.window.stack.currentWidget().objectName() == "reviewPage"


def test_every_interactive_widget_of_the_shell_is_named(qtbot, open_app, synced_profile: Path) -> None:
    app = open_app(synced_profile)
    app.start()
    list(app.window.pages.values())  # pages are built when first shown: build them all
    assert app.search is not None  # and so is the search results page
    shell = [app.window.findChild(QWidget, name) for name in ("mainToolbar", "searchPage", "syncPage",
                                                              "casesPage")]
    missing = []
    for root in shell:
        assert root is not None
        for widget in root.findChildren(QWidget):
            if isinstance(widget, QAbstractButton | QLineEdit | QAbstractItemView):
                if widget.objectName().startswith("qt_") or widget.window() is not app.window:
                    continue  # Qt's own parts (toolbar overflow, scroll bars, combo-box popups)
                if not widget.objectName() or not widget.accessibleName():
                    parent = widget.parent()
                    missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                                   f"{type(parent).__name__} {parent.objectName()!r}")
    assert missing == [], missing


# -- remembered per profile ------------------------------------------------------------------


def test_font_size_and_last_view_are_remembered(qtbot, open_app, synced_profile: Path) -> None:
    app = open_app(synced_profile)
    app.start()
    before = QApplication.font().pointSizeF()
    app.window.findChild(QAction, "largerTextAction").trigger()
    assert QApplication.font().pointSizeF() == before + 1
    app.window.show_page(PAGE_SYNC)
    qtbot.waitUntil(lambda: app.profile.setting(FONT_SETTING) == before + 1)
    app.window.close()
    app.close()

    QApplication.setFont(QApplication.font().__class__())  # forget it in this process
    again = open_app(synced_profile)
    again.start()
    assert QApplication.font().pointSizeF() == before + 1
    assert again.window.current_page() == PAGE_SYNC


# -- sign-in expiry and log out ------------------------------------------------------------------


def test_expired_sign_in_asks_at_next_sync_and_loses_nothing(
        qtbot, open_app, synced_profile: Path, memory_keyring, server: str) -> None:
    app = open_app(synced_profile)
    app.start()
    thread_id = app.profile.store.db.execute("SELECT id FROM threads LIMIT 1").fetchone()[0]
    discussions.reply(app.profile.store, app.ctx.user_id, thread_id, "Written while signed out")
    # The server no longer knows this token, and there is no refresh token.
    app.profile.save_credentials(Credentials("expired-token", None))

    with qtbot.waitSignal(app.login_shown):
        app.ctx.start_sync()
    dialog = app.login
    assert "sign in" in dialog.message_label.text().lower()
    assert dialog.username_field.text() == "amina" and dialog.server_field.text() == server
    qtbot.keyClicks(dialog.password_field, "demo-amina")
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        dialog.sign_in_button.click()
    assert isinstance(finished.args[0], Summary)
    assert finished.args[0].pushed == 1  # the reply written before was sent
    pending = app.profile.store.db.execute(
        "SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
    assert pending == 0


def test_log_out_removes_the_token_and_keeps_the_work(
        qtbot, open_app, synced_profile: Path, memory_keyring) -> None:
    app = open_app(synced_profile)
    app.start()
    profile_id = app.profile.profile_id
    assert memory_keyring.get_password(KEYRING_SERVICE, profile_id) is not None
    window = app.window
    with qtbot.waitSignal(app.logged_out):
        window.findChild(QAction, "logOutAction").trigger()
    assert memory_keyring.get_password(KEYRING_SERVICE, profile_id) is None
    assert app.profile.credentials() is None
    assert app.login is not None and app.login.isVisible()
    assert "signed out" in app.login.message_label.text()
    assert app.profile.setting(SIGNED_OUT_SETTING) is True
    lessons = app.profile.store.db.execute("SELECT count(*) FROM lessons").fetchone()[0]
    assert lessons > 0  # the downloaded courses stay
    assert keyring.get_keyring() is memory_keyring


def test_after_log_out_the_next_start_asks_to_sign_in(
        qtbot, open_app, synced_profile: Path) -> None:
    app = open_app(synced_profile)
    app.start()
    with qtbot.waitSignal(app.logged_out):
        app.log_out()
    app.login.close()
    app.close()
    again = open_app(synced_profile)
    with qtbot.waitSignal(again.login_shown):
        again.start()
    assert again.window is None


# Loaded after the window is up, never before it: each costs the trainee's start
# (docs/ui-operations.md, "Start-up"). benchmarks/ui_perf.py measures the time;
# this guards the structure, so a stray import shows up here first.
NOT_AT_START = ("sqlite_utils", "requests", "PIL", "argon2", "zstandard", "sync.engine",
                "sync.protocol", "tutorclient.outbox", "tutorclient.ui.autosync",
                "tutorclient.ui.views.search", "tutorclient.ui.views.cases",
                "tutorclient.ui.views.reader", "tutorclient.ui.views.sync_page",
                "PySide6.QtPdf")

START_PROBE = """
import sys
from PySide6.QtCore import QTimer
from tutorclient.ui.app import TutorApp, make_application
app = make_application()
tutor = TutorApp(sys.argv[1])

def shown():
    print("loaded:" + ",".join(sorted(m for m in sys.argv[2].split(",") if m in sys.modules)),
          flush=True)
    app.quit()

tutor.main_window_shown.connect(lambda: QTimer.singleShot(0, shown))
tutor.start()
app.exec()
tutor.close()
"""


def test_the_window_opens_before_the_heavy_parts_load(synced_profile: Path) -> None:
    import os
    import subprocess
    import sys

    set_server(synced_profile, DEAD_SERVER)
    out = subprocess.run([sys.executable, "-c", START_PROBE, str(synced_profile),
                          ",".join(NOT_AT_START)], capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0 and "loaded:" in out.stdout, (out.stdout, out.stderr[-2000:])
    loaded = [m for m in out.stdout.split("loaded:")[-1].strip().split(",") if m]
    assert loaded == [], f"loaded before the window was up: {loaded}"


def test_log_out_ends_the_session_on_the_server(
        qtbot, open_app, synced_profile: Path, server: str) -> None:
    import requests

    app = open_app(synced_profile)
    app.start()
    creds = app.profile.credentials()
    with qtbot.waitSignal(app.logged_out):
        app.log_out()
    # The revocation is network work: it may finish just after the window closes.
    # (Probe with the access token: presenting the refresh token would spend it.)
    qtbot.waitUntil(lambda: requests.post(
        server + "/v1/sync", json={"v": 1, "c": 0},
        headers={"Authorization": f"Bearer {creds.token}"}).status_code == 401)
    spare = requests.post(server + "/v1/refresh", json={"refresh": creds.refresh})
    assert spare.status_code == 401
