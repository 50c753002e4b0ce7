"""Render each main view with the demo profile to PNG, offscreen, at 1366×768.

    python -m tutorclient.ui.screenshots OUTDIR [--lang ar|so|en]

Starts the demo server, signs the demo trainee in to a temporary profile
(the sign-in token goes to a private file in that profile, never to this
computer's keyring), syncs, and saves ``login.png``, ``sync-first-run.png``,
``library.png``, ``reader.png``, ``search.png``, ``search-thread.png``,
``sync.png``, ``cases.png``, ``lock-demo.png``, ``quiz.png``; the case screens (form, identifier check,
detail, thread, review queue, review, conflict) with the demo tutor on a second
profile; the sync panel mid-sync on a simulated 2G link and after a failure; and a
coordinator's screens (``screenshots_coord``: USB bundle import and export, data and
idle-lock settings, the start screen, removing a user).
Prints the files written, one a line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Imported once the platform is set: Qt reads it when the application starts.
from tutorclient import library as library_core
from tutorclient import study
from tutorclient.paths import scratch_dir

from .screenshot_kit import SIZE, Shots, no_keyring, run_cli, wait


def render(out: Path) -> list[Path]:
    from PySide6.QtWidgets import QWidget

    from tutorclient.demo import DEMO_PASSWORD, DEMO_USER, demo_server
    from tutorclient.session import Profile

    from .app import TutorApp, make_application
    from .main_window import PAGE_CASES, PAGE_LIBRARY, PAGE_SYNC

    no_keyring()
    app = make_application()  # noqa: F841 (kept alive for the whole run)
    from tutorclient.languages import language_for

    from .i18n import apply_language

    apply_language(language_for(None, None))  # --lang (run_cli), else the system's
    shots = Shots(out)
    grab = shots.grab

    with scratch_dir("tutorclient-shots-") as tmp, demo_server() as url:
        tutor = TutorApp(Path(tmp) / "profiles" / "demo", token_file=True, note="Demo profile",
                         demo=True)
        tutor.can_switch_user = True  # as `tutorclient demo` runs it, under the profile switcher
        tutor.start()
        dialog = tutor.login
        assert dialog is not None
        dialog.server_field.setText(url)
        dialog.username_field.setText(DEMO_USER)
        dialog.password_field.setText(DEMO_PASSWORD)
        grab(dialog, "login")
        dialog.sign_in()
        wait(lambda: tutor.window is not None, what="the main window")
        window = tutor.window
        assert window is not None
        window.showNormal()
        window.resize(*SIZE)
        wait(lambda: tutor.ctx.state.progress is not None or not tutor.ctx.syncing,
              what="sync progress")
        grab(window, "sync-first-run", settle_ms=0)  # while the first sync runs
        wait(lambda: not tutor.ctx.syncing, what="the first sync")
        window.show_page(PAGE_LIBRARY)
        grab(window, "library")

        store = tutor.profile.store
        lesson_id = library_core.first_lesson(store)
        tutor.navigation.open_lesson(lesson_id, "")
        grab(window, "reader")
        library = window.pages[PAGE_LIBRARY]
        if window.findChild(QWidget, "quizView") is not None and hasattr(library, "open_quiz"):
            quiz_id = study.quiz_of_lesson(store, lesson_id)
            if quiz_id:
                library.open_quiz(quiz_id)
                grab(window, "quiz")

        search = tutor.search
        assert search is not None
        shown: list[str] = []
        search.results_shown.connect(lambda text, _n: shown.append(text))
        search.focus_search()
        search.search_box.setText("bleeding")
        wait(lambda: "bleeding" in shown, what="search results")
        grab(window, "search")
        model = search.model
        post_rows = [r for r in range(model.rowCount())
                     if model.hit(r).kind == "post"]
        if post_rows:
            search.open_hit(model.index(post_rows[0]))
            wait(lambda: search.inner.currentWidget() is search.thread_view,
                  what="the thread view")
            grab(window, "search-thread")
        search.clear()
        window.show_page(PAGE_SYNC)
        grab(window, "sync")
        window.show_page(PAGE_CASES)
        grab(window, "cases")
        # The demo's lock screen: Switch user, and the demo accounts (Ctrl+L locks no one out).
        tutor.profile_lock.lock_now()
        lock = tutor.profile_lock.window_lock
        if lock is not None and lock.screen is not None:
            screen = lock.screen
            wait(lambda: screen.demo_panel.isVisible(), what="the demo accounts")
            grab(window, "lock-demo")
            lock.unlock()

        # The tutor's side of cases: the demo tutor on a second profile, same server.
        from .context import AppContext
        from .screenshots_cases import render_case_screens

        tutor_profile = Profile(Path(tmp) / "profiles" / "tutor", token_file=True)
        tutor_profile.login(url, "dr.sarah", "demo-dr.sarah")
        tutor_profile.sync()
        tutor_ctx = AppContext(tutor_profile)
        shots.written += render_case_screens(tutor.ctx, tutor_ctx, out)
        window.close()
        tutor.close()
        tutor_profile.close()
    # The coordinator's sync panel, mid-sync on 2G and after a failure; then USB bundles,
    # the data and idle-lock settings, and removing a user from a shared computer.
    from .screenshots_coord import render_coordinator_screens
    from .screenshots_insight import render_insight_screens
    from .screenshots_sync import render_sync_panel

    return (shots.written + render_sync_panel(out) + render_coordinator_screens(out)
            + render_insight_screens(out))  # the Figures page: coordinator, tutor, trainee


def main(argv: list[str] | None = None) -> int:
    return run_cli(render, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
