"""Render the trainee's spaced review offscreen at 1366×768 (issue 16).

    python -m tutorclient.ui.screenshots_cards OUTDIR

Starts the demo server on a data folder of its own and signs the demo trainee
in to a temporary profile; she misses two questions of a quiz and keeps a
third. Saves ``cards-library-due.png`` (the library's "due today" line and the
navigation's count), ``cards-start.png``, ``cards-question.png``,
``cards-answer.png`` (the answer, its explanation and the four ratings with
their waits) and ``cards-done.png``. Prints the files written, one a line.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Imported once the platform is set: Qt reads it when the application starts.
from tutorclient.paths import scratch_dir

from .screenshot_kit import SIZE, Shots, no_keyring, run_cli, wait


def render_cards_screens(outdir: Path | str) -> list[Path]:
    from tutorclient import cards
    from tutorclient.demo import DEMO_PASSWORD, DEMO_USER, demo_server
    from tutorclient.session import Profile

    from .app import TutorApp, make_application
    from .main_window import PAGE_CARDS, PAGE_LIBRARY

    no_keyring()
    app = make_application()  # noqa: F841 (kept alive for the whole run)
    shots = Shots(outdir)
    grab = shots.grab

    with scratch_dir("tutorclient-shots-") as tmp, demo_server(Path(tmp) / "server") as url:
        folder = Path(tmp) / "home" / "profiles" / "amina"
        profile = Profile(folder, token_file=True)
        profile.login(url, DEMO_USER, DEMO_PASSWORD)
        profile.sync()
        cards.demo_cards(profile.store, profile.user["id"])
        profile.close()

        tutor = TutorApp(folder, token_file=True)
        tutor.start()
        window = tutor.window
        assert window is not None
        window.showNormal()
        window.resize(*SIZE)
        window.show_page(PAGE_LIBRARY)
        library = window.pages[PAGE_LIBRARY]
        wait(lambda: library.due_banner.isVisible(), what="the due count")
        row = window.nav.item(list(window.pages).index(PAGE_CARDS))
        wait(lambda: "(" in row.text(), what="the navigation's count")
        grab(window, "cards-library-due")

        library.due_banner.button.click()
        page = window.pages[PAGE_CARDS]
        wait(lambda: page.start_button.isEnabled(), what="the cards due")
        grab(window, "cards-start")
        page.start()
        grab(window, "cards-question")
        page.show_answer()
        grab(window, "cards-answer")
        while page.in_session:  # Easy on every card: none is left for today
            before = page.rated
            if not page.revealed:
                page.show_answer()
            page.rate(4)
            wait(lambda: page.rated > before, what="the rating")
        wait(lambda: not page.start_button.isEnabled(), what="nothing left today")
        grab(window, "cards-done")
        window.close()
        tutor.close()
    return shots.written


def main(argv: list[str] | None = None) -> int:
    return run_cli(render_cards_screens, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
