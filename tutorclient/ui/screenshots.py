"""Render each main view with the demo profile to PNG, offscreen, at 1366×768.

    python -m tutorclient.ui.screenshots OUTDIR

Starts the demo server, signs the demo trainee in to a temporary profile
(the sign-in token goes to a private file in that profile, never to this
computer's keyring), syncs, and saves ``login.png``, ``sync-first-run.png``,
``library.png``, ``reader.png``, ``search.png``, ``search-thread.png``,
``sync.png``, ``cases.png`` and, when the library has a quiz view, ``quiz.png``.
Prints the files written, one a line.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)


def _wait(app, until: Callable[[], bool], timeout_s: float = 60.0, what: str = "") -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what or until}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _settle(app, ms: int = 300) -> None:
    until = time.monotonic() + ms / 1000
    _wait(app, lambda: time.monotonic() > until, what="settle")


def render(out: Path) -> list[Path]:
    import keyring
    import keyring.backends.fail
    from PySide6.QtWidgets import QWidget

    from tutorclient.demo import DEMO_PASSWORD, DEMO_USER, demo_server

    from .app import TutorApp, make_application
    from .main_window import PAGE_CASES, PAGE_LIBRARY, PAGE_SYNC

    keyring.set_keyring(keyring.backends.fail.Keyring())  # never touch the real keyring
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    written: list[Path] = []

    def grab(widget: QWidget, name: str, settle_ms: int = 300) -> None:
        _settle(app, settle_ms)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory(prefix="tutorclient-shots-") as tmp, demo_server() as url:
        tutor = TutorApp(Path(tmp) / "profiles" / "demo", token_file=True, note="Demo profile")
        tutor.start()
        dialog = tutor.login
        assert dialog is not None
        dialog.server_field.setText(url)
        dialog.username_field.setText(DEMO_USER)
        dialog.password_field.setText(DEMO_PASSWORD)
        grab(dialog, "login")
        dialog.sign_in()
        _wait(app, lambda: tutor.window is not None, what="the main window")
        window = tutor.window
        assert window is not None
        window.showNormal()
        window.resize(*SIZE)
        _wait(app, lambda: tutor.ctx.state.progress is not None or not tutor.ctx.syncing,
              what="sync progress")
        grab(window, "sync-first-run", settle_ms=0)  # while the first sync runs
        _wait(app, lambda: not tutor.ctx.syncing, what="the first sync")
        window.show_page(PAGE_LIBRARY)
        grab(window, "library")

        db = tutor.profile.store.db
        lesson_id = db.execute("SELECT l.id FROM lessons l JOIN modules m ON m.id = l.module_id "
                               "ORDER BY m.position, l.position LIMIT 1").fetchone()[0]
        tutor.open_lesson(lesson_id, "")
        grab(window, "reader")
        library = window.pages[PAGE_LIBRARY]
        if window.findChild(QWidget, "quizView") is not None and hasattr(library, "open_quiz"):
            quiz_id = db.execute("SELECT id FROM quizzes WHERE lesson_id = ?", [lesson_id]).fetchone()
            if quiz_id:
                library.open_quiz(quiz_id[0])
                grab(window, "quiz")

        search = tutor.search
        assert search is not None
        shown: list[str] = []
        search.results_shown.connect(lambda text, _n: shown.append(text))
        search.focus_search()
        search.search_box.setText("bleeding")
        _wait(app, lambda: "bleeding" in shown, what="search results")
        grab(window, "search")
        model = search.model
        post_rows = [r for r in range(model.rowCount())
                     if model.hit(r).kind == "post"]
        if post_rows:
            search.open_hit(model.index(post_rows[0]))
            _wait(app, lambda: search.inner.currentWidget() is search.thread_view,
                  what="the thread view")
            grab(window, "search-thread")
        search.clear()
        window.show_page(PAGE_SYNC)
        grab(window, "sync")
        window.show_page(PAGE_CASES)
        grab(window, "cases")
        window.close()
        tutor.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    for path in render(args.outdir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
