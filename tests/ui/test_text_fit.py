"""Every page of the main window at 1366×768, as trainee, tutor and coordinator:
no label, button, check box or radio button shows elided or cut-off text.

A widget that elides on purpose carries ``elides=True`` and keeps the full text in
its tooltip (see ``text_fit.py``). Dialogs that open cheaply are walked too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from text_fit import clipped_texts
from sync.engine import STAGE_BLOBS, Progress
from tutorclient import library as library_core
from tutorclient import study
from tutorclient.ui.app import STYLE_SHEET
from tutorclient.ui.context import SYNCING, SyncState
from tutorclient.ui.launch import demo_note
from tutorclient.ui.main_window import PAGE_CASES, PAGE_LIBRARY, PAGE_REVIEW, PAGE_SYNC

SIZE = (1366, 768)
SETTLE_MS = 400
SHOTS = os.environ.get("TUTORCLIENT_SHOTS")


def _settle(qtbot) -> None:
    qtbot.wait(SETTLE_MS)


def _check(qtbot, where: str, found: dict[str, list[str]], *windows: QWidget) -> None:
    _settle(qtbot)
    windows = windows or tuple(w for w in QApplication.topLevelWidgets() if w.isVisible())
    if SHOTS:  # a folder: save what was checked, to look at
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        for n, window in enumerate(windows):
            window.grab().save(str(Path(SHOTS) / f"fit-{where.replace(' ', '-')}-{n}.png"))
    problems = clipped_texts(windows)
    if problems:
        found[where] = problems


def _open(qtbot, open_app, sign_in, server: str, tmp_home: Path, username: str):
    profile_dir = sign_in(tmp_home / "profiles" / username, server, username)
    # The demo's own status-bar note, as shown where there is no secure keyring (the longest).
    tutor = open_app(profile_dir, note=demo_note(secure=False))
    tutor.start()
    qtbot.waitUntil(lambda: tutor.window is not None)
    window = tutor.window
    window.showNormal()
    window.resize(*SIZE)
    qtbot.waitExposed(window)
    return tutor, window


def _walk_library(qtbot, tutor, window, found) -> None:
    window.show_page(PAGE_LIBRARY)
    page = window.pages[PAGE_LIBRARY]
    qtbot.waitUntil(lambda: page.courses_model.rowCount() > 0)
    _check(qtbot, "library", found, window)
    store = tutor.profile.store
    lesson_id = library_core.first_lesson(store)
    tutor.navigation.open_lesson(lesson_id, "")
    _check(qtbot, "reader", found, window)
    pdf = library_core.first_downloaded_file(store, "application/pdf")
    if pdf:
        page.open_pdf(pdf, "Triage pocket card (PDF)")
        qtbot.waitUntil(lambda: page.pdf_view.sha256 == pdf)
        _check(qtbot, "pdf", found, window)
    quiz_id = study.quiz_of_lesson(store, lesson_id)
    if quiz_id:
        page.open_quiz(quiz_id)
        _check(qtbot, "quiz", found, window)


def _walk_cases(qtbot, tutor, window, found) -> None:
    window.show_page(PAGE_CASES)
    page = window.pages[PAGE_CASES]
    qtbot.waitUntil(lambda: page._partnerships_loaded)
    _check(qtbot, "cases", found, window)
    if page.threads_view.horizontalScrollBar().isVisible():
        found.setdefault("cases", []).append("course discussions scroll sideways")
    page.banner.show_notices(["2 new replies to your cases"])
    _check(qtbot, "cases banner", found, window)
    page.banner.dismiss()
    rows = [page.cases_model.row(n) for n in range(page.cases_model.rowCount())]
    shown = next((r for r in rows if r is not None and r.status != "draft"), None)
    if shown is not None:
        page.open_case(shown.id)
        _check(qtbot, "case detail", found, window)
        page.detail.tabs.setCurrentIndex(1)
        _check(qtbot, "case discussion", found, window)
    if page.threads_model.rowCount():
        page.open_thread(page.threads_model.thread(0).id)
        _check(qtbot, "course discussion", found, window)
    if page._partnerships:
        page.new_case()
        qtbot.waitUntil(lambda: page.screens.currentWidget() is page.form)
        _check(qtbot, "case form", found, window)
    page.show_list()


def _walk_review(qtbot, window, found) -> None:
    if PAGE_REVIEW not in window.pages:
        return
    window.show_page(PAGE_REVIEW)
    page = window.pages[PAGE_REVIEW]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 or page.empty.isVisible())
    _check(qtbot, "review queue", found, window)
    rows = list(page.model.rows())
    if rows:
        page.select_case(rows[0].case_id)
        qtbot.waitUntil(lambda: page.detail.get("id") == rows[0].case_id)
        _check(qtbot, "review case", found, window)


def _walk_sync(qtbot, tutor, window, found) -> None:
    window.show_page(PAGE_SYNC)
    page = window.pages[PAGE_SYNC]
    _check(qtbot, "sync", found, window)
    page.edit_settings()
    dialog = page.findChild(QWidget, "dataSettingsDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    _check(qtbot, "data settings", found, dialog)
    dialog.reject()
    # The status bar mid-sync, with a long "waiting to send" beside it.
    window.show_sync_state(SyncState(SYNCING, pending=12, conflicts=2,
                                     progress=Progress(STAGE_BLOBS, 3, 6, 50_000, 84_000)))
    _check(qtbot, "status bar syncing", found, window)
    window.show_sync_state(tutor.ctx.state)
    login = tutor.ask_login("Your sign-in has expired. Sign in again to keep syncing; "
                            "your work is saved on this computer.", window)
    qtbot.waitUntil(login.isVisible)
    _check(qtbot, "sign-in again", found, login)
    login.reject()
    tutor.profile_lock.lock_now()
    lock = tutor.profile_lock.window_lock
    if lock is not None and lock.screen is not None:
        qtbot.waitUntil(lambda: lock.screen.who.text() != "")
        _check(qtbot, "lock screen", found, window)
        lock.unlock()


@pytest.fixture
def app_style(qapp):
    """The app's own style sheet (padding in the status bar...), as make_application sets it."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLE_SHEET)
    yield
    qapp.setStyleSheet(before)


@pytest.mark.usefixtures("app_style")
@pytest.mark.parametrize("username", ["amina", "dr.sarah", "coord.hodan"])
def test_no_text_is_cut_off_at_1366x768(qtbot, open_app, sign_in, server: str, tmp_home: Path,
                                        username: str) -> None:
    tutor, window = _open(qtbot, open_app, sign_in, server, tmp_home, username)
    found: dict[str, list[str]] = {}
    _walk_library(qtbot, tutor, window, found)
    _walk_cases(qtbot, tutor, window, found)
    _walk_review(qtbot, window, found)
    _walk_sync(qtbot, tutor, window, found)
    report = "\n".join(f"{where}: {line}" for where, lines in found.items() for line in lines)
    assert not found, f"text cut off at 1366×768 as {username}:\n{report}"
